import { describe, expect, it } from 'vitest';
import { ARTIFACT_KINDS } from './artifact.js';
import { isMethod, METHOD_ARTIFACT, METHOD_DESCRIPTIONS, METHODS } from './method.js';
import { isFailing, type Outcome } from './outcome.js';

describe('methods and artifacts', () => {
  it('every artifact kind is produced by some backup method, and every method is described', () => {
    expect(new Set(Object.values(METHOD_ARTIFACT))).toEqual(new Set(ARTIFACT_KINDS));
    for (const m of METHODS) expect(METHOD_DESCRIPTIONS[m].length).toBeGreaterThan(5);
    expect(isMethod('json')).toBe(true);
    expect(isMethod('JSON')).toBe(false);
  });
});

describe('isFailing', () => {
  it.each([
    [{ status: 'pass' }, false],
    [{ status: 'unsupported', reason: 'no ecdsa' }, false],
    [{ status: 'fail', expected: 'a', actual: 'b', reason: 'different address' }, true],
    [{ status: 'error', code: 'E_TIMEOUT', message: 'late' }, true],
    [{ status: 'known-divergence', reason: 'r', source: 'apps#3717', stillDiverges: true }, false],
    // A documented divergence that no longer diverges means the table is stale: red.
    [{ status: 'known-divergence', reason: 'r', source: 'apps#3717', stillDiverges: false }, true],
  ] as [Outcome, boolean][])('%j -> %s', (outcome, failing) => {
    expect(isFailing(outcome)).toBe(failing);
  });
});
