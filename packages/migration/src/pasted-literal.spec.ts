import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consoleDisplayedLiteral } from './devtools-literal.js';
import { compiles, evaluatePasted } from './pasted-literal.js';
import { nastyTextArb, SEED } from './testing/dump-arbitraries.js';

describe('evaluatePasted: what `raw = <pasted>` assigns', () => {
  it.each([
    ["'abc'", { kind: 'string', value: 'abc' }],
    ["'it\\'s'", { kind: 'string', value: "it's" }],
    ['"a\\"b"', { kind: 'string', value: 'a"b' }],
    ['\'{"a":"b\\"c"}\'', { kind: 'string', value: '{"a":"b"c"}' }],
    ["'a\\\\b';", { kind: 'string', value: 'a\\b' }],
    ["'\\101\\0'", { kind: 'string', value: 'A\0' }],
    ['`a\r\nb`', { kind: 'string', value: 'a\nb' }],
    ["'it's'", { kind: 'syntax-error' }],
    ["'abc", { kind: 'syntax-error' }],
    ["'a\nb'", { kind: 'syntax-error' }],
    ['`\\1`', { kind: 'syntax-error' }],
    ['{"account:0x00":"{}"}', { kind: 'code', objectLiteral: true }],
    ["'a'+'b'", { kind: 'code', objectLiteral: false }],
  ])('%s', (pasted, expected) => {
    expect(evaluatePasted(pasted)).toEqual(expected);
  });

  const texts = fc.oneof(nastyTextArb, fc.string({ unit: 'binary' }));
  const pastes = fc.oneof(
    texts.map((s) => consoleDisplayedLiteral(s)),
    texts.map((s) => `'${s}'`),
    texts.map((s) => `"${s}"`),
    texts.map((s) => `\`${s}\``),
    texts.map((s) => JSON.stringify(s)),
  );

  it('agrees with V8 on every generated paste', () => {
    fc.assert(
      fc.property(pastes, (pasted) => {
        const predicted = evaluatePasted(pasted);
        const statement = `raw = ${pasted.trim()}`;
        if (predicted.kind === 'syntax-error') expect(compiles(statement)).toBe(false);
        else expect(compiles(statement)).toBe(true);
        if (predicted.kind === 'string') {
          const context = { raw: undefined as unknown };
          runInNewContext(statement, context, { timeout: 1000 });
          expect(context.raw).toBe(predicted.value);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
