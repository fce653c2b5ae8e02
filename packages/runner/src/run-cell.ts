import { type AccountSpec, type Client, type ClientFactory, isWatchOnlyMethod, type Outcome, type StartOptions, toErrorInfo } from '@interop/core';
import fc from 'fast-check';
import type { AccountMaker } from './account-maker.js';
import type { Cell } from './cell.js';
import type { CellResult, Counterexample } from './cell-result.js';
import type { KnownDivergence } from './divergences/divergence.js';
import { judge } from './divergences/evaluate.js';
import { KNOWN_DIVERGENCES } from './divergences/table.js';
import { describeSpec, isHarnessBreak, type Observation, observeRestore } from './observation.js';
import { restoreTimeLimitMs } from './restore-time-limit.js';
import { heldTypes } from './start-setup.js';
import { startWithin } from './start-within.js';
import { DEFAULT_CALL_TIMEOUT_MS, withCallLimit } from './with-timeout.js';

export interface RunCellOptions {
  readonly runs: number;
  /** The group's seed: every target of a group draws the same specs. */
  readonly seed: number;
  /** Property evaluations allowed while shrinking; bounded so a slow client cannot stall a run. */
  readonly shrinkBudget?: number;
  readonly divergences?: readonly KnownDivergence[];
  readonly specArb: fc.Arbitrary<AccountSpec>;
  readonly callTimeoutMs?: number;
  /** Start options of the target instance (the steps its capability requires). */
  readonly targetSetup?: StartOptions;
}

/** A spec that went wrong, and how. */
type Bad =
  | { readonly kind: 'error'; readonly spec: AccountSpec; readonly stage: string; readonly code: string; readonly message: string }
  | { readonly kind: 'fail'; readonly spec: AccountSpec; readonly expected: string; readonly actual: string; readonly reason: string };

/**
 * One cell as a fast-check property: for each generated spec, the source makes and backs up
 * the account (once per group, cached), the target restores it, and the result is judged:
 * the key the source made coming back is a pass; anything else is a known divergence only when
 * a record of the table covers that spec and predicted exactly what the target did, and a
 * failure otherwise (shrunk to a minimal spec and returned as a counterexample). A covered spec
 * that comes back equal means that divergence stopped: the cell turns red.
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
  const byId = new Map(table.map((d) => [d.id, d]));
  let instance: Promise<Client> | undefined;
  let shrinking = false;
  let budget = options.shrinkBudget ?? 30;
  let runs = 0;
  const counts = { match: 0, diverged: 0, failed: 0, stopped: 0 };
  const diverged = new Set<string>();
  const stopped = new Set<string>();
  let lastBad: Bad | undefined;

  const restoreOne = async (
    spec: AccountSpec,
  ): Promise<{ observation: Observation; made?: Extract<Awaited<ReturnType<AccountMaker['make']>>, { ok: true }> }> => {
    const made = await maker.make(spec);
    if (!made.ok) return { observation: made.observation };
    try {
      const ms = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
      instance ??= startWithin(target, ms, `starting ${target.info.id}`, options.targetSetup);
      const client = await instance;
      // The user types again what the backup marks but does not show: the ///password of the path.
      const derivationPassword = spec.path.includes('///') ? spec.path.slice(spec.path.indexOf('///') + 3) : undefined;
      // Unless the run set a limit, a restore's grows with the scrypt work its backup holds (a batch of
      // ten keys), as `interop restore`'s does.
      const restoreMs = options.callTimeoutMs ?? Math.max(DEFAULT_CALL_TIMEOUT_MS, restoreTimeLimitMs(made.artifact));
      const restored = await withCallLimit(restoreMs, `${target.info.id} restore`, () =>
        client.restore(made.artifact, {
          password: spec.password,
          passphrase: spec.password,
          ...(derivationPassword !== undefined ? { derivationPassword } : {}),
        }),
      );
      return { observation: observeRestore(made.expected, restored, { watchOnly: isWatchOnlyMethod(cell.method), prefix: 42 }), made };
    } catch (error) {
      const info = toErrorInfo(error);
      if (isHarnessBreak(info)) {
        const broken = instance;
        instance = undefined;
        void broken?.then((c) => c.dispose()).catch(() => undefined);
        return { observation: { kind: 'error', stage: 'restore', error: info } };
      }
      const expected = `${made.expected.type} ${made.expected.publicKey}`;
      return { observation: { kind: 'restored', seen: { kind: 'refused', error: info }, expected, actual: `refused: ${info.code}: ${info.message}` }, made };
    }
  };

  const property = fc.asyncProperty(options.specArb, async (spec) => {
    if (shrinking && budget-- <= 0) return true; // stop shrinking: the last failure seen stands
    const { observation, made } = await restoreOne(spec);
    if (!shrinking) runs++;
    let bad: Bad | undefined;
    if (observation.kind === 'error') {
      bad = { kind: 'error', spec, stage: observation.stage, ...observation.error };
    } else if (observation.kind === 'source-mismatch') {
      bad = {
        kind: 'fail',
        spec,
        expected: observation.expected,
        actual: observation.actual,
        reason: `${describeSpec(spec)}: the source made another key than its own rules give`,
      };
    } else if (made !== undefined) {
      const verdict = judge(
        observation.seen,
        {
          method: cell.method,
          spec,
          artifact: made.artifact,
          sourceKey: made.expected,
          source: sourceInfo.traits,
          target: target.info.traits,
          targetHolds: heldTypes(options.targetSetup),
        },
        table,
      );
      if (verdict.kind === 'pass' || verdict.kind === 'diverged' || verdict.kind === 'stopped') {
        if (!shrinking) {
          if (verdict.kind === 'pass') counts.match++;
          if (verdict.kind === 'diverged') counts.diverged++;
          if (verdict.kind === 'stopped') counts.stopped++;
          for (const id of verdict.kind === 'pass' ? [] : verdict.ids) (verdict.kind === 'diverged' ? diverged : stopped).add(id);
        }
        return true;
      }
      const why = verdict.predicted === undefined ? 'no known divergence covers it' : `covered, but not as predicted: ${verdict.predicted}`;
      bad = {
        kind: 'fail',
        spec,
        expected: observation.expected,
        actual: observation.actual,
        reason: `restored ${describeSpec(spec)} does not match (${why})`,
      };
    }
    if (!shrinking) counts.failed++;
    shrinking = true;
    lastBad = bad;
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
  const path = details.counterexamplePath ?? undefined;
  if (lastBad?.kind === 'error') {
    outcome = { status: 'error', code: lastBad.code as never, message: lastBad.message, reason: `${lastBad.stage} failed for ${describeSpec(lastBad.spec)}` };
    counterexample = {
      spec: lastBad.spec,
      expected: 'no error',
      actual: `${lastBad.stage}: ${lastBad.code}: ${lastBad.message}`,
      seed: options.seed,
      ...(path ? { path } : {}),
    };
  } else if (lastBad?.kind === 'fail') {
    outcome = { status: 'fail', expected: lastBad.expected, actual: lastBad.actual, reason: lastBad.reason };
    counterexample = { spec: lastBad.spec, expected: lastBad.expected, actual: lastBad.actual, seed: options.seed, ...(path ? { path } : {}) };
  } else if (details.failed) {
    // The property threw outside our control (a bug in the harness itself).
    const message = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? 'property failed');
    outcome = { status: 'error', code: 'E_INTERNAL', message };
  } else if (stopped.size > 0 || diverged.size > 0) {
    const ids = [...(stopped.size > 0 ? stopped : diverged)];
    const first = byId.get(ids[0] ?? '');
    const claims = ids.map((id) => byId.get(id)?.claim ?? id).join(' | ');
    outcome = {
      status: 'known-divergence',
      reason: stopped.size > 0 ? `documented divergence no longer reproduces (${counts.stopped} covered run(s) restored the same key): ${claims}` : claims,
      source: first?.sources[0] ?? '',
      ...(first?.scenario ? { scenario: first.scenario } : {}),
      stillDiverges: stopped.size === 0,
      ids: [...new Set([...ids, ...diverged])],
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
