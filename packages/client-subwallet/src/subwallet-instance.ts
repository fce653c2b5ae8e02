import {
  type AccountRef,
  type AccountSpec,
  type Artifact,
  ClientError,
  type Hex,
  type Identity,
  isKeyType,
  type KeystoreJson,
  type KeyType,
  type Method,
  type RestoreSecret,
  unifiedDeriveAccount,
  unifiedDeriveTyped,
} from '@interop/core/vocabulary';
import { NO_SINGLE_JSON } from './subwallet-capabilities.js';
import type { SubWalletCore, SubWalletPair } from './subwallet-keyring.js';
import { SUBWALLET_MESSAGES as M } from './subwallet-messages.js';
import { SUBWALLET_ETHEREUM_PATH, SUBWALLET_PHRASE_WORD_COUNTS } from './subwallet-traits.js';

/** The contract's key types among the "general" types Import seed phrase creates (Mnemonic.ts line 65). */
const PHRASE_TYPES = ['sr25519', 'ethereum'] as const;
const SEED_LENGTHS = [12, 15, 18, 21, 24];
const NO_PRIVATE_KEY_EXPORT =
  "SubWallet's Export private key is offered to a single ethereum or TON key (transform.ts getAccountActions L128-133): an account made from a seed phrase is a unified account of several keys, which has none (L653-688)";

const TON_PHRASE =
  "SubWallet reads these words as a TON wallet's phrase (BIP39 refuses them; tonMnemonicValidate takes them: Mnemonic.ts L66-70) and imports one ton-native key, of none of the key types compared here";

function toHex(bytes: Uint8Array): Hex {
  return `0x${Buffer.from(bytes).toString('hex')}`;
}

function identityOf(pair: SubWalletPair): Identity | undefined {
  if (!isKeyType(pair.type)) return undefined;
  const name = typeof pair.meta.name === 'string' ? pair.meta.name : undefined;
  return { publicKey: toHex(pair.publicKey), type: pair.type, hasSecret: true, ...(name === undefined ? {} : { name }) };
}

/**
 * SubWallet 1.3.88's account handlers replayed on its own keyring (@subwallet/ui-keyring 0.1.14),
 * each step as the cited handler takes it (subwallet-sources.ts). One wallet, one master password:
 * every account is stored under it, and JSON exports are encrypted with it.
 */
export class SubWalletInstance {
  readonly #core: SubWalletCore;
  /**
   * Handle -> the addresses of the account (a phrase import is one account of several keys) and, for
   * one made from a phrase, that phrase and name (test data, in memory only): its batch export needs
   * every key Import seed phrase makes (#allKeys).
   */
  readonly #accounts = new Map<string, { readonly addresses: readonly string[]; readonly main: string; readonly phrase?: { suri: string; name: string } }>();
  #imports = 0;
  #nextHandle = 0;
  #masterPassword: string | undefined;

  constructor(core: SubWalletCore) {
    this.#core = core;
  }

  get #keyring() {
    return this.#core.keyring;
  }

  /**
   * The one password of the wallet, set with the first account (Mnemonic.ts 99-106; an import
   * into a wallet that has one keeps it). SubWallet has no per-account password: an account made
   * with another password is made in a fresh wallet (Settings > Reset wallet, ui-keyring
   * resetWallet, then that password), so its JSON export is encrypted with its own password.
   */
  #useMasterPassword(password: string, mode: 'create' | 'import'): void {
    if (password === '') throw new ClientError('E_PASSWORD_REQUIRED', 'SubWallet needs a password before any account is added');
    if (!this.#keyring.keyring.hasMasterPassword) {
      this.#keyring.changeMasterPassword(password);
      this.#masterPassword = password;
      return;
    }
    if (this.#masterPassword === password || mode === 'import') return;
    this.#keyring.resetWallet(true);
    this.#accounts.clear();
    this.#keyring.changeMasterPassword(password);
    this.#masterPassword = password;
  }

  #exists(addresses: readonly string[]): SubWalletPair | undefined {
    const known = new Set(this.#keyring.getPairs().map((p) => p.address));
    const found = addresses.find((a) => known.has(a));
    return found === undefined ? undefined : this.#keyring.getPair(found);
  }

  /**
   * The wallet already holds every key: SubWallet refuses to add them again ("Account already
   * exists", Mnemonic.ts 132-134, Json.ts 104-106) and the user goes on with the account it
   * holds. The harness does the same, so a phrase drawn twice on one computer is that account.
   */
  #held(addresses: readonly string[]): SubWalletPair[] | undefined {
    const known = new Set(this.#keyring.getPairs().map((p) => p.address));
    return addresses.length > 0 && addresses.every((a) => known.has(a)) ? addresses.map((a) => this.#keyring.getPair(a)) : undefined;
  }

  #nameExists(name: string): boolean {
    return this.#keyring.getPairs().some((p) => p.meta.name === name);
  }

  /**
   * Import seed phrase's boxes (SUBWALLET_PHRASE_WORD_COUNTS), then mnemonicValidateV2 (Mnemonic.ts
   * 45-90): the phrase part of the suri, a word count, a BIP39 check, then a TON one.
   */
  #validatePhrase(mnemonic: string): void {
    const { phrase } = this.#core.utilCrypto.keyExtractSuri(mnemonic);
    if (this.#core.util.isHex(phrase)) {
      if (!this.#core.util.isHex(phrase, 256)) throw new ClientError('E_PHRASE_INVALID', M.invalidSeedPhrase);
      return;
    }
    const words = phrase.split(' ').length;
    if (!SUBWALLET_PHRASE_WORD_COUNTS.includes(words)) {
      throw new ClientError(
        'E_UNSUPPORTED',
        `SubWallet's Import seed phrase has a box per word for 12, 15 or 24 words only, not ${words} (ImportSeedPhrase.tsx L39)`,
      );
    }
    if (!SEED_LENGTHS.includes(words)) throw new ClientError('E_PHRASE_INVALID', M.seedPhraseWordCount);
    if (this.#core.utilCrypto.mnemonicValidate(phrase)) return;
    // Words BIP39 refuses are tried as a TON wallet's (Mnemonic.ts L66-70): a phrase that passes is
    // imported as one ton-native key, of none of the types this harness compares.
    if (this.#core.tonMnemonicValidate(phrase)) throw new ClientError('E_UNSUPPORTED', TON_PHRASE);
    throw new ClientError('E_PHRASE_INVALID', M.invalidSeedPhrase);
  }

  /**
   * privateKeyValidateV2 (Secret.ts 83-135): '0x' added to a key without it, then the key part of
   * the suri decides the type, 32 hex bytes 'ethereum' and 64 'ton', whatever key it was written
   * down for; anything else is "Invalid private key".
   */
  #validatePrivateKey(key: string): { suri: string; type: string } {
    const suri = key.trim().startsWith('0x') ? key.trim() : `0x${key.trim()}`;
    const { phrase } = this.#core.utilCrypto.keyExtractSuri(suri);
    if (this.#core.util.isHex(phrase, 256)) return { suri, type: 'ethereum' };
    if (this.#core.util.isHex(phrase, 512)) return { suri, type: 'ton' };
    throw new ClientError('E_CLIENT_REFUSED', M.invalidPrivateKey);
  }

  /** solo.ts getSuri (L331-339): the seed, plus '/' and @subwallet/keyring's getDerivePath(type)(0) where the type has one. */
  #getSuri(seed: string, type: string): string {
    const extra = this.#core.getDerivePath(type)(0);
    return extra ? `${seed}/${extra}` : seed;
  }

  /** accountsCreateSuriV2 (Mnemonic.ts 93-169): one account of `types` keys from one suri. */
  #createSuri(suri: string, types: readonly string[], name: string, password: string, mode: 'create' | 'import'): SubWalletPair[] {
    const addresses = types.map((type) => this.#keyring.createFromUri(this.#getSuri(suri, type), {}, type).address);
    if (mode === 'create') this.#useMasterPassword(password, mode);
    const held = this.#held(addresses);
    if (held !== undefined) return held;
    const exists = this.#exists(addresses);
    if (exists !== undefined) throw new ClientError('E_CLIENT_REFUSED', M.accountExists(String(exists.meta.name ?? exists.address)));
    if (this.#nameExists(name)) throw new ClientError('E_CLIENT_REFUSED', 'Account name already exists (ACCOUNT_NAME_EXISTED)');
    this.#useMasterPassword(password, mode);
    return this.#addKeys(suri, types, name);
  }

  /** The second loop of accountsCreateSuriV2: each key stored under the master password, with its derivation path. */
  #addKeys(suri: string, types: readonly string[], name: string): SubWalletPair[] {
    return types.map((type) => {
      const typed = this.#getSuri(suri, type);
      const { derivePath } = this.#core.utilCrypto.keyExtractSuri(typed);
      return this.#keyring.addUri(typed, { name, derivationPath: derivePath ? derivePath.substring(1) : undefined }, type).pair;
    });
  }

  #remember(pairs: readonly SubWalletPair[], main: SubWalletPair, phrase?: { suri: string; name: string }): AccountRef {
    const identity = identityOf(main);
    if (identity === undefined) throw new ClientError('E_INTERNAL', `SubWallet made a ${main.type} key`);
    // Never reused, also across a reset: a handle from a reset wallet must not name a new account.
    const handle = `${this.#nextHandle++}`;
    this.#accounts.set(handle, { addresses: pairs.map((p) => p.address), main: main.address, ...(phrase ? { phrase } : {}) });
    return { handle, identity };
  }

  /**
   * Every key of a phrase account: Import seed phrase makes one key of each "general" type
   * (Mnemonic.ts L65: sr25519, ethereum, TON, Cardano and six Bitcoin keys), and the batch export
   * holds them all (Json.ts batchExportV2 L356-357). The other instances keep the contract's two
   * (sr25519, ethereum) and add the rest here, only for a batch export: each key is a scrypt at the
   * wallet's parameters (about 1.5 s), and nothing else the harness reads depends on them.
   */
  #allKeys(handle: string): readonly string[] {
    const account = this.#accounts.get(handle);
    if (account?.phrase === undefined) return account?.addresses ?? [];
    const { suri, name } = account.phrase;
    const held = new Set(account.addresses);
    const addresses = this.#core.generalTypes.map((type) => this.#keyring.createFromUri(this.#getSuri(suri, type), {}, type).address);
    const missing = this.#core.generalTypes.filter((_type, i) => !held.has(addresses[i] as string));
    this.#guard(() => this.#addKeys(suri, missing, name));
    this.#accounts.set(handle, { ...account, addresses });
    return addresses;
  }

  create(spec: AccountSpec): AccountRef {
    const wrap = (run: () => SubWalletPair[]) => this.#guard(run);
    if (spec.secret.kind === 'phrase') {
      const root = spec.type === 'sr25519' && spec.path === '';
      const evm = spec.type === 'ethereum' && spec.path === SUBWALLET_ETHEREUM_PATH;
      if (!root && !evm) {
        throw new ClientError(
          'E_UNSUPPORTED',
          `SubWallet's Import seed phrase makes the root sr25519 key and the ethereum key at ${SUBWALLET_ETHEREUM_PATH} only (its Derive account makes keys under them; this harness takes that step when it restores a phrase written with its path, not to make a source account)`,
        );
      }
      const phrase = spec.secret.phrase;
      this.#validatePhrase(phrase);
      const pairs = wrap(() => this.#createSuri(phrase, PHRASE_TYPES, spec.name, spec.password, 'create'));
      const main = pairs.find((p) => p.type === spec.type) as SubWalletPair;
      return this.#remember(pairs, main, { suri: phrase, name: spec.name });
    }
    // Import private key (ImportPrivateKey.tsx 63-89): the key type the validation finds, ethereum for a 0x key.
    if (spec.type !== 'ethereum' || spec.path !== '')
      throw new ClientError('E_UNSUPPORTED', "SubWallet's Import private key takes an EVM (ethereum) private key only");
    const { suri, type } = this.#validatePrivateKey(spec.secret.seed);
    if (type !== 'ethereum') throw new ClientError('E_UNSUPPORTED', `SubWallet reads this private key as a ${type} key`);
    const pairs = wrap(() => this.#createSuri(suri, [type], spec.name, spec.password, 'create'));
    return this.#remember(pairs, pairs[0] as SubWalletPair);
  }

  async backup(ref: AccountRef, method: Method, password: string): Promise<Artifact> {
    const account = this.#accounts.get(ref.handle);
    if (account === undefined) throw new ClientError('E_NOT_FOUND', `no account ${ref.handle} in this wallet`);
    const pair = this.#keyring.getPair(account.main);
    switch (method) {
      case 'json':
        // Export's "JSON file" is exportAccountBatch of the account (AccountExport.tsx L193-200): a batch file.
        throw new ClientError('E_UNSUPPORTED', NO_SINGLE_JSON);
      case 'batch-json': {
        // batchExportV2 (Json.ts 342-376): every key of the chosen account, as the stored JSONs, in a batch-pkcs8 file.
        const addresses = this.#allKeys(ref.handle);
        const json = await this.#guardAsync(() => this.#keyring.backupAccounts(password, [...addresses]));
        return { kind: 'batch-json', json: json as Extract<Artifact, { kind: 'batch-json' }>['json'] };
      }
      case 'raw-seed': {
        // Export private key, where the account proxy has EXPORT_PRIVATE_KEY (AccountExport.tsx L165-177, L262-269).
        if (account.addresses.length !== 1 || pair.type !== 'ethereum') throw new ClientError('E_UNSUPPORTED', NO_PRIVATE_KEY_EXPORT);
        // accountExportPrivateKey (Secret.ts L271-280): the stored JSON decoded with the password, its secret key.
        const { secretKey } = this.#guard(() => {
          const json = this.#keyring.backupAccount(pair, password) as { encoded: string; encoding: { type: unknown } };
          return this.#core.decodePair(password, this.#core.base64Decode(json.encoded), json.encoding.type);
        });
        // The screen shows the key of an EVM account (its 0x address beside it): the user notes the type, no path.
        return { kind: 'raw-seed', seed: this.#core.util.u8aToHex(secretKey) as Hex, type: 'ethereum' };
      }
      case 'phrase': {
        // exportAccountProxyMnemonic (Mnemonic.ts 175-206): the words only, from the pair's entropy once unlocked.
        try {
          return { kind: 'phrase', phrase: pair.exportMnemonic(password) };
        } catch (error) {
          if (/Cannot export mnemonic on this keypair/.test((error as Error).message)) throw new ClientError('E_UNSUPPORTED', (error as Error).message);
          throw subwalletError(error);
        }
      }
      default:
        throw new ClientError('E_UNSUPPORTED', `SubWallet offers no ${method} backup`);
    }
  }

  async restore(artifact: Artifact, secret: RestoreSecret): Promise<Identity[]> {
    const password = secret.password ?? '';
    switch (artifact.kind) {
      case 'phrase': {
        // One field, the words: a path, type or notes written beside them cannot be entered there.
        this.#validatePhrase(artifact.phrase);
        const pairs = this.#guard(() => this.#createSuri(artifact.phrase, PHRASE_TYPES, this.#importName(), password, 'import'));
        // A written path is then typed into Derive account under the account just imported.
        const derived = artifact.path === undefined ? [] : this.#deriveAccount(pairs, artifact.path, artifact.type ?? 'sr25519');
        return [...pairs, ...derived].flatMap((p) => identityOf(p) ?? []);
      }
      case 'raw-seed': {
        // Import from private key (ImportPrivateKey.tsx 63-89): one field, the key; the type is the one
        // privateKeyValidateV2 finds, sent as createAccountSuriV2's only type. A path noted beside it has nowhere to go.
        const { suri, type } = this.#validatePrivateKey(artifact.seed);
        const pairs = this.#guard(() => this.#createSuri(suri, [type], this.#importName(), password, 'import'));
        return pairs.flatMap((p) => identityOf(p) ?? []);
      }
      case 'json-keystore':
        return this.#restoreJson(artifact.json, password);
      case 'batch-json':
        return this.#restoreBatch(artifact.json, password);
      case 'secret-qr':
        return this.#restoreSecretQr(artifact.payload, password);
      default:
        throw new ClientError('E_UNSUPPORTED', `SubWallet reads no ${artifact.kind}`);
    }
  }

  /**
   * Import by QR code (ImportQrCode.tsx L38-52, L115-125). importQrScan (attach.ts L41-64) splits
   * secret:<secret>:<third field>[:name] and calls the third field the genesis hash; the page then
   * passes it as the public key to checkPublicAndSecretKey and accountsCreateWithSecret (Secret.ts
   * L137-269): a secret of 32 bytes is an ethereum private key, any other an sr25519 pair of that
   * secret key with the third field as its public key, as given, never checked against the secret.
   */
  #restoreSecretQr(payload: string, password: string): Identity[] {
    const [prefix, content = '', publicKey = ''] = payload.split(':');
    if (prefix !== 'secret') throw new ClientError('E_ARTIFACT_UNKNOWN', M.invalidQrCode);
    const { util, utilCrypto } = this.#core;
    const name = this.#importName();
    const pair = this.#guard(() => {
      const secret = util.hexStripPrefix(content);
      if (secret.length !== 64) {
        return this.#keyring.keyring.createFromPair({ publicKey: util.hexToU8a(publicKey), secretKey: util.hexToU8a(content) }, { name }, 'sr25519');
      }
      const suri = `0x${secret}`;
      const { phrase } = utilCrypto.keyExtractSuri(suri);
      // checkPublicAndSecretKey: 64 hex digits that are not hex bytes are refused, the page says "Invalid QR code".
      if (!(util.isHex(phrase) && util.isHex(phrase, 256))) throw new ClientError('E_CLIENT_REFUSED', M.invalidQrCode);
      return this.#keyring.createFromUri(suri, { name }, 'ethereum');
    });
    const held = this.#held([pair.address]);
    if (held !== undefined) return held.flatMap((p) => identityOf(p) ?? []);
    const exists = this.#exists([pair.address]);
    if (exists !== undefined) throw new ClientError('E_CLIENT_REFUSED', M.accountExists(String(exists.meta.name ?? exists.address)));
    this.#useMasterPassword(password, 'import');
    const added = this.#guard(() => this.#keyring.addPair(pair, true).pair);
    return [identityOf(added)].flatMap((i) => i ?? []);
  }

  /**
   * Derive account on the unified account Import seed phrase made (DeriveAccountActionModal.tsx,
   * Derive.ts derivationAccountProxyCreate L230-387), for the written path as unified-derive.ts says
   * the user types it and SubWallet reads it: each key derived from its root pair by the keyring's
   * own handler (solo.ts derivePair L296-329) and stored under the master password. Where SubWallet
   * refuses the path, or the account holds no key of the written type, the user is left with the
   * imported keys: none is added. Derived keys the wallet holds already are those keys.
   */
  #deriveAccount(roots: readonly SubWalletPair[], path: string, type: KeyType): SubWalletPair[] {
    const typed = unifiedDeriveTyped(path, type);
    if (typed === undefined) return [];
    const derive = unifiedDeriveAccount(typed);
    if (!derive.ok || derive.keys.length === 0) return [];
    const name = this.#importName();
    let children: SubWalletPair[];
    try {
      children = derive.keys.map(({ type: keyType, derivation }) => {
        const root = roots.find((p) => p.type === keyType);
        if (root === undefined) throw new ClientError('E_INTERNAL', `the imported account has no ${keyType} key to derive from`);
        if (root.isLocked) this.#keyring.unlockPair(root.address);
        // derivePair (solo.ts L306-312) also stores the suri and path in meta; no address depends on them.
        const meta = { name, parentAddress: root.address };
        return keyType === 'ethereum' ? root.evm.deriveCustom(derivation, meta) : root.substrate.derive(derivation, meta);
      });
    } catch (error) {
      // unified-derive.ts refuses every path SubWallet's keyring throws on (an index of 2^31 or more,
      // hdEthereum's "Invalid derivation path"): a throw here is the model being wrong, said as such.
      if (error instanceof ClientError) throw error;
      throw new ClientError('E_INTERNAL', `SubWallet's keyring refused a path the model of Derive account takes: ${(error as Error).message}`);
    }
    const addresses = children.map((c) => c.address);
    const held = this.#held(addresses);
    if (held !== undefined) return held;
    // checkAddressExists (Derive.ts L366-371): a key held already refuses the whole derivation.
    if (this.#exists(addresses) !== undefined) return [];
    return this.#guard(() => children.map((child) => this.#keyring.addPair(child, true).pair));
  }

  #importName(): string {
    this.#imports += 1;
    return `Imported ${this.#imports}`;
  }

  /** Json.ts validatePassword (33-55): a pair from the file's address, unlocked with the password; any failure is "Incorrect password". */
  #passwordOpens(json: KeystoreJson, password: string): boolean {
    const { createPair, keyring, util, base64Decode } = this.#core;
    const content = json.encoding?.content;
    const type = Array.isArray(content) ? String(content[1]) : 'ed25519';
    const encType = Array.isArray(json.encoding?.type) ? json.encoding.type : [json.encoding?.type as unknown as string];
    try {
      const publicKey = (keyring as unknown as { decodeAddress(a: string, i: boolean): Uint8Array }).decodeAddress(json.address, true);
      const encoded = util.isHex(json.encoded) ? util.hexToU8a(json.encoded) : base64Decode(json.encoded);
      const pair = createPair({ toSS58: (k) => String(k), type }, { publicKey }, json.meta, encoded, [...encType]);
      pair.decodePkcs8(password);
      pair.lock();
      return true;
    } catch {
      return false;
    }
  }

  /** jsonRestoreV2 (Json.ts 97-135), with withMasterPassword true as RestoreJson sends it (index.tsx 289-295). */
  #restoreJson(json: KeystoreJson, password: string): Identity[] {
    if (typeof json?.encoded !== 'string' || typeof json.address !== 'string' || !Array.isArray(json.encoding?.content)) {
      throw new ClientError('E_JSON_MALFORMED', 'not a keystore SubWallet reads (typeGuards.ts isValidJsonFile)');
    }
    if (!this.#passwordOpens(json, password)) throw new ClientError('E_PASSWORD_WRONG', M.incorrectPassword);
    return this.#guard(() => {
      const preview = this.#keyring.createFromJson(json);
      const held = this.#held([preview.address]);
      if (held !== undefined) return held.flatMap((p) => identityOf(p) ?? []);
      const exists = this.#exists([preview.address]);
      if (exists !== undefined) throw new ClientError('E_CLIENT_REFUSED', M.accountExists(String(exists.meta.name ?? exists.address)));
      this.#useMasterPassword(password, 'import');
      this.#keyring.restoreAccount(json, password, true);
      const identity = identityOf(this.#keyring.getPair(preview.address));
      return identity === undefined ? [] : [identity];
    });
  }

  /** batchRestoreV2 (Json.ts 137-145, 199-330): the batch decrypted with the password, its stored JSONs loaded as they are. */
  #restoreBatch(json: Extract<Artifact, { kind: 'batch-json' }>['json'], password: string): Identity[] {
    let inner: unknown;
    try {
      inner = JSON.parse(this.#core.util.u8aToString(this.#core.utilCrypto.jsonDecrypt(json, password)));
    } catch {
      throw new ClientError('E_PASSWORD_WRONG', M.incorrectPassword);
    }
    if (!Array.isArray(inner)) throw new ClientError('E_JSON_MALFORMED', M.noValidAccounts);
    return this.#guard(() => {
      const pairs = inner.flatMap((j) => {
        try {
          return [this.#keyring.createFromJson(j)];
        } catch {
          return [];
        }
      });
      if (pairs.length === 0) throw new ClientError('E_JSON_MALFORMED', M.noValidAccounts);
      const fresh = pairs.filter((p) => this.#exists([p.address]) === undefined).map((p) => p.address);
      if (fresh.length === 0) return pairs.flatMap((p) => identityOf(this.#keyring.getPair(p.address)) ?? []);
      this.#useMasterPassword(password, 'import');
      this.#keyring.restoreAccounts(json, password, fresh);
      // Every key of the file the wallet now holds: those it held already and those just added.
      return pairs.flatMap((p) => identityOf(this.#keyring.getPair(p.address)) ?? []);
    });
  }

  #guard<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      throw subwalletError(error);
    }
  }

  async #guardAsync<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw subwalletError(error);
    }
  }
}

/** A throw of SubWallet's keyring as {code, message}, its own text kept. */
export function subwalletError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/supplied passphrase|Invalid master password|password/i.test(message)) return new ClientError('E_PASSWORD_WRONG', message);
  if (/scrypt/i.test(message)) return new ClientError('E_SCRYPT_PARAMS', message);
  if (/derivation path|Invalid derivation/i.test(message)) return new ClientError('E_PATH_INVALID', message);
  if (/mnemonic|seed phrase/i.test(message)) return new ClientError('E_PHRASE_INVALID', message);
  if (/encoding|header/i.test(message)) return new ClientError('E_ENCODING', message);
  return new ClientError('E_CLIENT_REFUSED', message);
}
