import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_SAMPLES, hostileTextArb, nameArb, passwordArb, typeable } from './hostile-text.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);
const RUNS = 1000;

/** The kinds of text that broke wallets before (see FIELD-NOTES: the wiki's localStorage procedure). */
const FEATURES: Readonly<Record<string, (s: string) => boolean>> = {
  'double quote': (s) => s.includes('"'),
  'single quote': (s) => s.includes("'"),
  backslash: (s) => s.includes('\\'),
  newline: (s) => s.includes('\n'),
  emoji: (s) => /\p{Extended_Pictographic}/u.test(s),
  'combining mark': (s) => /\p{M}/u.test(s),
  // U+200E/U+200F marks, U+202A..U+202E embeddings/overrides, U+2066..U+2069 isolates.
  'right-to-left / bidi control': (s) => /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(s),
  'very long (>= 1000 UTF-16 units)': (s) => s.length >= 1000,
};

describe.each([
  ['nameArb', nameArb],
  ['passwordArb', passwordArb],
])('%s', (_label, arb) => {
  const sample = fc.sample(arb, { seed: SEED, numRuns: RUNS });

  it.each(Object.keys(FEATURES))('contains %s in at least 1% of values', (feature) => {
    const test = FEATURES[feature] as (s: string) => boolean;
    const hits = sample.filter(test).length;
    expect(hits / RUNS).toBeGreaterThanOrEqual(0.01);
  });

  it('also gives plain values (hostile text is mixed with ordinary text)', () => {
    expect(sample.some((s) => /^[A-Za-z0-9 ]+$/.test(s))).toBe(true);
  });

  it('stays within ~4 KiB', () => {
    expect(Math.max(...sample.map((s) => s.length))).toBeLessThanOrEqual(4096);
  });

  it('is text a field can hold: no surrogate without its other half', () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(sample.filter((s) => lone.test(s)).map((s) => JSON.stringify(s.slice(-8)))).toEqual([]);
  });
});

describe('typeable', () => {
  it('replaces a lone surrogate as an encoder does and keeps pairs', () => {
    expect(typeable('ab\uD83D')).toBe('ab\uFFFD');
    expect(typeable('\uDE00x')).toBe('\uFFFDx');
    expect(typeable('\uD83D\uDE00')).toBe('\uD83D\uDE00');
  });
});

describe('passwordArb', () => {
  it('never gives an empty password (that would be an unencrypted keystore)', () => {
    fc.assert(
      fc.property(passwordArb, (p) => p.length > 0),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('hostileTextArb', () => {
  it('honours minLength', () => {
    fc.assert(
      fc.property(hostileTextArb({ minLength: 3 }), (s) => s.length >= 3),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('uses every hand-picked hostile sample', () => {
    const sample = fc.sample(nameArb, { seed: SEED, numRuns: 2000 });
    const missing = HOSTILE_SAMPLES.filter((h) => !sample.some((s) => s.includes(h)));
    expect(missing).toEqual([]);
  });
});
