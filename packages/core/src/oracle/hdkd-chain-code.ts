import { ClientError } from '../client-error.js';
import { scaleText } from './scale.js';

const TWO_32 = 2 ** 32;

/**
 * ECMAScript's ToUint32, which DataView's setUint32 applies (scale-ts `u32.enc`): NaN and the
 * infinities are 0, anything else is truncated toward zero and taken modulo 2^32.
 */
function toUint32(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const truncated = Math.trunc(n);
  return ((truncated % TWO_32) + TWO_32) % TWO_32;
}

/**
 * polkadot-api's junction rule (polkadot-labs/hdkd, packages/hdkd-helpers/src/createChainCode.ts
 * at hdkd-helpers-v0.0.30, line 6: `Number.isNaN(+code) ? str.enc(code) : u32.enc(+code)`): any text
 * JavaScript's unary plus reads as a number (decimal with sign, fraction or exponent, `0x`, `0o`,
 * `0b`, surrounding white space, `Infinity`) is that number as a 4-byte little-endian u32,
 * wrapping modulo 2^32; anything else is SCALE text. The bytes are copied into 32 zero bytes and
 * never hashed, so data longer than 32 bytes makes `Uint8Array.set` throw (a refusal here).
 */
export function hdkdChainCode(code: string): Uint8Array {
  const chainCode = new Uint8Array(32);
  const number = Number(code);
  if (!Number.isNaN(number)) {
    new DataView(chainCode.buffer).setUint32(0, toUint32(number), true);
    return chainCode;
  }
  const text = scaleText(code);
  if (text.length > 32) {
    throw new ClientError(
      'E_PATH_INVALID',
      `a junction whose SCALE text is ${text.length} bytes does not fit hdkd-helpers' 32-byte chain code (RangeError: offset is out of bounds)`,
    );
  }
  chainCode.set(text);
  return chainCode;
}
