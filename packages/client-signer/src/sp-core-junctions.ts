import { compactAddLength, stringToU8a } from '@polkadot/util';
import { DeriveJunction } from '@polkadot/util-crypto/key/DeriveJunction';

const U64_MAX = 2n ** 64n - 1n;

/**
 * The chain-code bytes of one junction as sp-core computes them (primitives/core/src/crypto.rs,
 * `impl From<&str> for DeriveJunction`; the legacy Signer shipped a copy of it, react-native-substrate-sign
 * 1.1.1 rust/signer/src/sr25519.rs:141-195): text that Rust's `str::parse::<u64>` accepts (digits
 * with an optional leading '+', at most 2^64-1) is a SCALE u64 (8 bytes little-endian); anything
 * else is a SCALE string (compact length + UTF-8). `DeriveJunction.soft` then pads to 32 bytes or
 * hashes longer input with blake2-256, as `DeriveJunction::soft` does.
 *
 * This is where Vault and polkadot-js differ: util-crypto's DeriveJunction.from treats a `0x…`
 * junction as raw hex bytes and any run of digits as a 256-bit number, and does not accept '+'.
 */
function spCoreCode(code: string): Uint8Array {
  if (/^\+?[0-9]+$/.test(code)) {
    const n = BigInt(code);
    if (n <= U64_MAX) {
      const bytes = new Uint8Array(8);
      new DataView(bytes.buffer).setBigUint64(0, n, true);
      return bytes;
    }
  }
  return compactAddLength(stringToU8a(code));
}

/** The junctions of a path already checked by the path rules: `//hard` and `/soft` pieces. */
export function spCoreJunctions(path: string): DeriveJunction[] {
  const junctions: DeriveJunction[] = [];
  // sp-core JUNCTION_REGEX `/(/?[^/]+)`
  for (const match of path.matchAll(/\/(\/?[^/]+)/gu)) {
    const text = match[1] ?? '';
    const hard = text.startsWith('/');
    const junction = new DeriveJunction().soft(spCoreCode(hard ? text.slice(1) : text));
    junctions.push(hard ? junction.harden() : junction);
  }
  return junctions;
}
