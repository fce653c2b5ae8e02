import { type AccountSpec, type Client, type ClientFactory, isWatchOnlyMethod, type Outcome, toErrorInfo } from '@interop/core';
import fc from 'fast-check';
import type { AccountMaker } from './account-maker.js';
import type { Cell } from './cell.js';
import type { CellResult, Counterexample } from './cell-result.js';
import { findDivergence, KNOWN_DIVERGENCES, type KnownDivergence } from './known-divergences.js';
import { describeSpec, isHarnessBreak, type Observation, observeRestore } from './observation.js';
import { startWithin } from './start-within.js';
import { DEFAULT_CALL_TIMEOUT_MS, withTimeout } from './with-timeout.js';

export interface RunCellOptions {
  readonly runs: number;
  /** The group's seed: every target of a group draws the same specs. */
  readonly seed: number;
  /** Property evaluations allowed while shrinking; bounded so a slow client cannot stall a run. */
  readonly shrinkBudget?: number;
  readonly divergences?: readonly KnownDivergence[];
  readonly specArb: fc.Arbitrary<AccountSpec>;
  readonly callTimeoutMs?: number;
}

/**
 * One cell as a fast-check property: for each generated spec, the source makes and backs up
 * the account (once per group, cached), the target restores it, and the result is compared
 * with the oracle. A failure is shrunk to a minimal spec and returned as a counterexample.
 */
export async function runCell(
  cell: Cell,
  maker: AccountMaker,
  target: ClientFactory,
  sourceInfo: ClientFactory['info'],
  options: RunCellOptions,
): Promise<CellResult> {
  const started = Date.now();
  const table = options.divergences ?? KNOWN_DIVERGENCES;
  let instance: Promise<Client> | undefined;
  let shrinking = false;
  let budget = options.shrinkBudget ?? 30;
  let runs = 0;
  const counts = { match: 0, diverged: 0, failed: 0, stopped: 0 };
  let divergence: KnownDivergence | undefined;
  let lastBad: { spec: AccountSpec; observation: Exclude<Observation, { kind: 'match' }> } | undefined;

  const restoreOne = async (spec: AccountSpec): Promise<Observation> => {
    const made = await maker.make(spec);
    if (!made.ok) return made.observation;
    try {
      const ms = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
      instance ??= startWithin(target, ms, `starting ${target.info.id}`);
      const client = await instance;
      const restored = await withTimeout(
        client.restore(made.artifact, { password: spec.password, passphrase: spec.password }),
        ms,
        `${target.info.id} restore`,
      );
      return observeRestore(made.expected, restored, { watchOnly: isWatchOnlyMethod(cell.method), prefix: 42 });
    } catch (error) {
      const info = toErrorInfo(error);
      if (isHarnessBreak(info)) {
        const broken = instance;
        instance = undefined;
        void broken?.then((c) => c.dispose()).catch(() => undefined);
        return { kind: 'error', stage: 'restore', error: info };
      }
      return { kind: 'refused', expected: `${made.expected.type} ${made.expected.publicKey}`, error: info };
    }
  };

  const property = fc.asyncProperty(options.specArb, async (spec) => {
    if (shrinking && budget-- <= 0) return true; // stop shrinking: the last failure seen stands
    const observation = await restoreOne(spec);
    const documented = findDivergence({ cell, spec, source: sourceInfo, target: target.info }, table);
    if (!shrinking) runs++;
    if (observation.kind === 'match') {
      if (!shrinking) {
        counts.match++;
        if (documented) {
          counts.stopped++;
          divergence ??= documented;
        }
      }
      return true;
    }
    if (documented && !(observation.kind === 'error' && isHarnessBreak(observation.error))) {
      if (!shrinking) {
        counts.diverged++;
        divergence = documented;
      }
      return true;
    }
    if (!shrinking) counts.failed++;
    shrinking = true;
    lastBad = { spec, observation };
    return false;
  });

  let details: fc.RunDetails<[AccountSpec]>;
  try {
    details = await fc.check(property, { numRuns: options.runs, seed: options.seed });
  } finally {
    const client = instance;
    instance = undefined;
    if (client) await (await client.catch(() => undefined))?.dispose().catch(() => undefined);
  }

  let outcome: Outcome;
  let counterexample: Counterexample | undefined;
  if (lastBad !== undefined) {
    const { spec, observation } = lastBad;
    const path = details.counterexamplePath ?? undefined;
    if (observation.kind === 'error') {
      outcome = {
        status: 'error',
        code: observation.error.code,
        message: observation.error.message,
        reason: `${observation.stage} failed for ${describeSpec(spec)}`,
      };
      counterexample = {
        spec,
        expected: 'no error',
        actual: `${observation.stage}: ${observation.error.code}: ${observation.error.message}`,
        seed: options.seed,
        ...(path ? { path } : {}),
      };
    } else {
      const actual = observation.kind === 'refused' ? `refused: ${observation.error.code}: ${observation.error.message}` : observation.actual;
      outcome = { status: 'fail', expected: observation.expected, actual, reason: `restored ${describeSpec(spec)} does not match` };
      counterexample = { spec, expected: observation.expected, actual, seed: options.seed, ...(path ? { path } : {}) };
    }
  } else if (details.failed) {
    // The property threw outside our control (a bug in the harness itself).
    const message = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? 'property failed');
    outcome = { status: 'error', code: 'E_INTERNAL', message };
  } else if (divergence !== undefined && counts.diverged > 0) {
    outcome = {
      status: 'known-divergence',
      reason: divergence.reason,
      source: divergence.source,
      ...(divergence.scenario ? { scenario: divergence.scenario } : {}),
      stillDiverges: true,
    };
  } else if (divergence !== undefined) {
    outcome = {
      status: 'known-divergence',
      reason: `documented divergence no longer reproduces (${counts.stopped} run(s) matched): ${divergence.reason}`,
      source: divergence.source,
      ...(divergence.scenario ? { scenario: divergence.scenario } : {}),
      stillDiverges: false,
    };
  } else {
    outcome = { status: 'pass' };
  }
  return {
    ...cell,
    outcome,
    runs,
    counts: { match: counts.match, diverged: counts.diverged, failed: counts.failed },
    ...(counterexample ? { counterexample } : {}),
    durationMs: Date.now() - started,
  };
}
