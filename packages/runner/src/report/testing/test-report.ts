import { arch, platform, release } from 'node:os';
import type { ClientFactory, KeyType, Method } from '@interop/core';
import type { MatrixResult } from '../../run-matrix.js';
import { buildReport, type Report } from '../report-json.js';
import { reportPlan } from '../report-plan.js';
import type { RunMetadata } from '../run-metadata.js';

/** Fixed metadata for tests: no git or browser look-up, the same every time. */
export const TEST_META: RunMetadata = {
  tool: { name: 'interop', version: '0.0.0-test' },
  startedAt: '2026-01-02T03:04:05.000Z',
  node: process.version,
  os: { platform: platform(), release: release(), arch: arch() },
};

export interface TestRunSelection {
  readonly methods?: readonly Method[];
  readonly types?: readonly KeyType[];
  readonly sources?: readonly string[];
  readonly targets?: readonly string[];
  readonly shard?: { readonly index: number; readonly count: number };
}

/** The report the CLI would build for this matrix result (its plan from the same selection). */
export function reportOf(result: MatrixResult, factories: readonly ClientFactory[], selection: TestRunSelection = {}, meta: RunMetadata = TEST_META): Report {
  const { shard, ...plan } = selection;
  return buildReport(result, factories, {
    plan: reportPlan(factories, { runs: result.runs, ...plan }),
    meta,
    ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}),
    ...(result.interrupted ? { signal: 'SIGINT' } : {}),
  });
}
