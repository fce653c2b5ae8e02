/**
 * Every input of one scrypt evaluation, and the implementation that computes it. Scrypt is a pure
 * function of these, so two evaluations with equal inputs by the same implementation give the
 * same bytes: that is what lets a run compute each one once (scrypt-census.ts, shared-scrypt-memo.ts).
 * The implementation is part of the input so that one version's own scrypt bug still shows.
 */
export interface ScryptInput {
  /** The package and exact version that computes it, as loaded in the realm, e.g. `@polkadot/wasm-crypto@7.5.1`. */
  readonly implementation: string;
  readonly password: Uint8Array;
  readonly salt: Uint8Array;
  readonly N: number;
  readonly r: number;
  readonly p: number;
  /** Output length in bytes (wasm-crypto's ext_scrypt always writes 64). */
  readonly dkLen: number;
}

const encoder = new TextEncoder();
const DOMAIN = encoder.encode('interop/scrypt-memo/v1');

function lengthPrefixed(bytes: Uint8Array): Uint8Array[] {
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, bytes.length, true);
  return [length, bytes];
}

/**
 * The memo key of an evaluation: SHA-256 over every input, each length-prefixed (numbers as
 * their exact decimal text), so no two different inputs share a key. `sha256` is the realm's
 * own (node:crypto in workers, @noble/hashes in a page): both are SHA-256 and give the same key.
 */
export function scryptMemoKey(input: ScryptInput, sha256: (data: Uint8Array) => Uint8Array): Uint8Array {
  const parts = [
    DOMAIN,
    ...[
      encoder.encode(input.implementation),
      input.password,
      input.salt,
      ...[input.N, input.r, input.p, input.dkLen].map((n) => encoder.encode(String(n))),
    ].flatMap(lengthPrefixed),
  ];
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return sha256(all);
}

/** A realm's view of the run's scrypt memo. */
export interface RealmScryptMemo {
  /**
   * The output for `input`: served when some realm of the run has computed it, else computed now
   * by `compute` (the realm's own implementation) and kept for the others.
   */
  scrypt(input: ScryptInput, compute: () => Uint8Array): { readonly value: Uint8Array; readonly served: boolean };
}
