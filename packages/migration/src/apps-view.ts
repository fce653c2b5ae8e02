import { selectableNetworks } from '@polkadot/networks';
import { hexToU8a, isHex, u8aToHex } from '@polkadot/util';
import { base64Decode, blake2AsU8a, decodeAddress, encodeAddress, ethereumEncode, keccakAsU8a, secp256k1Expand } from '@polkadot/util-crypto';
import { type AccountRole, accountRole, asObject, type EntryKind, entryKind, entryName, holdsSecret, storeValue } from './keyring-entry.js';

/**
 * What Polkadot-JS Apps shows for one localStorage entry after a reload: a model of
 * @polkadot/ui-keyring 3.16.7 `loadAll` (polkadot-js/ui v3.16.7, 1d667d4d,
 * packages/ui-keyring/src/Keyring.ts: loadAccount L218-228, loadAddress L230-254, loadContract
 * L256-267, allowGenesis L279-293, loadAll L295-327, getContracts L197-207) over @polkadot/keyring
 * 14.0.3 `createFromJson` and `encodeAddress` (polkadot-js/common v14.0.3, 9281daa1,
 * packages/keyring/src/keyring.ts L166-191, L246-250; pair/index.ts TYPE_ADDRESS L43-48, L113-119).
 *
 * The model judges each key alone. Two entries that list under the same address are one entry in
 * Apps (its subjects are keyed by address, the one loaded last kept); the model lists both.
 *
 * loadAll reads every key through the `store` package, and for the three keyring prefixes
 * calls loadAccount/loadAddress/loadContract inside try/catch: anything that throws is
 * reported with console.warn("Keyring: Unable to load <key>:<value>") and skipped — the entry
 * stays in localStorage as it is, nothing is deleted.
 */
export type Section = 'accounts' | 'addresses' | 'contracts';

export type AppsEntryView =
  | {
      readonly status: 'listed';
      readonly section: Section;
      /**
       * The bytes Apps lists the entry by, as 0x hex: decodeAddress of its address (ui-keyring
       * getAddress, Keyring.ts L165-181). The public key, but the blake2 hash of an ecdsa key, the H160
       * of an ethereum key and of every key on an ethereum keyring, an address entry's hex as stored.
       */
      readonly publicKey: string;
      /**
       * ss58 at prefix 42; the checksummed H160 for an ethereum key, and for every key on an ethereum
       * keyring; an address entry's hex that is not 32 bytes as it is stored.
       */
      readonly address: string;
      readonly name?: string;
      readonly role?: AccountRole;
      readonly holdsSecret?: boolean;
      /** The key ui-keyring re-saves the entry under (it writes every loaded entry back). */
      readonly savedUnder: string;
    }
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'not-listed'; readonly reason: string }
  | { readonly status: 'hidden'; readonly reason: string }
  | { readonly status: 'removed'; readonly reason: string }
  | { readonly status: 'absent' }
  | { readonly status: 'ignored' };

export interface AppsViewOptions {
  /** The chain Apps is connected to (loadAll's genesisHash); none: every entry is allowed. */
  readonly genesisHash?: string;
  /**
   * loadAll's genesisHashAdd: further chains whose entries are allowed. Apps passes the relay
   * chain's genesis on a system parachain (paraId < 2000), else none (react-api Api.tsx loadOnReady).
   */
  readonly genesisHashAdd?: readonly string[];
  /**
   * The keyring type loadAll was given: Apps passes 'ed25519', or 'ethereum' on Ethereum chains.
   * It is the type of an entry whose encoding names none, and on 'ethereum' it also encodes every
   * address as an H160 (keyring.ts encodeAddress L246-250), so each entry is re-saved under that.
   */
  readonly keyringType?: 'sr25519' | 'ed25519' | 'ecdsa' | 'ethereum';
  /** Milliseconds since the epoch, for ui-keyring's "recent address" expiry. */
  readonly now?: number;
}

const KEY_TYPES = ['ed25519', 'sr25519', 'ecdsa', 'ethereum'];
/** ui-keyring Keyring.ts RECENT_EXPIRY = 24 * 60 * 60, compared with Date.now() differences: milliseconds, so 86.4 s. */
const RECENT_EXPIRY = 24 * 60 * 60;

class Skip extends Error {}

function fail(reason: string): never {
  throw new Skip(reason);
}

/** keyring.ts encodeAddress (L246-250): an H160 on an ethereum keyring, else ss58 (here at prefix 42). */
function keyringEncode(bytes: Uint8Array, options: AppsViewOptions): string {
  return options.keyringType === 'ethereum' ? ethereumEncode(bytes) : encodeAddress(bytes, 42);
}

/** pair/index.ts TYPE_ADDRESS and the pair's address (L43-48, L113-119): an ethereum key's H160, else the keyring's encoding. */
function pairAddress(publicKey: Uint8Array, type: string, options: AppsViewOptions): string {
  if (type === 'ethereum') return ethereumEncode(publicKey.length === 20 ? publicKey : keccakAsU8a(secp256k1Expand(publicKey)));
  return keyringEncode(type === 'ecdsa' && publicKey.length > 32 ? blake2AsU8a(publicKey) : publicKey, options);
}

/** ui-keyring defaults.ts accountKey/addressKey/contractKey: the prefix and the hex of decodeAddress(address). */
function storageKey(prefix: string, address: string): string {
  return `${prefix}${listedBy(address)}`;
}

/** getAddress (Keyring.ts L165-181): a listed entry's publicKey is decodeAddress of its address. */
function listedBy(address: string): string {
  return u8aToHex(decodeAddress(address, true));
}

function decode(address: unknown, ignoreChecksum: boolean): Uint8Array {
  if (typeof address !== 'string' || address === '') fail('no address');
  try {
    return decodeAddress(address, ignoreChecksum);
  } catch {
    fail('address does not decode');
  }
}

function meta(json: Record<string, unknown> | undefined): Record<string, unknown> {
  // `json.meta.x` on a missing meta throws TypeError inside loadAll's try.
  const value = json?.meta;
  if (value === undefined || value === null) fail('no meta');
  return (asObject(value) ?? {}) as Record<string, unknown>;
}

function loadAccount(value: unknown, options: AppsViewOptions): AppsEntryView {
  const json = asObject(value);
  const m = meta(json);
  if (m.isTesting || !json?.encoded) return { status: 'not-listed', reason: m.isTesting ? 'meta.isTesting (development account)' : 'no encoded field' };
  // keyring.createFromJson
  const encoding = json.encoding;
  if (encoding === undefined || encoding === null) fail('no encoding');
  const { content, version } = encoding as { content?: unknown; version?: unknown };
  if (version === '3' && (content as unknown[] | undefined)?.[0] !== 'pkcs8') {
    if (content === undefined || content === null) fail('no encoding.content');
    fail('encoding.content is not pkcs8');
  }
  const type = version === '0' || !Array.isArray(content) ? (options.keyringType ?? 'ed25519') : content[1];
  if (typeof type !== 'string' || !KEY_TYPES.includes(type)) fail('unknown key type');
  const publicKey = isHex(json.address) ? hexToU8a(json.address) : decode(json.address, true);
  if (!isHex(json.encoded)) {
    // createFromJson's base64Decode (util-crypto 14.0.3 base64/bs64.ts): strict, padding bits included.
    try {
      base64Decode(json.encoded as string);
    } catch {
      fail('encoded is not base64');
    }
  }
  let address: string;
  try {
    address = pairAddress(publicKey, type, options);
  } catch {
    fail('public key does not fit the key type');
  }
  const name = entryName(value);
  return {
    status: 'listed',
    section: 'accounts',
    publicKey: listedBy(address),
    address,
    ...(name !== undefined ? { name } : {}),
    role: accountRole(value),
    holdsSecret: holdsSecret(value),
    savedUnder: storageKey('account:', address),
  };
}

function loadAddress(value: unknown, options: AppsViewOptions): AppsEntryView {
  const json = asObject(value);
  const m = meta(json);
  // `const { isRecent, whenCreated = 0 } = json.meta` and `Date.now() - whenCreated`: JavaScript's coercion, kept.
  const whenCreated = m.whenCreated === undefined ? 0 : Number(m.whenCreated);
  if (m.isRecent && (options.now ?? Date.now()) - whenCreated > RECENT_EXPIRY) return { status: 'removed', reason: 'a "recent" address older than 86.4 s' };
  const raw = json?.address;
  // Keyring.ts L239-249: hex that is not 32 bytes is kept as it is (an H160 or a full public key);
  // anything else is the keyring's encoding of the bytes.
  const bytes = isHex(raw) ? hexToU8a(raw) : decode(raw, true);
  const address = isHex(raw) && raw.length !== 66 ? raw : keyringEncode(bytes, options);
  const name = entryName(value);
  return {
    status: 'listed',
    section: 'addresses',
    publicKey: listedBy(address),
    address,
    ...(name !== undefined ? { name } : {}),
    savedUnder: storageKey('address:', address),
  };
}

function loadContract(value: unknown, options: AppsViewOptions): AppsEntryView {
  const json = asObject(value);
  const bytes = decode(json?.address, false);
  const m = meta(json);
  const address = keyringEncode(bytes, options);
  // getContracts (Keyring.ts L197-207) lists a contract only with a meta.contract whose genesisHash is the connected chain.
  const contract = asObject(m.contract);
  if (contract === undefined || contract.genesisHash !== options.genesisHash)
    return { status: 'not-listed', reason: contract === undefined ? 'no meta.contract' : 'meta.contract.genesisHash is not the connected chain' };
  const name = entryName(value);
  return {
    status: 'listed',
    section: 'contracts',
    publicKey: listedBy(address),
    address,
    ...(name !== undefined ? { name } : {}),
    savedUnder: storageKey('contract:', address),
  };
}

/** ui-settings defaults/chains.ts: the genesis hashes of each selectable network (a network may have several). */
const CHAINS: readonly (readonly string[])[] = selectableNetworks.filter((n) => n.genesisHash.length).map((n) => n.genesisHash);

/**
 * ui-keyring Keyring.ts allowGenesis (L279-293): an entry tied to a chain that is neither the
 * connected one (or another genesis of its network) nor in genesisHashAdd (Base.ts genesisHashes
 * L72-76) is not loaded.
 */
function allowGenesis(value: unknown, options: AppsViewOptions): boolean {
  const json = asObject(value);
  const m = json?.meta as Record<string, unknown> | undefined;
  if (!m || !options.genesisHash) return true;
  const hashes = CHAINS.find((h) => h.includes(options.genesisHash as string)) ?? [options.genesisHash];
  const genesisHashes = [options.genesisHash, ...(options.genesisHashAdd ?? [])];
  if (m.genesisHash) return hashes.includes(m.genesisHash as string) || genesisHashes.includes(m.genesisHash as string);
  if (m.contract) return hashes.includes((m.contract as Record<string, unknown>).genesisHash as string);
  return true;
}

export function appsEntryView(key: string, raw: string | undefined, options: AppsViewOptions = {}): AppsEntryView {
  const kind: EntryKind = entryKind(key);
  if (kind !== 'account' && kind !== 'address' && kind !== 'contract') return { status: 'ignored' };
  if (raw === undefined) return { status: 'absent' };
  const value = storeValue(raw);
  if (!allowGenesis(value, options)) return { status: 'hidden', reason: 'meta.genesisHash is another chain' };
  try {
    if (kind === 'account') return loadAccount(value, options);
    if (kind === 'address') return loadAddress(value, options);
    return loadContract(value, options);
  } catch (error) {
    if (error instanceof Skip) {
      const invalid = typeof value === 'string' ? 'the value is not valid JSON' : undefined;
      return { status: 'skipped', reason: invalid ?? error.message };
    }
    return { status: 'skipped', reason: 'the entry throws while loading' };
  }
}
