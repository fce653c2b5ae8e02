import { BANANA_RULES } from './banana-split-rules.js';
import { refuseBy } from './rule-refusal.js';

/**
 * Primitive polynomials of GF(2^n) for n = 3..20, the table banana-recovery-rust takes from
 * secrets.js (src/shares.rs lines 392-411 at the pinned commit).
 */
const PRIMITIVE_POLYNOMIALS: readonly number[] = [3, 3, 5, 3, 3, 29, 17, 9, 5, 83, 27, 43, 3, 45, 9, 39, 39, 9];

/** Logarithms and exponents of GF(2^bits); `logs[0]` is undefined, as 0 has no logarithm. */
export interface GaloisField {
  readonly bits: number;
  readonly logs: readonly (number | undefined)[];
  readonly exps: readonly number[];
}

const FIELDS = new Map<number, GaloisField>();

/** The field of `bits` (3..20), built as the crate's `generate_logs_and_exps` does (src/shares.rs 426-450). */
export function galoisField(bits: number): GaloisField {
  let field = FIELDS.get(bits);
  if (field === undefined) {
    if (!Number.isInteger(bits) || bits < 3 || bits > 20) throw new RangeError(`no field of ${bits} bits`);
    const size = 2 ** bits;
    const logs = new Array<number | undefined>(size).fill(undefined);
    const exps = new Array<number>(size);
    const polynomial = PRIMITIVE_POLYNOMIALS[bits - 3]!;
    let x = 1;
    for (let i = 0; i < size; i++) {
      exps[i] = x;
      if (logs[x] === undefined) logs[x] = i;
      x <<= 1;
      if (x >= size) {
        x ^= polynomial;
        x &= size - 1;
      }
    }
    field = { bits, logs, exps };
    FIELDS.set(bits, field);
  }
  return field;
}

/** Evaluates the polynomial `coefficients` (constant first) at `x` by Horner's method (src/encrypt.rs 139-153). */
export function hornerAt(field: GaloisField, x: number, coefficients: readonly number[]): number {
  const logX = field.logs[x];
  if (logX === undefined) throw new RangeError('x must be a non-zero field element');
  const order = 2 ** field.bits - 1;
  let fx = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) {
    const c = coefficients[i]!;
    fx = fx === 0 ? c : field.exps[(logX + field.logs[fx]!) % order]! ^ c;
  }
  return fx;
}

/**
 * Lagrange interpolation at 0 of the points (x[i], y[i]), as the crate's `lagrange`
 * (src/shares.rs 457-494): a value outside the field is refused with the crate's text, in the
 * order the crate meets it; an id of 0, on which the crate panics, is refused too.
 */
export function lagrangeAtZero(field: GaloisField, x: readonly number[], y: readonly number[]): number {
  const size = 2 ** field.bits;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const yi = y[i]!;
    if (yi >= size) throw refuseBy(BANANA_RULES.logRange, 'E_SHARES', BANANA_RULES.logRange.message.replace('{n}', String(yi)));
    const logY = field.logs[yi];
    if (logY === undefined) continue; // y = 0 adds nothing
    let product = logY;
    for (let j = 0; j < x.length; j++) {
      if (i === j) continue;
      const xj = x[j]!;
      if (xj >= size) throw refuseBy(BANANA_RULES.logRange, 'E_SHARES', BANANA_RULES.logRange.message.replace('{n}', String(xj)));
      const p1 = field.logs[xj];
      if (p1 === undefined) throw refuseBy(BANANA_RULES.idZero, 'E_SHARES', 'a share id of 0 is not in the field (Vault itself panics on it)');
      const diff = x[i]! ^ xj;
      if (diff >= size) throw refuseBy(BANANA_RULES.logRange, 'E_SHARES', BANANA_RULES.logRange.message.replace('{n}', String(diff)));
      product = (size - 1 + product + p1 - field.logs[diff]!) % (size - 1);
    }
    sum ^= field.exps[product]!;
  }
  return sum;
}
