import fc from 'fast-check';
import { lazyArbitrary } from './lazy-arbitrary.js';

/**
 * Strings that have broken wallets before: quotes of both kinds (the wiki's console snippet),
 * backslashes and escapes (its `.replace(/\\/g,'')`), newlines, emoji, combining marks (NFC vs
 * NFD), bidi controls, and very long values.
 */
export const HOSTILE_SAMPLES: readonly string[] = [
  `"`,
  `'`,
  `it's "quoted"`,
  `back\\slash`,
  `\\n`,
  `line\nbreak`,
  `tab\there`,
  `😀🔑`,
  `e\u0301`,
  `\u00e9`,
  `\u202eevil`,
  `\u200f\u05e9\u05dc\u05d5\u05dd`,
  `{"json":true}`,
  `</script><script>alert(1)</script>`,
  `\u0000nul`,
  ' leading and trailing ',
];

// Built on first use: fc.string({unit: 'binary'}) alone takes about a second to build.
const pieceArb = lazyArbitrary(() =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SAMPLES) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9 ]{1,12}$/) },
  ),
);

/** A surrogate without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text a user can type or paste: a text field holds well-formed UTF-16, so a lone surrogate
 * (from a binary piece, or a cut through a pair) becomes U+FFFD as the browser's encoder makes it.
 * (Left in, a trailing lone surrogate in a 4 KiB password made SubWallet's keyring grow an array
 * until V8 aborted the whole process, seed 828151244: not something its UI can be given.)
 */
export function typeable(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Hostile text made of hostile pieces; sometimes very long (up to ~4 KiB). */
export function hostileTextArb(options: { minLength?: number } = {}): fc.Arbitrary<string> {
  const min = options.minLength ?? 0;
  const joined = fc.array(pieceArb, { minLength: 1, maxLength: 6 }).map((parts) => typeable(parts.join('')));
  const long = fc.tuple(pieceArb, fc.integer({ min: 200, max: 1000 })).map(([p, n]) => typeable((p === '' ? 'x' : p).repeat(n).slice(0, 4096)));
  return fc.oneof({ weight: 9, arbitrary: joined }, { weight: 1, arbitrary: long }).filter((s) => s.length >= min);
}

/**
 * Account names: hostile, never blank — the extension's popup and Apps' Create refuse a name
 * that is empty after trimming (Apps CreateAccountInputs.tsx `!!name.trim()`).
 */
export const nameArb: fc.Arbitrary<string> = hostileTextArb({ minLength: 1 }).filter((s) => s.trim() !== '');

/** Passwords: hostile and never empty (an empty password means an unencrypted keystore). */
export const passwordArb: fc.Arbitrary<string> = hostileTextArb({ minLength: 1 });
