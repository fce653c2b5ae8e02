import { scryptTotals } from '@interop/core/rpc';
import {
  buildReport,
  type CellResult,
  cellId,
  collectRunMetadata,
  escapeTerminal,
  type GroupDurations,
  isRedReport,
  type MatrixResult,
  type PlannedCell,
  planCells,
  predictCellCosts,
  type Report,
  ReportInputError,
  readGroupDurations,
  renderGrid,
  renderMarkdown,
  reportPlan,
  runMatrix,
  saveCounterexample,
  writeReports,
} from '@interop/runner';
import { publishToGithub } from '../github-output.js';
import { onInterrupt, signalExitCode } from '../interrupt.js';
import type { ChildOwner } from '../lifecycle/child-owner.js';
import { MatrixProgress } from '../progress.js';
import { describeScryptWork } from '../scrypt-figures.js';
import { repositoryRoot, toolVersion } from '../tool-version.js';
import { EXIT } from '../usage.js';
import type { MatrixArgs } from './matrix.js';

/** `--list`: the plan, without running it. */
function printPlan(planned: readonly PlannedCell[], json: boolean): number {
  const runnable = planned.filter((c) => !c.unsupported).length;
  if (json) {
    const cells = planned.map((c) => ({
      id: cellId(c),
      source: c.source,
      method: c.method,
      target: c.target,
      type: c.type,
      runs: !c.unsupported,
      ...(c.unsupported ? { reason: c.unsupported.reason, ...(c.unsupported.source ? { link: c.unsupported.source } : {}) } : {}),
    }));
    process.stdout.write(`${JSON.stringify({ cells: planned.length, runnable, plan: cells }, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = [`${planned.length} cells: ${runnable} run, ${planned.length - runnable} unsupported (settled from the capability tables)`];
  for (const c of planned)
    lines.push(
      c.unsupported ? `unsupported  ${escapeTerminal(cellId(c))} — ${escapeTerminal(c.unsupported.reason)}` : `run          ${escapeTerminal(cellId(c))}`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** Runs a checked matrix command line (matrix.ts): plans it, runs it, writes and prints its report. */
export async function runMatrixCommand(args: MatrixArgs, owner: ChildOwner): Promise<number> {
  const { factories, selection, runs, seed, shard, concurrency, callTimeoutMs, foundDir } = args;
  let durations: GroupDurations | undefined;
  try {
    durations = args.durationsFrom === undefined ? undefined : readGroupDurations(args.durationsFrom);
  } catch (error) {
    if (!(error instanceof ReportInputError)) throw error;
    process.stderr.write(`interop matrix: --durations: ${error.message}\n`);
    return EXIT.usage;
  }
  const planned = planCells(factories, { ...selection, ...(shard ? { shard } : {}), ...(durations ? { durations } : {}), runs });
  if (args.list) return printPlan(planned, args.json);

  const log = (line: string) => process.stderr.write(`${line}\n`);
  const runnable = planned.filter((c) => !c.unsupported).length;
  const shardLabel = shard ? `${shard.index}/${shard.count}` : undefined;
  log(
    `interop matrix: ${factories.map((f) => f.info.id).join(', ')}; seed ${seed} (rerun with --seed ${seed}); ${runs} run(s) per cell${shardLabel ? `; shard ${shardLabel}` : ''}${durations ? ` (split by the group times of ${durations.from})` : ''}; ${planned.length} cells, ${runnable} to run, ${planned.length - runnable} unsupported`,
  );
  const root = repositoryRoot();
  const meta = collectRunMetadata({ toolVersion: toolVersion(), root, factories });
  const plan = reportPlan(factories, { runs, ...selection });
  const files = new Map<string, string>();
  const settled = new Map<string, CellResult>();
  const started = Date.now();
  const showProgress = args.progress || process.stdout.isTTY === true;
  const progress = new MatrixProgress({
    total: runnable,
    write: showProgress ? log : () => undefined,
    costs: predictCellCosts(planned, factories, runs),
    lanes: concurrency,
  });
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;

  const reportOf = (result: MatrixResult): Report =>
    buildReport(result, factories, { plan, meta, files, ...(shardLabel ? { shard: shardLabel } : {}), ...(stoppedBy ? { signal: stoppedBy } : {}) });
  const write = (report: Report): string[] =>
    args.reportDir ? writeReports(args.reportDir, report, { root, omitUnsupportedFromJunit: args.junitOmitUnsupported }) : [];

  const stopListening = onInterrupt((signal, count) => {
    if (count > 1) {
      log(`interop matrix: ${signal} again: exiting now (the partial report is written)`);
      process.exit(signalExitCode(signal));
    }
    stoppedBy = signal;
    const running = progress.running;
    log(`interop matrix: ${signal}: stopping every client (${running.length} cell(s) were running); a partial report follows. ${signal} again exits at once.`);
    controller.abort();
    // Written now, before the clients are stopped: a CI runner may kill the job seconds later.
    const cells = planned.map((c) => settled.get(cellId(c))).filter((r): r is CellResult => r !== undefined);
    write(reportOf({ cells, seed, runs, durationMs: Date.now() - started, concurrency, interrupted: { inFlight: running } }));
  });
  if (showProgress) progress.startHeartbeat();
  let result: MatrixResult;
  try {
    result = await runMatrix({
      // Every instance the matrix starts is owned: disposed at the end, on a signal, or after a timeout.
      factories: factories.map((f) => owner.ownFactory(f)),
      ...selection,
      runs,
      seed,
      ...(shard ? { shard } : {}),
      ...(durations ? { durations } : {}),
      concurrency,
      ...(callTimeoutMs !== undefined ? { callTimeoutMs } : {}),
      scryptCache: args.scryptCache,
      signal: controller.signal,
      onCellStart: (cell) => progress.start(cell),
      onCell: (cell: CellResult) => {
        settled.set(cellId(cell), cell);
        if (cell.outcome.status === 'unsupported') return;
        const file = saveCounterexample(foundDir, cell, seed);
        if (file) files.set(cellId(cell), file);
        const red = cell.outcome.status === 'fail' || cell.outcome.status === 'error';
        progress.settle(cell, red ? ` — ${escapeTerminal('reason' in cell.outcome ? cell.outcome.reason : '')}${file ? ` (counterexample ${file})` : ''}` : '');
      },
    });
  } finally {
    progress.stop();
    stopListening();
  }
  const report = reportOf(result);
  const written = write(report);
  if (written.length) log(`reports: ${written.join(', ')}`);
  publishToGithub(report, renderMarkdown(report), args.json);
  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(renderGrid(report));
  // Last, so it closes the run's output: how much of the wall time the clients' own scrypt explains.
  if (showProgress) log(describeScryptWork(scryptTotals(), result.durationMs, result.concurrency));
  if (stoppedBy) return signalExitCode(stoppedBy);
  return isRedReport(report) ? EXIT.failed : EXIT.ok;
}
