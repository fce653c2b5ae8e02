import { selectableNetworks } from '@polkadot/networks';
import { hexToU8a, isHex, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, decodeAddress, encodeAddress, ethereumEncode, keccakAsU8a, secp256k1Expand } from '@polkadot/util-crypto';
import { type AccountRole, accountRole, asObject, type EntryKind, entryKind, entryName, holdsSecret, storeValue } from './keyring-entry.js';

/**
 * What Polkadot-JS Apps shows for one localStorage entry after a reload: a model of
 * @polkadot/ui-keyring 3.16.7 `loadAll` (polkadot-js/ui packages/ui-keyring/src/Keyring.ts:
 * loadAll, allowGenesis, loadAccount, loadAddress, loadContract) over @polkadot/keyring 14.0.3
 * `createFromJson` (polkadot-js/common packages/keyring/src/keyring.ts).
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
      /** Public key (32/33 bytes) or, for ethereum addresses, the 20-byte H160, as 0x hex. */
      readonly publicKey: string;
      /** ss58 at prefix 42, or the checksummed H160 for ethereum. */
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
  /** The keyring type loadAll was given: Apps passes 'ed25519', or 'ethereum' on Ethereum chains (used when an entry's encoding names none). */
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

/** keyring pair/index.ts TYPE_ADDRESS + encodeAddress: the address a pair of this type and public key shows. */
function pairAddress(publicKey: Uint8Array, type: string): string {
  if (type === 'ethereum') return ethereumEncode(publicKey.length === 20 ? publicKey : keccakAsU8a(secp256k1Expand(publicKey)));
  return encodeAddress(type === 'ecdsa' && publicKey.length > 32 ? blake2AsU8a(publicKey) : publicKey, 42);
}

/** ui-keyring defaults.ts accountKey/addressKey/contractKey: the prefix and the hex of decodeAddress(address). */
function storageKey(prefix: string, address: string): string {
  return `${prefix}${u8aToHex(decodeAddress(address, true))}`;
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
    if (typeof json.encoded !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(json.encoded) || json.encoded.length % 4 !== 0) fail('encoded is not base64');
  }
  let address: string;
  try {
    address = pairAddress(publicKey, type);
  } catch {
    fail('public key does not fit the key type');
  }
  const name = entryName(value);
  return {
    status: 'listed',
    section: 'accounts',
    publicKey: u8aToHex(publicKey),
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
  let bytes: Uint8Array;
  if (isHex(raw) && raw.length !== 66) bytes = hexToU8a(raw);
  else bytes = isHex(raw) ? hexToU8a(raw) : decode(raw, true);
  const name = entryName(value);
  const hex = u8aToHex(bytes);
  return {
    status: 'listed',
    section: 'addresses',
    publicKey: hex,
    address: bytes.length === 20 ? ethereumEncode(bytes) : encodeAddress(bytes, 42),
    ...(name !== undefined ? { name } : {}),
    savedUnder: `address:${hex}`,
  };
}

function loadContract(value: unknown, options: AppsViewOptions): AppsEntryView {
  const json = asObject(value);
  const bytes = decode(json?.address, false);
  const m = meta(json);
  // Keyring.ts getContracts lists only contracts whose meta.contract.genesisHash is the connected chain.
  if (asObject(m.contract)?.genesisHash !== options.genesisHash)
    return { status: 'not-listed', reason: 'meta.contract.genesisHash is not the connected chain' };
  const name = entryName(value);
  const hex = u8aToHex(bytes);
  return {
    status: 'listed',
    section: 'contracts',
    publicKey: hex,
    address: encodeAddress(bytes, 42),
    ...(name !== undefined ? { name } : {}),
    savedUnder: `contract:${hex}`,
  };
}

/** ui-settings defaults/chains.ts: the genesis hashes of each selectable network (a network may have several). */
const CHAINS: readonly (readonly string[])[] = selectableNetworks.filter((n) => n.genesisHash.length).map((n) => n.genesisHash);

/** ui-keyring Keyring.ts allowGenesis: entries tied to another chain are not loaded (apps#3722). */
function allowGenesis(value: unknown, options: AppsViewOptions): boolean {
  const json = asObject(value);
  const m = json?.meta as Record<string, unknown> | undefined;
  if (!m || !options.genesisHash) return true;
  const hashes = CHAINS.find((h) => h.includes(options.genesisHash as string)) ?? [options.genesisHash];
  if (m.genesisHash) return hashes.includes(m.genesisHash as string) || m.genesisHash === options.genesisHash;
  if (m.contract) return hashes.includes((m.contract as Record<string, unknown>).genesisHash as string);
  return true;
}

export function appsEntryView(key: string, raw: string | undefined, options: AppsViewOptions = {}): AppsEntryView {
  const kind: EntryKind = entryKind(key);
  if (kind !== 'account' && kind !== 'address' && kind !== 'contract') return { status: 'ignored' };
  if (raw === undefined) return { status: 'absent' };
  const value = storeValue(raw);
  if (!allowGenesis(value, options)) return { status: 'hidden', reason: 'meta.genesisHash is another chain (apps#3722)' };
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
