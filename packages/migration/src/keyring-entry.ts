import { hexToU8a, u8aEq } from '@polkadot/util';
import { base64Decode } from '@polkadot/util-crypto';

/**
 * What one localStorage key/value pair is to Polkadot-JS Apps.
 * Keys: polkadot-js/ui packages/ui-keyring/src/defaults.ts (accountRegex, addressRegex,
 * contractRegex: the prefix followed by 0x and hex, not anchored at the end); `settings` is
 * @polkadot/ui-settings' store key (packages/ui-settings/src/Settings.ts).
 */
export type EntryKind = 'account' | 'address' | 'contract' | 'settings' | 'other';

const KEYRING_PREFIXES: readonly (readonly [EntryKind, RegExp])[] = [
  ['account', /^account:0x[0-9a-f]*/],
  ['address', /^address:0x[0-9a-f]*/],
  ['contract', /^contract:0x[0-9a-f]*/],
];

export function entryKind(key: string): EntryKind {
  for (const [kind, pattern] of KEYRING_PREFIXES) if (pattern.test(key)) return kind;
  return key === 'settings' ? 'settings' : 'other';
}

export function isKeyringKind(kind: EntryKind): kind is 'account' | 'address' | 'contract' {
  return kind === 'account' || kind === 'address' || kind === 'contract';
}

/**
 * How ui-keyring's BrowserStore reads a value: the `store` package (store@2.0.12
 * src/store-engine.js `_deserialize`): empty or missing -> undefined; JSON.parse, and when that
 * throws, the raw string itself.
 */
export function storeValue(raw: string | undefined): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export function isJsonText(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** PKCS8 header and divider of @polkadot/keyring (polkadot-js/common packages/keyring/src/pair/defaults.ts). */
const PKCS8_DIVIDER = new Uint8Array([161, 35, 3, 33, 0]);
const PKCS8_HEADER_LENGTH = 16;

function encodingTypes(json: Json): string[] {
  const encoding = asObject(json.encoding);
  const type = encoding?.type;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/**
 * Whether a stored account entry holds a secret key, read without any password:
 * - encrypted (`encoding.type` has 'xsalsa20-poly1305'): a secret behind the account password;
 * - clear ('none'): the PKCS8 body is header(16) + secret + divider(5) + public key; an
 *   external/watch-only entry (ui-keyring addExternal -> keyring addFromAddress with an empty
 *   secret) has the divider right after the header.
 */
export function holdsSecret(value: unknown): boolean {
  const json = asObject(value);
  if (json === undefined || typeof json.encoded !== 'string' || json.encoded === '') return false;
  if (encodingTypes(json).includes('xsalsa20-poly1305')) return true;
  let body: Uint8Array;
  try {
    body = /^0x[0-9a-fA-F]*$/.test(json.encoded) ? hexToU8a(json.encoded) : base64Decode(json.encoded);
  } catch {
    return false;
  }
  if (body.length < PKCS8_HEADER_LENGTH + PKCS8_DIVIDER.length) return false;
  return !u8aEq(body.subarray(PKCS8_HEADER_LENGTH, PKCS8_HEADER_LENGTH + PKCS8_DIVIDER.length), PKCS8_DIVIDER);
}

/** What kind of account an entry is, by the meta flags ui-keyring and Apps set (ui-keyring Keyring.ts addExternal/addHardware/addMultisig). */
export type AccountRole = 'in-browser' | 'external' | 'hardware' | 'multisig' | 'proxied' | 'watch-only';

export function accountRole(value: unknown): AccountRole {
  const json = asObject(value);
  const meta = asObject(json?.meta) ?? {};
  if (meta.isHardware) return 'hardware';
  if (meta.isMultisig) return 'multisig';
  if (meta.isProxied) return 'proxied';
  if (meta.isExternal) return 'external';
  return holdsSecret(value) ? 'in-browser' : 'watch-only';
}

/** The name a ui-keyring entry carries (meta.name), when it is a string. */
export function entryName(value: unknown): string | undefined {
  const name = asObject(asObject(value)?.meta)?.name;
  return typeof name === 'string' ? name : undefined;
}

/** The hex after `account:` / `address:` / `contract:`: the public key (or H160, or ecdsa blake2 hash) the key names. */
export function keyHex(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
