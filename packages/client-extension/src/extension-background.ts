import type { Hex, KeyType } from '@interop/core';
import { findPackageDir, importRealmModules, type RealmModule } from '@interop/core/profile';
import { countScrypt } from '@interop/core/rpc';
import { accountFingerprint } from './account-fingerprint.js';
import { installChrome } from './chrome-shim.js';
import { ChromeStorageArea } from './chrome-storage-area.js';
import type { ExtensionAccount } from './extension-account.js';
import { ExtensionRefusal, extensionError } from './extension-errors.js';
import { type PopupAddressDeps, popupShownAddress } from './popup-address.js';

/** The parts of the profile's modules this file touches (their own typings live in the profile). */
interface Pair {
  readonly publicKey: Uint8Array;
  readonly type: KeyType;
}
interface UiKeyring {
  loadAll(options: { store: unknown; type: KeyType }): void;
  getPair(address: string): Pair;
}
interface StoredEntry {
  readonly json: { readonly meta?: Readonly<Record<string, unknown>> };
  readonly type?: KeyType;
}
interface AccountsObservable {
  readonly subject: { getValue(): Readonly<Record<string, StoredEntry>> };
}
interface ExtensionHandler {
  handle(id: string, message: string, request: unknown, port: unknown): Promise<unknown>;
}
type ExtensionClass = new (state: unknown) => ExtensionHandler;
type StateClass = new (providers: Record<string, unknown>, rateLimitInterval: number) => { init(): Promise<void> };

/** The extension prefix the published polkadot{.js} extension is built with (its webpack config). */
export const EXTENSION_PREFIX = 'polkadot{.js}';

export interface ExtensionBackground {
  /** One popup message through `Extension.handle`, the path the popup's sendMessage takes. */
  send(message: string, request: unknown): Promise<unknown>;
  accounts(): ExtensionAccount[];
  dumpStorage(): Promise<Record<string, unknown>>;
  /** What the popup's Address component shows for an address (popup-address.ts), with this realm's modules. */
  shownAddress(address: string, genesisHash: string | null): string;
}

function toHex(bytes: Uint8Array): Hex {
  return `0x${Buffer.from(bytes).toString('hex')}`;
}

/**
 * Boots the extension's background from a profile's install, as its background script does
 * (polkadot-js/extension packages/extension/src/background.ts and
 * packages/extension-base/src/background/handlers/index.ts): cryptoWaitReady, ui-keyring's
 * loadAll over the extension's AccountsStore, State (rate limit 0: no dapp requests here) and
 * the Extension handler. Must run in a worker of its own: ui-keyring is a module singleton.
 */
export async function startExtensionBackground(profileDir: string): Promise<ExtensionBackground> {
  // extension-base/src/defaults.ts throws at import without a prefix.
  process.env.EXTENSION_PREFIX = EXTENSION_PREFIX;
  const storage = new ChromeStorageArea();
  installChrome(storage);

  const modules = await importRealmModules(profileDir, extensionRealmModules(profileDir));
  const [utilCrypto, wasmCrypto, util, networks, uiKeyring, accountsModule, stores, stateModule, extensionModule] = modules as [
    Pick<PopupAddressDeps, 'decodeAddress' | 'encodeAddress'> & { cryptoWaitReady(): Promise<boolean> },
    Parameters<typeof countScrypt>[0],
    Pick<PopupAddressDeps, 'isHex' | 'hexToU8a'>,
    { selectableNetworks: readonly { genesisHash: readonly string[]; prefix: number }[] },
    { keyring: UiKeyring },
    { accounts: AccountsObservable },
    { AccountsStore: new () => unknown },
    { default: StateClass },
    { default: ExtensionClass },
  ];
  await utilCrypto.cryptoWaitReady();
  // Count the scrypt runs of this realm for `pnpm bench` (core/rpc/scrypt-census.ts); the wasm
  // module is the one util-crypto itself imports.
  countScrypt(wasmCrypto);
  const addressDeps = popupAddressDeps(util, utilCrypto, networks.selectableNetworks);
  const { keyring } = uiKeyring;
  const accountsObservable = accountsModule.accounts;
  keyring.loadAll({ store: new stores.AccountsStore(), type: 'sr25519' });

  const State = stateModule.default;
  const Extension = extensionModule.default;
  const state = new State({}, 0);
  await state.init();
  const extension = new Extension(state);

  // The popup's port (only subscriptions use it; none are sent here).
  const port = { name: `${EXTENSION_PREFIX}-unknown-extension`, onDisconnect: { addListener: () => undefined }, postMessage: () => undefined };
  let nextId = 0;

  const background: ExtensionBackground = {
    async send(message, request) {
      nextId += 1;
      try {
        return await extension.handle(`${Date.now()}.${nextId}`, message, request, port);
      } catch (error) {
        throw extensionError(error, message, request);
      }
    },
    accounts() {
      return Object.entries(accountsObservable.subject.getValue()).map(([address, entry]): ExtensionAccount => {
        const meta = entry.json.meta ?? {};
        const pair = keyring.getPair(address);
        const name = meta.name;
        const genesisHash = meta.genesisHash;
        return {
          address,
          publicKey: toHex(pair.publicKey),
          type: pair.type,
          hasSecret: meta.isExternal !== true && meta.isHardware !== true && meta.isInjected !== true,
          ...(name !== undefined && name !== null ? { name: String(name) } : {}),
          ...(genesisHash !== undefined && genesisHash !== null ? { genesisHash: String(genesisHash) } : {}),
          fingerprint: accountFingerprint(entry.json),
        };
      });
    },
    dumpStorage: () => storage.dump(),
    shownAddress(address, genesisHash) {
      try {
        return popupShownAddress(addressDeps, background.accounts(), address, genesisHash);
      } catch (error) {
        // The popup's effect throws too (its error boundary shows the page's failure); here it is the file's fault.
        throw new ExtensionRefusal('E_JSON_MALFORMED', error instanceof Error ? error.message : String(error));
      }
    },
  };
  return background;
}

/**
 * The modules the background loads, each resolved from where extension-base is installed, so each
 * one is the very instance Extension.ts imports (pnpm links its dependencies beside it, not at the
 * profile root); wasm-crypto and networks from util-crypto's own place, as util-crypto imports them.
 */
export function extensionRealmModules(profileDir: string): RealmModule[] {
  const base = findPackageDir(profileDir, '@polkadot/extension-base');
  if (base === undefined) throw new Error(`@polkadot/extension-base is not installed in ${profileDir}`);
  const utilCryptoDir = findPackageDir(base, '@polkadot/util-crypto');
  if (utilCryptoDir === undefined) throw new Error(`@polkadot/util-crypto is not installed beside ${base}`);
  return [
    { from: base, specifier: '@polkadot/util-crypto' },
    { from: utilCryptoDir, specifier: '@polkadot/wasm-crypto' },
    { from: base, specifier: '@polkadot/util' },
    { from: utilCryptoDir, specifier: '@polkadot/networks' },
    { from: base, specifier: '@polkadot/ui-keyring' },
    { from: base, specifier: '@polkadot/ui-keyring/observable/accounts' },
    { from: base, specifier: '@polkadot/extension-base/stores' },
    { from: base, specifier: '@polkadot/extension-base/background/handlers/State' },
    { from: base, specifier: '@polkadot/extension-base/background/handlers/Extension' },
  ];
}

/**
 * The functions the popup's Address component calls, from the profile's own packages: isHex and
 * hexToU8a (@polkadot/util), decodeAddress and encodeAddress (@polkadot/util-crypto), and the chains
 * it knows without stored metadata (extension-ui util/chains.ts: selectableNetworks with a genesis
 * hash, keyed by the first one).
 */
function popupAddressDeps(
  util: Pick<PopupAddressDeps, 'isHex' | 'hexToU8a'>,
  utilCrypto: Pick<PopupAddressDeps, 'decodeAddress' | 'encodeAddress'>,
  selectableNetworks: readonly { genesisHash: readonly string[]; prefix: number }[],
): PopupAddressDeps {
  return {
    isHex: (value) => util.isHex(value),
    hexToU8a: (value) => util.hexToU8a(value),
    decodeAddress: (value) => utilCrypto.decodeAddress(value),
    encodeAddress: (key, prefix) => utilCrypto.encodeAddress(key, prefix),
    chainPrefix: (genesisHash) => selectableNetworks.find((n) => n.genesisHash.length > 0 && n.genesisHash[0] === genesisHash)?.prefix,
  };
}
