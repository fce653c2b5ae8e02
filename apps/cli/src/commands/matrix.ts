import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ClientFactory, isKeyType, isMethod, type KeyType, type Method } from '@interop/core';
import {
  buildReport,
  type CellResult,
  CLIENT_FACTORIES,
  cellId,
  collectRunMetadata,
  escapeTerminal,
  isRedReport,
  type MatrixResult,
  type PlannedCell,
  parseShard,
  planCells,
  type Report,
  renderGrid,
  renderMarkdown,
  reportPlan,
  runMatrix,
  saveCounterexample,
  selectClients,
  UnknownClientError,
  writeReports,
} from '@interop/runner';
import { publishToGithub } from '../github-output.js';
import { onInterrupt, signalExitCode } from '../interrupt.js';
import type { CommandContext } from '../main.js';
import { MatrixProgress } from '../progress.js';
import { repositoryRoot, toolVersion } from '../tool-version.js';
import { EXIT, UsageError } from '../usage.js';

function list<T extends string>(text: string | undefined, check: (v: string) => v is T, what: string): T[] | undefined {
  if (text === undefined) return undefined;
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) if (!check(item)) throw new UsageError(`unknown ${what} '${item}'`);
  return items as T[];
}

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a positive whole number (got '${text}')`);
  return n;
}

function selectors(text: string | undefined): string[] | undefined {
  return text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Client profiles by id or name; an unknown one is a usage error. `among` limits --sources/--targets to the run's clients. */
function clientsOf(text: string | undefined, among: readonly ClientFactory[], option: string): ClientFactory[] | undefined {
  if (text === undefined) return undefined;
  try {
    return selectClients(selectors(text), among);
  } catch (error) {
    if (error instanceof UnknownClientError) throw new UsageError(`${option}: ${error.message}`);
    throw error;
  }
}

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

/**
 * `interop matrix`. `owner` owns every instance the run starts (disposed at the end, on a
 * signal, or after a timeout); `registry` is the client profiles to choose from (tests pass
 * fakes of their own).
 */
export async function command(
  argv: string[],
  { owner, registry = CLIENT_FACTORIES }: CommandContext & { readonly registry?: readonly ClientFactory[] },
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      clients: { type: 'string' },
      sources: { type: 'string' },
      targets: { type: 'string' },
      methods: { type: 'string' },
      types: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      shard: { type: 'string' },
      report: { type: 'string' },
      found: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      'junit-omit-unsupported': { type: 'boolean', default: false },
    },
  });
  const factories = clientsOf(values.clients ?? '', registry, '--clients') ?? [];
  if (factories.length === 0) throw new UsageError('no client profiles are registered');
  const sources = clientsOf(values.sources, factories, '--sources')?.map((f) => f.info.id);
  const targets = clientsOf(values.targets, factories, '--targets')?.map((f) => f.info.id);
  const methods = list<Method>(values.methods, isMethod, 'method');
  const types = list<KeyType>(values.types, isKeyType, 'key type');
  const runs = positiveInt(values.runs, '--runs', 3);
  let seed: number;
  if (values.seed === undefined) seed = Math.floor(Math.random() * 2 ** 31);
  else if (/^-?\d+$/.test(values.seed) && Number.isSafeInteger(Number(values.seed))) seed = Number(values.seed);
  else throw new UsageError(`--seed takes a whole number (got '${values.seed}')`);
  let shard: ReturnType<typeof parseShard> | undefined;
  try {
    shard = values.shard ? parseShard(values.shard) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const concurrency = positiveInt(values.concurrency, '--concurrency', Math.max(1, availableParallelism()));
  const callTimeoutMs = positiveInt(values.timeout, '--timeout', 180_000);
  const foundDir = resolve(values.found ?? 'scenarios/found');
  const selection = {
    ...(methods ? { methods } : {}),
    ...(types ? { types } : {}),
    ...(sources ? { sources } : {}),
    ...(targets ? { targets } : {}),
  };
  const planned = planCells(factories, { ...selection, ...(shard ? { shard } : {}) });
  if (values.list) return printPlan(planned, values.json ?? false);

  const log = (line: string) => process.stderr.write(`${line}\n`);
  const runnable = planned.filter((c) => !c.unsupported).length;
  const shardLabel = shard ? `${shard.index}/${shard.count}` : undefined;
  log(
    `interop matrix: ${factories.map((f) => f.info.id).join(', ')}; seed ${seed} (rerun with --seed ${seed}); ${runs} run(s) per cell${shardLabel ? `; shard ${shardLabel}` : ''}; ${planned.length} cells, ${runnable} to run, ${planned.length - runnable} unsupported`,
  );
  const root = repositoryRoot();
  const meta = collectRunMetadata({ toolVersion: toolVersion(), root, factories });
  const plan = reportPlan(factories, { runs, ...selection });
  const files = new Map<string, string>();
  const settled = new Map<string, CellResult>();
  const started = Date.now();
  const showProgress = values.progress === true || process.stdout.isTTY === true;
  const progress = new MatrixProgress({ total: runnable, write: showProgress ? log : () => undefined });
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;

  const reportOf = (result: MatrixResult): Report =>
    buildReport(result, factories, { plan, meta, files, ...(shardLabel ? { shard: shardLabel } : {}), ...(stoppedBy ? { signal: stoppedBy } : {}) });
  const write = (report: Report): string[] =>
    values.report ? writeReports(resolve(values.report), report, { root, omitUnsupportedFromJunit: values['junit-omit-unsupported'] ?? false }) : [];

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
      concurrency,
      callTimeoutMs,
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
  publishToGithub(report, renderMarkdown(report), values.json ?? false);
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(renderGrid(report));
  if (stoppedBy) return signalExitCode(stoppedBy);
  return isRedReport(report) ? EXIT.failed : EXIT.ok;
}
