import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AccountSpec, DEV_PHRASE } from '@interop/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { CellResult } from '../cell-result.js';
import { saveCounterexample } from './save-counterexample.js';

const dir = mkdtempSync(join(tmpdir(), 'interop-save-ce-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'sr25519', name: 'n', password: 'generated-pw' };

function cell(outcome: CellResult['outcome']): CellResult {
  return {
    source: 'fake-a@1',
    method: 'phrase',
    target: 'fake-b@1',
    type: 'sr25519',
    outcome,
    runs: 1,
    counts: { match: 0, diverged: 0, failed: 1 },
    counterexample: { spec, expected: 'no error', actual: 'restore: boom', seed: 1 },
    durationMs: 1,
  };
}

describe('saveCounterexample', () => {
  it.each(['E_TIMEOUT', 'E_WORKER_CRASHED'] as const)('an infrastructure %s is never saved as a counterexample', (code) => {
    const sub = mkdtempSync(join(dir, 'infra-'));
    expect(saveCounterexample(sub, cell({ status: 'error', code, message: 'slow machine' }), 1)).toBeUndefined();
    expect(readdirSync(sub)).toEqual([]);
  });

  it('a fail and a harness bug (E_INTERNAL) are saved: they replay', () => {
    const sub = mkdtempSync(join(dir, 'kept-'));
    const failed = saveCounterexample(sub, cell({ status: 'fail', expected: 'a', actual: 'b', reason: 'differs' }), 1);
    const internal = saveCounterexample(sub, cell({ status: 'error', code: 'E_INTERNAL', message: 'bug' }), 1);
    expect(failed).toBeDefined();
    expect(internal).toBeDefined();
    expect(readdirSync(sub)).toHaveLength(1); // same spec, same cell: one file
  });
});
