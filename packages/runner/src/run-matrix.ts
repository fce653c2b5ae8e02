import { availableParallelism } from 'node:os';
import type { ClientFactory, KeyType, Method } from '@interop/core';
import { SharedScryptMemo, withScryptMemo } from '@interop/core/rpc';
import { AccountMaker } from './account-maker.js';
import { cellId, groupId } from './cell.js';
import type { CellResult } from './cell-result.js';
import type { KnownDivergence } from './divergences/divergence.js';
import { type GroupDurations, groupCosts } from './group-durations.js';
import { type PlannedCell, planCells } from './plan.js';
import { runCell } from './run-cell.js';
import { deriveSeed } from './seed.js';
import type { Shard } from './shard.js';
import { specArbFor } from './spec-for-cell.js';
import { StoppableClients } from './stoppable-clients.js';

export interface MatrixOptions {
  readonly factories: readonly ClientFactory[];
  readonly methods?: readonly Method[];
  readonly types?: readonly KeyType[];
  readonly runs: number;
  readonly seed: number;
  readonly shard?: Shard;
  /** Only these source / target client ids (planCells' filters). */
  readonly sources?: readonly string[];
  readonly targets?: readonly string[];
  /** Group times of an earlier run, to split shards and order lanes by (group-durations.ts); default the cost model. */
  readonly durations?: GroupDurations;
  /** Cell groups run at once; each group holds a source and a target instance (two workers). */
  readonly concurrency?: number;
  readonly shrinkBudget?: number;
  readonly callTimeoutMs?: number;
  /** Memoise the clients' scrypt, shared by every realm of the run (default true; core/rpc/shared-scrypt-memo.ts). */
  readonly scryptCache?: boolean;
  readonly divergences?: readonly KnownDivergence[];
  readonly onCell?: (result: CellResult, done: number, total: number) => void;
  /** Called when a runnable cell starts (progress: which cells are in flight). */
  readonly onCellStart?: (cell: PlannedCell) => void;
  /**
   * Stops the run: no further cell starts, every client instance is disposed at once (calls in
   * flight are refused), and the result holds only the cells settled before the signal.
   */
  readonly signal?: AbortSignal;
}

export interface MatrixResult {
  readonly cells: readonly CellResult[];
  readonly seed: number;
  readonly runs: number;
  readonly durationMs: number;
  readonly concurrency: number;
  /** Set when the signal stopped the run: the cells that were running then (their results are dropped). */
  readonly interrupted?: { readonly inFlight: readonly string[] };
  /** Evaluations the run's scrypt memo held at the end (benchmark figure; not part of the report). */
  readonly scryptMemoEntries?: number;
}

async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(width, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

/**
 * Runs the matrix: unsupported cells are settled from the capability tables at once; the
 * rest run as properties, grouped so that each (source, method, type) creates and exports
 * its accounts once and every target restores the same artifacts.
 *
 * Scrypt is a pure function of its inputs and implementation: unless `scryptCache: false`, every
 * client realm the run starts (worker threads, the Apps harness page) shares one in-memory memo
 * (core/rpc/shared-scrypt-memo.ts), so each evaluation is computed once. What a cell observes does
 * not change: the same seed gives the same report either way (speed-invariance.spec.ts).
 */
export async function runMatrix(options: MatrixOptions): Promise<MatrixResult> {
  if (options.scryptCache === false) return runPlanned(options);
  const memo = new SharedScryptMemo();
  const result = await withScryptMemo(memo, () => runPlanned(options));
  return { ...result, scryptMemoEntries: memo.size };
}

async function runPlanned(options: MatrixOptions): Promise<MatrixResult> {
  const started = Date.now();
  const planned = planCells(options.factories, {
    ...(options.methods ? { methods: options.methods } : {}),
    ...(options.types ? { types: options.types } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.sources ? { sources: options.sources } : {}),
    ...(options.targets ? { targets: options.targets } : {}),
    ...(options.durations ? { durations: options.durations } : {}),
    runs: options.runs,
  });
  const signal = options.signal;
  const stoppable = signal ? new StoppableClients(signal) : undefined;
  const byId = new Map(options.factories.map((f) => [f.info.id, stoppable ? stoppable.wrap(f) : f]));
  const total = planned.length;
  const results = new Map<string, CellResult>();
  const running = new Set<string>();
  let inFlightAtAbort: string[] | undefined;
  const onAbort = () => {
    inFlightAtAbort = [...running];
    void stoppable?.stopAll();
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  let done = 0;
  const settle = (result: CellResult) => {
    running.delete(cellId(result));
    // A cell that ends after the signal ended because its clients were stopped: not an outcome.
    if (signal?.aborted) return;
    results.set(cellId(result), result);
    options.onCell?.(result, ++done, total);
  };

  const groups = new Map<string, PlannedCell[]>();
  for (const cell of planned) {
    if (cell.unsupported) {
      settle({ ...cell, outcome: { status: 'unsupported', ...cell.unsupported }, runs: 0, counts: { match: 0, diverged: 0, failed: 0 }, durationMs: 0 });
      continue;
    }
    const key = groupId(cell);
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }

  const concurrency = options.concurrency ?? availableParallelism();
  // The groups predicted most expensive first (a stable sort: equal ones in the plan's order), so
  // no lane is left with a long group at the end while the others idle (cost-model.ts).
  const costs = groupCosts(planned, options.factories, options.runs, options.durations);
  const ordered = [...groups.entries()].sort(([a], [b]) => (costs.get(b) ?? 0) - (costs.get(a) ?? 0));
  await pool(ordered, concurrency, async ([key, cells]) => {
    const first = cells[0];
    if (first === undefined || signal?.aborted) return;
    const source = byId.get(first.source) as ClientFactory;
    const maker = new AccountMaker(source, first.method, options.callTimeoutMs, first.setup?.source);
    const seed = deriveSeed(options.seed, key);
    const specArb = specArbFor(source, first.method, first.type);
    try {
      for (const cell of cells) {
        if (signal?.aborted) break;
        const target = byId.get(cell.target) as ClientFactory;
        running.add(cellId(cell));
        options.onCellStart?.(cell);
        settle(
          await runCell(cell, maker, target, source.info, {
            runs: options.runs,
            seed,
            specArb,
            ...(options.shrinkBudget !== undefined ? { shrinkBudget: options.shrinkBudget } : {}),
            ...(options.callTimeoutMs !== undefined ? { callTimeoutMs: options.callTimeoutMs } : {}),
            ...(cell.setup?.target ? { targetSetup: cell.setup.target } : {}),
            ...(options.divergences ? { divergences: options.divergences } : {}),
          }),
        );
      }
    } finally {
      await maker.dispose();
    }
  });
  signal?.removeEventListener('abort', onAbort);
  await stoppable?.stopAll();

  // Report order is the plan's order, whatever order the cells finished in.
  const cells = planned.map((c) => results.get(cellId(c))).filter((r): r is CellResult => r !== undefined);
  return {
    cells,
    seed: options.seed,
    runs: options.runs,
    durationMs: Date.now() - started,
    concurrency,
    ...(inFlightAtAbort ? { interrupted: { inFlight: inFlightAtAbort } } : {}),
  };
}
