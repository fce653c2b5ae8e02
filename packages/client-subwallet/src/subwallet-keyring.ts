import { register } from 'node:module';
import { findPackageDir, importRealmModules, type RealmModule } from '@interop/core/profile';
import { countScrypt } from '@interop/core/rpc';
import { wasmModuleSource } from './browser-module-hooks.js';
import { MemoryPasswordStore, MemoryStore } from './memory-store.js';

/** The parts of @subwallet/ui-keyring and @polkadot/util-crypto SubWallet's handlers call (their typings live in the profile). */
export interface SubWalletPair {
  readonly address: string;
  readonly publicKey: Uint8Array;
  readonly type: string;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly isLocked: boolean;
  exportMnemonic(password: string): string;
  decodePkcs8(password?: string): void;
  lock(): void;
  /** @subwallet/keyring's substrate handler: `derive(suri)` is keyFromPath on this pair (pair/index.js). */
  readonly substrate: { derive(suri: string, meta: Record<string, unknown>): SubWalletPair };
  /** Its EVM handler: `deriveCustom(path)` is hdEthereum of the pair's own phrase at that BIP44 path. */
  readonly evm: { deriveCustom(path: string, meta: Record<string, unknown>): SubWalletPair };
}
export interface SubWalletKeyring {
  loadAll(options: { store: unknown; type: string; password_store: unknown }): void;
  readonly keyring: {
    readonly hasMasterPassword: boolean;
    createFromPair(pair: { publicKey: Uint8Array; secretKey: Uint8Array }, meta: Record<string, unknown>, type: string): SubWalletPair;
  };
  addPair(pair: SubWalletPair, withMasterPassword: boolean): { pair: SubWalletPair };
  changeMasterPassword(password: string, old?: string): void;
  resetWallet(resetAll: boolean): void;
  createFromUri(suri: string, meta: Record<string, unknown>, type: string): SubWalletPair;
  createFromJson(json: unknown, meta?: Record<string, unknown>): SubWalletPair;
  addUri(suri: string, meta: Record<string, unknown>, type: string): { pair: SubWalletPair };
  getPair(address: string): SubWalletPair;
  unlockPair(address: string): void;
  getPairs(): SubWalletPair[];
  backupAccount(pair: SubWalletPair, password: string): unknown;
  backupAccounts(password: string, addresses?: string[]): Promise<unknown>;
  restoreAccount(json: unknown, password: string, withMasterPassword: boolean): SubWalletPair;
  restoreAccounts(json: unknown, password: string, addresses?: string[]): void;
  createPair: unknown;
}
export interface UtilCrypto {
  cryptoWaitReady(): Promise<boolean>;
  mnemonicValidate(phrase: string): boolean;
  keyExtractSuri(suri: string): { phrase: string; derivePath: string };
  jsonDecrypt(json: unknown, password: string): Uint8Array;
}
export interface SubWalletCore {
  readonly keyring: SubWalletKeyring;
  readonly createPair: (
    setup: { toSS58: (k: Uint8Array) => string; type: string },
    pair: { publicKey: Uint8Array },
    meta: unknown,
    encoded: Uint8Array,
    encType: string[],
  ) => SubWalletPair;
  readonly utilCrypto: UtilCrypto;
  readonly util: {
    isHex(v: unknown, bits?: number): boolean;
    hexToU8a(v: string): Uint8Array;
    hexStripPrefix(v: string): string;
    u8aToHex(v: Uint8Array): string;
    u8aToString(v: Uint8Array): string;
  };
  readonly base64Decode: (v: string) => Uint8Array;
  /** @subwallet/keyring's decodePair, which accountExportPrivateKey (Secret.ts L271-280) reads the stored JSON with. */
  readonly decodePair: (password: string, encrypted: Uint8Array, encType: unknown) => { publicKey: Uint8Array; secretKey: Uint8Array };
  readonly store: MemoryStore;
  /**
   * The key types Import seed phrase makes from a "general" phrase, in its order (Mnemonic.ts L65:
   * sr25519, EthereumKeypairTypes, 'ton', CardanoKeypairTypes, BitcoinKeypairTypes), the lists
   * taken from the profile's @subwallet/keyring/types.
   */
  readonly generalTypes: readonly string[];
  /**
   * @subwallet/keyring's tonMnemonicValidate (utils/ton/mnemonic.js): mnemonicValidateV2 (Mnemonic.ts
   * L66-70) tries it on words BIP39 refuses, and a phrase it takes is imported as a TON wallet's.
   */
  readonly tonMnemonicValidate: (phrase: string) => boolean;
  /** @subwallet/keyring's getDerivePath: the path getSuri (solo.ts L331-339) appends for a type, at an index. */
  readonly getDerivePath: (type: string) => (index: number) => string;
}

/**
 * The modules SubWallet's realm loads, each resolved from where @subwallet/ui-keyring is installed
 * so it is the very instance the keyring imports, and wasm-crypto from beside util-crypto, the
 * instance util-crypto itself imports.
 */
export function subwalletRealmModules(profileDir: string): RealmModule[] {
  const uiDir = findPackageDir(profileDir, '@subwallet/ui-keyring');
  if (uiDir === undefined) throw new Error(`@subwallet/ui-keyring is not installed in ${profileDir} (run: npm run setup)`);
  const utilCryptoDir = findPackageDir(uiDir, '@polkadot/util-crypto');
  if (utilCryptoDir === undefined) throw new Error('@polkadot/util-crypto is not installed beside @subwallet/ui-keyring');
  if (findPackageDir(uiDir, '@subwallet/keyring') === undefined) throw new Error('@subwallet/keyring is not installed beside @subwallet/ui-keyring');
  return [
    { from: uiDir, specifier: '@polkadot/util-crypto' },
    { from: utilCryptoDir, specifier: '@polkadot/wasm-crypto' },
    { from: uiDir, specifier: '@polkadot/util' },
    { from: uiDir, specifier: '@subwallet/ui-keyring' },
    { from: uiDir, specifier: '@subwallet/keyring' },
    { from: uiDir, specifier: '@subwallet/keyring/types' },
    { from: uiDir, specifier: '@subwallet/keyring/utils/derive/path' },
    { from: uiDir, specifier: '@subwallet/keyring/pair/decode' },
  ];
}

/**
 * What SubWallet's realm bundle needs beyond esbuild's defaults, the two things
 * browser-module-hooks.ts does when the realm loads file by file: the ES-module import of
 * @emurgo/cardano-message-signing-browser's .wasm (wasm-bindgen's bundler target), made by the
 * hooks' own wasmModuleSource, and each module at its own location (tiny-secp256k1 and the Cardano
 * serialization lib read their .wasm from beside themselves, as Node loads them). Its `module`-only
 * package.json needs nothing: esbuild, for Node, takes `module` when a package has no `main`.
 */
export const SUBWALLET_BUNDLE_OPTIONS = { wasmImports: wasmModuleSource, ownLocations: true } as const;

/**
 * Boots SubWallet's account core from the profile as its background does (packages/extension-koni
 * src/background.ts line 49: `keyring.loadAll({ store, type: 'sr25519', password_store })`), from
 * one bundle of its modules (core/profile/realm-bundle.ts) or, with INTEROP_REALM_BUNDLE=0, file by
 * file through browser-module-hooks.ts. Must run in a worker of its own: ui-keyring is a module
 * singleton.
 */
export async function loadSubWallet(profileDir: string): Promise<SubWalletCore> {
  const [utilCrypto, wasmCrypto, util, uiKeyring, keyringModule, types, derivePath, decode] = (await importRealmModules(
    profileDir,
    subwalletRealmModules(profileDir),
    // The files need the module hooks (the bundle has what they do in itself; registering them costs ~60 ms).
    { ...SUBWALLET_BUNDLE_OPTIONS, beforeFiles: () => register(new URL('./browser-module-hooks.js', import.meta.url)) },
  )) as [
    UtilCrypto & { base64Decode(v: string): Uint8Array },
    Parameters<typeof countScrypt>[0],
    SubWalletCore['util'],
    { keyring: SubWalletKeyring },
    Pick<SubWalletCore, 'createPair' | 'tonMnemonicValidate'>,
    Readonly<Record<'EthereumKeypairTypes' | 'CardanoKeypairTypes' | 'BitcoinKeypairTypes', readonly string[]>>,
    Pick<SubWalletCore, 'getDerivePath'>,
    Pick<SubWalletCore, 'decodePair'>,
  ];
  await utilCrypto.cryptoWaitReady();
  // This realm's scrypt joins the run's memo and census (core/rpc/scrypt-census.ts): the wasm module
  // is the one util-crypto itself imports (the bundle's own, when loaded from the bundle), so its
  // package@version names the implementation.
  countScrypt(wasmCrypto);
  const { keyring } = uiKeyring;
  const { createPair, tonMnemonicValidate } = keyringModule;
  const generalTypes = ['sr25519', ...types.EthereumKeypairTypes, 'ton', ...types.CardanoKeypairTypes, ...types.BitcoinKeypairTypes];
  const { getDerivePath } = derivePath;
  const { decodePair } = decode;
  const store = new MemoryStore();
  keyring.loadAll({ store, type: 'sr25519', password_store: new MemoryPasswordStore() });
  return {
    keyring,
    createPair,
    tonMnemonicValidate,
    utilCrypto,
    util,
    base64Decode: utilCrypto.base64Decode,
    decodePair,
    store,
    generalTypes,
    getDerivePath,
  };
}
