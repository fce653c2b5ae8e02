import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellId } from '../cell.js';
import type { CellResult } from '../cell-result.js';
import type { CounterexampleScenario } from './scenario.js';

/**
 * A timeout or a dead worker says the machine was slow or a client process died, not that the
 * spec breaks a client: replaying it would not reproduce anything, so it is never saved.
 */
const INFRASTRUCTURE_CODES: ReadonlySet<string> = new Set(['E_TIMEOUT', 'E_WORKER_CRASHED']);

export function isInfrastructureFailure(result: CellResult): boolean {
  return result.outcome.status === 'error' && INFRASTRUCTURE_CODES.has(result.outcome.code);
}

/**
 * Saves a shrunk counterexample as a scenario file. The spec is generated test data (never a
 * user's secret), so it is kept whole: replaying needs it.
 */
export function saveCounterexample(dir: string, result: CellResult, runSeed: number): string | undefined {
  const ce = result.counterexample;
  if (ce === undefined || isInfrastructureFailure(result)) return undefined;
  const scenario: CounterexampleScenario = {
    schema: 'interop-scenario/v1',
    kind: 'counterexample',
    title: `${cellId(result)}: ${result.outcome.status}`,
    cell: { source: result.source, method: result.method, target: result.target, type: result.type },
    spec: ce.spec,
    expected: ce.expected,
    actual: ce.actual,
    status: result.outcome.status === 'error' ? 'error' : 'fail',
    seed: ce.seed,
    ...(ce.path ? { path: ce.path } : {}),
    runSeed,
  };
  const slug = `${result.source}-${result.method}-${result.target}-${result.type}`.replace(/[^A-Za-z0-9.@-]+/g, '_');
  const hash = createHash('sha256').update(JSON.stringify(ce.spec)).digest('hex').slice(0, 8);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${slug}-${hash}.json`);
  writeFileSync(file, `${JSON.stringify(scenario, null, 2)}\n`);
  return file;
}
