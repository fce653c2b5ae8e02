import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nastyTextArb, SEED } from './testing/dump-arbitraries.js';
import { transformRulesHit, wikiLoopString } from './wiki-loop-value.js';

/** The wiki's expression itself, run by V8: the reference the per-character rules must match. */
function wikiExpression(value: string): string {
  return runInNewContext(String.raw`JSON.stringify(v).replace(/\\/g,'').slice(1,-1)`, { v: value }) as string;
}

describe('the loop value: JSON.stringify(v).replace(/\\\\/g,"").slice(1,-1)', () => {
  // Expected values written by hand from JSON.stringify's escapes.
  it.each([
    ['back\\slash', 'backslash', ['T1']],
    ['say "hi"', 'say "hi"', []],
    ['two\nlines', 'twonlines', ['T3']],
    ['tab\there\r', 'tabthere' + 'r', ['T3']],
    ['bell\u0007', 'bellu0007', ['T4']],
    ['lone\ud800', 'loneud800', ['T5']],
    ['😀 Zoë \u2028', '😀 Zoë \u2028', []],
    ['{"name":"a\\"b"}', '{"name":"a"b"}', ['T1']],
    ['{"name":"back\\\\slash"}', '{"name":"backslash"}', ['T1']],
  ])('%j becomes %j', (value, written, rules) => {
    expect(wikiLoopString(value)).toBe(written);
    expect(wikiExpression(value)).toBe(written);
    expect(transformRulesHit(value)).toEqual(rules);
  });

  it('the per-character rules T1-T6 are exactly what the expression does', () => {
    fc.assert(
      fc.property(fc.oneof(nastyTextArb, fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' })), (v) => {
        expect(wikiLoopString(v)).toBe(wikiExpression(v));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('a value is written intact exactly when no rule T1, T3, T4, T5 fires', () => {
    fc.assert(
      fc.property(fc.oneof(nastyTextArb, fc.string({ unit: 'binary' })), (v) => {
        expect(wikiLoopString(v) === v).toBe(transformRulesHit(v).length === 0);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
