import { ClientError } from '@interop/core';

/** One parsed share, the fields of banana-recovery-rust `Share` (src/shares.rs). */
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

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeStrictBase64(text: string): Uint8Array | undefined {
  return BASE64.test(text) ? new Uint8Array(Buffer.from(text, 'base64')) : undefined;
}

/** json-rust `JsonValue::to_string()`: a string as it is, anything else as JSON ("null" when missing). */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
}

function refuse(message: string): never {
  throw new ClientError('E_SHARES', message);
}

/**
 * Reads one share as Vault does, banana-recovery-rust src/shares.rs (`Share::new`): JSON with
 * "v" (1, or absent for the first format), "t" title, "r" required shares, "n" nonce and "d" =
 * base-36 bits char + base64 (v1) or hex (v0) of share id + share data. The error texts are the
 * crate's (src/error.rs).
 */
export function parseBananaShare(text: string): BananaShare {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    refuse('Unable to parse the input as a json object.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) refuse('Unable to parse the input as a json object.');
  const fields = json as Record<string, unknown>;
  let version: 0 | 1;
  if (fields.v === 1) version = 1;
  else if (fields.v === undefined || fields.v === null) version = 0;
  else refuse(`Version ${asText(fields.v)} is not supported.`);
  const required = fields.r;
  if (typeof required !== 'number' || !Number.isInteger(required) || required < 0) refuse(`Required shards value ${asText(required)} has unsupported format.`);
  const data = asText(fields.d);
  const bitsChar = data.charAt(0);
  if (bitsChar === '') refuse('Share contains no data.');
  const bits = Number.parseInt(bitsChar, 36);
  if (Number.isNaN(bits)) refuse(`Unable to parse first data char '${bitsChar}' as a number in radix36 format`);
  if (bits < 3 || bits > 20) refuse(`Bits in share data ${bits} are outside of expected range [3..=20]. Likely the share is damaged.`);
  const rest = data.slice(1);
  let body: Uint8Array | undefined;
  if (version === 1) {
    body = decodeStrictBase64(rest);
    if (body === undefined) refuse('Share with version V1 was expected to have content in base64 format.');
  } else {
    if (!/^(?:[0-9a-fA-F]{2})*$/.test(rest)) refuse('Share with undefined version was expected to have hexadecimal content.');
    body = new Uint8Array(Buffer.from(rest, 'hex'));
  }
  // The id takes as many bytes as 2^bits - 1 needs (1 for the usual 8 bits).
  const idLength = Math.ceil(bits / 8);
  if (body.length < idLength) refuse('Share content is too short to separate share id properly. Likely the share is damaged.');
  let id = 0;
  for (const byte of body.subarray(0, idLength)) id = id * 256 + byte;
  return { version, title: asText(fields.t), required, nonce: asText(fields.n), bits, id, content: body.slice(idLength) };
}
