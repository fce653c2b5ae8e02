import { describe, expect, it } from 'vitest';
import { fakeFactory } from '../fakes/fake-client.js';
import { runMatrix } from '../run-matrix.js';
import { diffReports } from './diff.js';
import { renderDiffMarkdown } from './diff-markdown.js';
import type { Report, ReportCell } from './report-json.js';
import { reportOf } from './testing/test-report.js';

// Two runs that differ in one client's behaviour only: fake-b restores honestly in the first and
// wrongly in the second. Both support raw-seed and sr25519 only, and only fake-a is a source, so
// of the 8 cells exactly one runs through fake-b's restore: fake-a --raw-seed--> fake-b [sr25519].
const a = fakeFactory({ id: 'fake-a@1', behaviour: 'honest' });
const bHonest = fakeFactory({ id: 'fake-b@1', behaviour: 'honest', methods: ['raw-seed'], types: ['sr25519'] });
const bWrong = fakeFactory({ id: 'fake-b@1', behaviour: 'always-wrong', methods: ['raw-seed'], types: ['sr25519'] });
const selection = { methods: ['raw-seed', 'phrase-path-type'], types: ['sr25519', 'ed25519'], sources: ['fake-a@1'] } as const;
const CHANGED = 'fake-a@1 --raw-seed--> fake-b@1 [sr25519]';

async function run(b: typeof bHonest): Promise<Report> {
  const factories = [a, b];
  return reportOf(await runMatrix({ factories, runs: 3, seed: 8, ...selection, divergences: [] }), factories, selection);
}

function withCell(report: Report, id: string, change: Partial<ReportCell>): Report {
  return { ...report, cells: report.cells.map((c) => (c.id === id ? ({ ...c, ...change } as ReportCell) : c)) };
}

describe('report diff', async () => {
  const before = await run(bHonest);
  const after = await run(bWrong);

  it('on two real runs with one cell changed, names exactly that cell as a new failure and the one flip', () => {
    expect(before.cells).toHaveLength(8);
    const diff = diffReports(before, after);
    expect(diff.newFailures.map((c) => c.id)).toEqual([CHANGED]);
    expect(diff.flips).toEqual([{ id: CHANGED, before: { verdict: 'pass' }, after: { verdict: 'fail', reason: expect.stringContaining('does not match') } }]);
    expect(diff.fixed).toEqual([]);
    expect(diff.capabilityChanges).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.notes).toEqual([]);
    expect(diff.regressions).toBe(1);
    const markdown = renderDiffMarkdown(diff);
    expect(markdown).toContain('RED — 1 regression(s)');
    expect(markdown.match(/fake-a@1 --raw-seed--> fake-b@1/g)).toHaveLength(2); // in new failures and in every flip
  });

  it('the other way round, the same cell is fixed and nothing regressed', () => {
    const diff = diffReports(after, before);
    expect(diff.fixed.map((c) => c.id)).toEqual([CHANGED]);
    expect(diff.newFailures).toEqual([]);
    expect(diff.regressions).toBe(0);
    expect(renderDiffMarkdown(diff)).toContain('No regression');
  });

  it('a divergence that stopped diverging is a regression; a changed reason for unsupported is a capability change', () => {
    const diverging = withCell(before, CHANGED, { status: 'known-divergence', reason: 'documented', link: 'https://example.invalid/1', stillDiverges: true });
    const stopped = withCell(before, CHANGED, { status: 'known-divergence', reason: 'documented', link: 'https://example.invalid/1', stillDiverges: false });
    const diff = diffReports(diverging, stopped);
    expect(diff.stoppedDiverging.map((c) => c.id)).toEqual([CHANGED]);
    expect(diff.regressions).toBe(1);
    const unsupported = before.cells.find((c) => c.status === 'unsupported') as ReportCell;
    const reworded = withCell(before, unsupported.id, { reason: 'a new reason' });
    const capability = diffReports(before, reworded);
    expect(capability.capabilityChanges).toEqual([
      { id: unsupported.id, before: { verdict: 'unsupported', reason: unsupported.reason }, after: { verdict: 'unsupported', reason: 'a new reason' } },
    ]);
    expect(capability.flips).toEqual([]);
    expect(capability.regressions).toBe(0);
  });

  it('says when the runs are not comparable cell for cell, and counts an incomplete new run as a regression', () => {
    const diff = diffReports(before, { ...before, seed: 9, complete: false, cells: before.cells.slice(1) });
    expect(diff.notes).toEqual([expect.stringContaining('the seeds differ (8 and 9)'), expect.stringContaining('incomplete')]);
    expect(diff.removed).toEqual([before.cells[0]?.id]);
    expect(diff.regressions).toBe(1);
  });
});
