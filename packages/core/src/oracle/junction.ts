import { blake2b } from '@noble/hashes/blake2.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { ClientError } from '../client-error.js';
import type { DerivationRules } from './derivation-rules.js';
import { hdkdChainCode } from './hdkd-chain-code.js';
import { scaleText } from './scale.js';

/** One `//hard` or `/soft` step with its 32-byte chain code. */
export interface Junction {
  readonly hard: boolean;
  readonly chainCode: Uint8Array;
}

const U64_MAX = 2n ** 64n - 1n;
const U256_LIMIT = 2n ** 256n;

/** Both rule sets end the same way: up to 32 bytes are zero-padded, longer input is blake2b-256 hashed. */
function toChainCode(data: Uint8Array): Uint8Array {
  if (data.length > 32) return blake2b(data, { dkLen: 32 });
  const code = new Uint8Array(32);
  code.set(data);
  return code;
}

function littleEndian(n: bigint, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let v = n;
  for (let i = 0; i < bytes; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/**
 * sp-core: Rust's `str::parse::<u64>` (ASCII digits with an optional leading '+', no overflow)
 * gives the SCALE u64 (8 bytes LE); anything else is SCALE text.
 */
function spCoreData(code: string): Uint8Array {
  if (/^\+?[0-9]+$/.test(code)) {
    const n = BigInt(code);
    if (n <= U64_MAX) return littleEndian(n, 8);
  }
  return scaleText(code);
}

/**
 * util-crypto: `/^\d+$/` is a number written as 32 bytes LE (bnToU8a with 256 bits, which throws
 * above 2^256-1); an even-length `0x…` (or `0x` alone) is raw bytes (isHex + hexToU8a); anything
 * else is SCALE text.
 */
function utilCryptoData(code: string): Uint8Array {
  if (/^\d+$/.test(code)) {
    const n = BigInt(code);
    if (n >= U256_LIMIT) throw new ClientError('E_PATH_INVALID', `junction ${code.slice(0, 12)}… does not fit 256 bits (util-crypto bnToU8a)`);
    return littleEndian(n, 32);
  }
  if (code === '0x' || (/^0x[0-9a-fA-F]+$/.test(code) && code.length % 2 === 0)) return hexToBytes(code.slice(2));
  return scaleText(code);
}

/** The junctions of a derivation path (`//a/b//c`, no password), by the given rule set (hdkd-helpers parseDerivations.ts splits alike). */
export function junctionsOf(path: string, rules: Pick<DerivationRules, 'junctions'>): Junction[] {
  const out: Junction[] = [];
  // Both split the same way: util-crypto RE_JUNCTION /\/(\/?)([^/]+)/g, sp-core JUNCTION_REGEX /(/?[^/]+).
  for (const match of path.matchAll(/\/(\/?)([^/]+)/gu)) {
    const hard = match[1] === '/';
    const code = match[2] ?? '';
    if (rules.junctions === 'hdkd') {
      out.push({ hard, chainCode: hdkdChainCode(code) });
      continue;
    }
    const data = rules.junctions === 'sp-core' ? spCoreData(code) : utilCryptoData(code);
    out.push({ hard, chainCode: toChainCode(data) });
  }
  return out;
}
