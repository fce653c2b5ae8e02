import { launchAppsBrowserProfile } from '@interop/client-apps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predictMigration } from '../migration-model.js';
import { toDump } from '../testing/dump-arbitraries.js';
import type { BrowserComputer, LaunchComputer } from './browser-computer.js';
import { compareWithModel, predictionFor } from './compare-with-model.js';
import { runWikiProcedureOn } from './run-wiki-procedure.js';

/**
 * Step 3 of the wiki procedure, `JSON.stringify(localStorage)`, in real Chromium: a `__proto__`
 * key makes it throw (rule D1), keys named like a prototype member are left out of the dump
 * (rule D2). Before these rules `migrate verify` ended in E_INTERNAL with the page's stack
 * (issue 16) and `migrate plan` predicted a completed procedure.
 */
const launch = launchAppsBrowserProfile as unknown as LaunchComputer;
let oldComputer: BrowserComputer;
let newComputer: BrowserComputer;

beforeAll(async () => {
  [oldComputer, newComputer] = await Promise.all([launch(), launch()]);
});
afterAll(async () => {
  await Promise.allSettled([oldComputer?.close(), newComputer?.close()]);
});

const NEW = toDump([['custom', 'kept']]);

describe("Chromium's JSON.stringify(localStorage)", () => {
  it('throws TypeError for a __proto__ key: nothing to copy, nothing written (D1), as the model predicts', async () => {
    const old = toDump([
      ['types', '{}'],
      ['__proto__', '{"x":1}'],
    ]);
    const run = await runWikiProcedureOn(oldComputer, newComputer, old, NEW);
    expect(run.dumpError).toEqual({ name: 'TypeError' });
    // Apps wrote its settings on load; apart from that the new computer is as it was.
    expect(run.newAfterSnippet).toStrictEqual(run.newBefore);
    expect(run.newBefore).toMatchObject(NEW);
    expect(predictMigration({ old: run.oldStorage, new: run.newBefore }).procedure).toMatchObject({ status: 'failed', stage: 'dump', rules: ['D1', 'K1'] });
    expect(compareWithModel(run, predictionFor(run))).toEqual([]);
  });

  it('leaves out keys named like a Storage or Object prototype member (D2): they are not copied', async () => {
    const old = toDump([
      ['types', '{}'],
      ['length', 'a'],
      ['getItem', 'b'],
      ['toString', 'c'],
      ['hasOwnProperty', 'd'],
    ]);
    const run = await runWikiProcedureOn(oldComputer, newComputer, old, NEW, { variant: 'literal' });
    expect(run.dumpError).toBeUndefined();
    const dumped = Object.keys(JSON.parse(run.dumpString) as object);
    expect(dumped).toContain('types');
    for (const key of ['length', 'getItem', 'toString', 'hasOwnProperty']) {
      expect(dumped).not.toContain(key);
      expect(Object.hasOwn(run.oldStorage, key), key).toBe(true);
      expect(Object.hasOwn(run.newAfterSnippet, key), key).toBe(false);
    }
    // The model, given only what both computers held (not the browser's dump string), predicts the same.
    const predicted = predictMigration({ old: run.oldStorage, new: run.newBefore });
    expect(predicted.procedure).toEqual({ status: 'completed', rules: ['D2', 'P1', 'L2'] });
    expect({ ...predicted.result }).toStrictEqual(run.newAfterSnippet);
  });
});
