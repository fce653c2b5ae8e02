import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempDirs } from '@interop/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupId } from './cell.js';
import { predictGroupCosts } from './cost-model.js';
import { fakeFactory } from './fakes/fake-client.js';
import { type GroupDurations, groupCosts, readGroupDurations } from './group-durations.js';
import { planCells } from './plan.js';
import { CLIENT_FACTORIES } from './registry.js';
import { ReportInputError } from './report/read-report.js';
import { reportOf } from './report/testing/test-report.js';
import { writeReports } from './report/write-reports.js';
import { runMatrix } from './run-matrix.js';
import { parseShard } from './shard.js';

const temp = new TempDirs();
afterAll(() => temp.removeAll());

describe('readGroupDurations', () => {
  const honest = fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' });
  const other = fakeFactory({ id: 'fake-other@1', behaviour: 'honest' });
  const factories = [honest, other];
  let dir = '';

  beforeAll(async () => {
    const result = await runMatrix({ factories, runs: 2, seed: 3, methods: ['raw-seed', 'json'], types: ['sr25519'], divergences: [] });
    dir = temp.make('interop-durations-');
    writeReports(dir, reportOf(result, factories, { methods: ['raw-seed', 'json'], types: ['sr25519'] }));
  });

  /** The report with every cell that ran set to `ms`, or changed otherwise. */
  function edited(change: (report: { runs: number; cells: { status: string; durationMs: number }[] }) => void): string {
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    change(report);
    const copy = temp.make('interop-durations-edited-');
    writeFileSync(join(copy, 'report.json'), JSON.stringify(report));
    return copy;
  }

  it("sums each group's cells that ran, per property run, and skips unsupported ones", () => {
    const file = edited((report) => {
      for (const cell of report.cells) cell.durationMs = cell.status === 'unsupported' ? 999_000 : 3000;
    });
    const read = readGroupDurations(file);
    // Two targets per raw-seed group: 2 x 3 s over 2 runs. The fakes write no keystore, so their json
    // cells are unsupported, and their 999 s count nowhere.
    expect(read.secondsPerRun.size).toBe(2);
    expect(Object.fromEntries(read.secondsPerRun)).toEqual({ 'fake-honest@1|raw-seed|sr25519': 3, 'fake-other@1|raw-seed|sr25519': 3 });
    expect(JSON.parse(readFileSync(join(file, 'report.json'), 'utf8')).cells.filter((c: { status: string }) => c.status === 'unsupported')).toHaveLength(4);
  });

  it('refuses a report with no cell that ran, and a file that is no report, with a reason', () => {
    const none = edited((report) => {
      for (const cell of report.cells) cell.status = 'unsupported';
    });
    expect(() => readGroupDurations(none)).toThrow(ReportInputError);
    expect(() => readGroupDurations(join(dir, 'missing.json'))).toThrow(/cannot be read/);
    const notReport = temp.make('interop-durations-bad-');
    writeFileSync(join(notReport, 'report.json'), '{"cells": 3}');
    expect(() => readGroupDurations(notReport)).toThrow(ReportInputError);
  });
});

describe('groupCosts', () => {
  const runs = 3;
  const full = planCells(CLIENT_FACTORIES, { runs });
  const predicted = predictGroupCosts(full, CLIENT_FACTORIES, runs);
  const runnable = [...predicted].filter(([, cost]) => cost > 0).map(([id]) => id);
  /** A run whose SubWallet groups took 3 times what the model says, and every other group what it says. */
  const measured = new Map(runnable.map((id) => [id, ((predicted.get(id) ?? 0) / runs) * (id.startsWith('subwallet@') ? 3 : 1)]));

  it('is the prediction without durations', () => {
    expect(groupCosts(full, CLIENT_FACTORIES, runs)).toEqual(predicted);
  });

  it('takes the measured time of a group the earlier run had, and scales the prediction of one it had not', () => {
    const [missing = '', kept = ''] = runnable.filter((id) => !id.startsWith('subwallet@'));
    const partial = new Map([...measured].filter(([id]) => id !== missing).map(([id, s]) => [id, s * 2])); // a machine twice as slow
    const durations: GroupDurations = { from: 'test', secondsPerRun: partial };
    const costs = groupCosts(full, CLIENT_FACTORIES, runs, durations);
    expect(costs.get(kept)).toBeCloseTo((predicted.get(kept) ?? 0) * 2, 6);
    const scale = [...partial.values()].reduce((s, t) => s + t * runs, 0) / [...partial.keys()].reduce((s, id) => s + (predicted.get(id) ?? 0), 0);
    expect(costs.get(missing)).toBeCloseTo((predicted.get(missing) ?? 0) * scale, 6);
  });

  it('splits four shards by the measured times, within 15 % of each other, each cell exactly once', () => {
    const durations: GroupDurations = { from: 'test', secondsPerRun: measured };
    const shards = [1, 2, 3, 4].map((i) => planCells(CLIENT_FACTORIES, { runs, shard: parseShard(`${i}/4`), durations }));
    const ids = shards.flatMap((cells) => cells.map((c) => `${groupId(c)}|${c.target}`));
    expect(ids.sort()).toEqual(full.map((c) => `${groupId(c)}|${c.target}`).sort());
    const work = shards.map((cells) => [...new Set(cells.map(groupId))].reduce((sum, g) => sum + (measured.get(g) ?? 0), 0));
    expect(Math.min(...work) / Math.max(...work)).toBeGreaterThanOrEqual(0.85);
  });
});
