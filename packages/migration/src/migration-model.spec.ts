import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPY_VARIANT_IDS, pastedText } from './copy-variants.js';
import { predictMigration } from './migration-model.js';
import { RULES } from './migration-rules.js';
import { dumpPairArb, SEED, toDump } from './testing/dump-arbitraries.js';
import { exampleDump } from './testing/example-dumps.js';
import { runWikiProcedureInVm } from './testing/wiki-procedure-in-vm.js';

/** The model against the wiki's text executed by V8 (Node vm, Map-backed localStorage). */
function procedureOf(run: ReturnType<typeof runWikiProcedureInVm>): string {
  if (run.pasteError) return `paste ${run.pasteError}`;
  if (run.loopError) return run.loopError === 'SyntaxError' ? 'parse SyntaxError' : `loop ${run.loopError}`;
  return 'completed';
}

describe('the model predicts the wiki procedure key for key (V8 in a Node vm)', () => {
  it.each(COPY_VARIANT_IDS)('over generated dumps, copy variant %s', (variant) => {
    fc.assert(
      fc.property(dumpPairArb, ({ old, new: neu }) => {
        // The VM's dump is a plain object's JSON.stringify; Chromium's own dump step (D1, D2) is checked in chromium/.
        const prediction = predictMigration({ old, new: neu, variant, dumpString: JSON.stringify(old) });
        const run = runWikiProcedureInVm(neu, pastedText(JSON.stringify(old), variant));
        if (prediction.procedure.status === 'runs-code') return; // P3: not predicted
        const p = prediction.procedure;
        expect(procedureOf(run)).toBe(p.status === 'completed' ? 'completed' : `${p.stage} ${p.error}`);
        expect(run.result).toStrictEqual({ ...prediction.result });
        expect(Object.keys(run.result).sort()).toEqual(Object.keys(prediction.result).sort());
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the example dumps, as saved, pasted exactly as the files hold them', () => {
    const old = exampleDump('hostile-names', 'old');
    const neu = exampleDump('hostile-names', 'new');
    const prediction = predictMigration({ old, new: neu });
    const run = runWikiProcedureInVm(neu, pastedText(JSON.stringify(old), 'literal'));
    expect(run.pasteError).toBeUndefined();
    expect(run.result).toStrictEqual({ ...prediction.result });
  });

  it('hand-made cases reach the loop rules: a key named hasOwnProperty (L1), index-like keys first', () => {
    const old = toDump([
      ['b', 'x'],
      ['hasOwnProperty', 'y'],
    ]);
    const p = predictMigration({ old, new: {}, dumpString: JSON.stringify(old) });
    expect(p.procedure).toMatchObject({ status: 'failed', stage: 'loop', error: 'TypeError' });
    expect(procedureOf(runWikiProcedureInVm({}, pastedText(JSON.stringify(old), 'literal')))).toBe('loop TypeError');
    const ordered = predictMigration({
      old: toDump([
        ['b', '1'],
        ['10', '2'],
        ['2', '3'],
      ]),
      new: {},
    });
    expect(ordered.writes).toEqual(['2', '10', 'b']);
  });

  it("Chromium's dump step: a __proto__ key makes it throw (D1); a key named like a prototype member is left out (D2)", () => {
    const proto = toDump([
      ['a', '1'],
      ['__proto__', '{"x":1}'],
    ]);
    expect(predictMigration({ old: proto, new: { b: '2' } })).toMatchObject({
      procedure: { status: 'failed', stage: 'dump', error: 'TypeError', rules: ['D1', 'K1'] },
      result: { b: '2' },
      writes: [],
    });
    const shadowed = toDump([
      ['a', '1'],
      ['hasOwnProperty', 'y'],
      ['length', 'z'],
    ]);
    const p = predictMigration({ old: shadowed, new: {} });
    expect(p.procedure).toEqual({ status: 'completed', rules: ['D2', 'P1', 'L2'] });
    expect(p.result).toEqual({ a: '1' });
  });

  it('raw contents between tick marks decode an escape once more (P4, J2): `a\\u0041` arrives as `aA`', () => {
    // The stored value is a, backslash, u0041. JSON.stringify doubles the backslash; the console's
    // string literal undoes that; JSON.parse then reads \u0041 as "A"; the loop writes "aA".
    // Pasted as the displayed literal, the loop only drops the backslash: "au0041".
    const old = toDump([['k', 'a\\u0041']]);
    const ticked = predictMigration({ old, new: {}, variant: 'raw-ticked' });
    expect(ticked.procedure).toEqual({ status: 'completed', rules: ['P4', 'J2', 'L2'] });
    expect(ticked.result).toEqual({ k: 'aA' });
    expect(predictMigration({ old, new: {}, variant: 'literal' }).result).toEqual({ k: 'au0041' });
    expect(runWikiProcedureInVm({}, pastedText(JSON.stringify(old), 'raw-ticked')).result).toEqual({ k: 'aA' });
  });

  it('a dump pasted without tick marks is an object literal: JSON.parse("[object Object]") fails (P3, J1)', () => {
    const old = toDump([['account:0x00', '{"a":1}']]);
    const pasted = JSON.stringify(old);
    const p = predictMigration({ old, new: {}, pasted });
    expect(p.procedure).toEqual({ status: 'failed', stage: 'parse', error: 'SyntaxError', rules: ['P3', 'J1', 'K1'] });
    expect(procedureOf(runWikiProcedureInVm({}, pasted))).toBe('parse SyntaxError');
  });

  it('the generated dumps reach the paste, parse and key rules (the properties above are not vacuous)', () => {
    // Its own sample of the same generator and seed as the properties, so it holds when run alone.
    const seenRules = new Set<string>();
    for (const variant of COPY_VARIANT_IDS) {
      for (const { old, new: neu } of fc.sample(dumpPairArb, { seed: SEED, numRuns: 300 })) {
        const prediction = predictMigration({ old, new: neu, variant, dumpString: JSON.stringify(old) });
        for (const r of prediction.procedure.rules) seenRules.add(r);
        for (const k of prediction.keys) seenRules.add(k.rule);
      }
    }
    for (const id of ['P1', 'P2', 'P3', 'P4', 'J1', 'K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8']) expect(seenRules, id).toContain(id);
    for (const id of seenRules) expect(RULES.map((r) => r.id)).toContain(id);
  });
});
