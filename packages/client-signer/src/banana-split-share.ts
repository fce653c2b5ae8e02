import { BANANA_RULES } from './banana-split-rules.js';
import { refuseBy } from './rule-refusal.js';

/** One parsed share, the fields of banana-recovery-rust `Share` (src/shares.rs 26-34). */
export interface BananaShare {
  /** 1, or 0 for the first format whose JSON had no "v". */
  readonly version: 0 | 1;
  readonly title: string;
  readonly required: number;
  /** The nonce as written (base64), compared as text across shares. */
  readonly nonce: string;
  /** Bits of the Galois field, from the first char of "d" in base 36. */
  readonly bits: number;
  readonly id: number;
  readonly content: Uint8Array;
}

const BASE64_ALPHABET = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Standard base64 as the `base64` 0.21 crate's STANDARD engine decodes it: padding required and
 * canonical, no bits left over in the last character (so "QR==" is refused, "QQ==" is not).
 */
export function decodeStrictBase64(text: string): Uint8Array | undefined {
  if (!BASE64_ALPHABET.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? new Uint8Array(bytes) : undefined;
}

/** json-rust `JsonValue` Display: a string as it is, anything else as JSON, a missing field "null". */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
}

function refuse(rule: (typeof BANANA_RULES)[keyof typeof BANANA_RULES], words?: string): never {
  throw refuseBy(rule, 'E_SHARES', words);
}

/**
 * Reads one share as Vault does, banana-recovery-rust `Share::new` (src/shares.rs 49-148): JSON
 * whose "v" is 1 (or absent), "t" title, "r" required shares, "n" nonce and "d" = base-36 bits
 * char + base64 (v1) or hex (first format) of share id + share data. A JSON value that is not an
 * object reads as an object with no fields, as json-rust indexes it. Refusals carry the crate's
 * text and never share data.
 */
export function parseBananaShare(text: string): BananaShare {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    refuse(BANANA_RULES.notJson);
  }
  const fields = (typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {}) as Record<string, unknown>;
  let version: 0 | 1;
  if (fields.v === 1) version = 1;
  else if (fields.v === undefined || fields.v === null) version = 0;
  else refuse(BANANA_RULES.version, BANANA_RULES.version.message.replace('{v}', asText(fields.v)));
  const required = fields.r;
  // usize parsing of the number's text: a non-negative integer (and one a JS number holds exactly)
  if (typeof required !== 'number' || !Number.isSafeInteger(required) || required < 0) {
    refuse(BANANA_RULES.required, BANANA_RULES.required.message.replace('{r}', asText(required)));
  }
  const data = asText(fields.d);
  const chars = [...data];
  const bitsChar = chars[0];
  if (bitsChar === undefined) refuse(BANANA_RULES.emptyShare);
  // Rust `char::to_digit(36)`: ASCII digits and letters only
  const bits = /^[0-9A-Za-z]$/.test(bitsChar) ? Number.parseInt(bitsChar, 36) : Number.NaN;
  if (Number.isNaN(bits)) refuse(BANANA_RULES.bitsChar, BANANA_RULES.bitsChar.message.replace('{c}', bitsChar));
  if (bits < 3 || bits > 20) refuse(BANANA_RULES.bitsRange, BANANA_RULES.bitsRange.message.replace('{b}', String(bits)));
  const rest = chars.slice(1).join('');
  let body: Uint8Array | undefined;
  if (version === 1) {
    body = decodeStrictBase64(rest);
    if (body === undefined) refuse(BANANA_RULES.bodyBase64);
  } else {
    if (!/^(?:[0-9a-fA-F]{2})*$/.test(rest)) refuse(BANANA_RULES.bodyHex);
    body = new Uint8Array(Buffer.from(rest, 'hex'));
  }
  // The id takes as many bytes as 2^bits - 1 needs, big-endian.
  const idLength = Math.ceil(bits / 8);
  if (body.length < idLength) refuse(BANANA_RULES.shareId);
  let id = 0;
  for (const byte of body.subarray(0, idLength)) id = id * 256 + byte;
  return { version, title: asText(fields.t), required, nonce: asText(fields.n), bits, id, content: body.slice(idLength) };
}
