import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isKeyType, isMethod, type KeyType, type Method } from '@interop/core';
import {
  buildReport,
  type CellResult,
  CLIENT_FACTORIES,
  cellId,
  isRed,
  parseShard,
  renderGrid,
  runMatrix,
  saveCounterexample,
  selectClients,
  UnknownClientError,
  writeReports,
} from '@interop/runner';
import type { CommandContext } from '../main.js';
import { printError, printJson, printText } from '../output.js';
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

const SYMBOL: Record<string, string> = { pass: 'pass', fail: 'FAIL', error: 'ERROR', unsupported: 'unsupported', 'known-divergence': 'known divergence' };

export async function command(argv: string[], { owner }: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      clients: { type: 'string' },
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
    },
  });
  let factories: ReturnType<typeof selectClients>;
  try {
    factories = selectClients(
      values.clients
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      CLIENT_FACTORIES,
    );
  } catch (error) {
    if (error instanceof UnknownClientError) throw new UsageError(error.message);
    throw error;
  }
  if (factories.length === 0) throw new UsageError('no client profiles are registered');
  // Every instance the matrix starts is owned: disposed at the end, on a signal, or after a timeout.
  factories = factories.map((f) => owner.ownFactory(f));
  const methods = list<Method>(values.methods, isMethod, 'method');
  const types = list<KeyType>(values.types, isKeyType, 'key type');
  const runs = positiveInt(values.runs, '--runs', 3);
  let seed: number;
  if (values.seed === undefined) seed = Math.floor(Math.random() * 2 ** 31);
  else if (/^-?\d+$/.test(values.seed)) seed = Number(values.seed);
  else throw new UsageError(`--seed takes a whole number (got '${values.seed}')`);
  let shard: ReturnType<typeof parseShard> | undefined;
  try {
    shard = values.shard ? parseShard(values.shard) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const concurrency = positiveInt(values.concurrency, '--concurrency', Math.max(1, (await import('node:os')).availableParallelism()));
  const callTimeoutMs = positiveInt(values.timeout, '--timeout', 180_000);
  const foundDir = resolve(values.found ?? 'scenarios/found');

  const log = (line: string) => printError(`${line}\n`);
  log(
    `interop matrix: ${factories.map((f) => f.info.id).join(', ')}; seed ${seed} (rerun with --seed ${seed}); ${runs} run(s) per cell${shard ? `; shard ${shard.index}/${shard.count}` : ''}`,
  );
  const files = new Map<string, string>();
  let announced = false;
  const result = await runMatrix({
    factories,
    ...(methods ? { methods } : {}),
    ...(types ? { types } : {}),
    runs,
    seed,
    ...(shard ? { shard } : {}),
    concurrency,
    callTimeoutMs,
    onCell: (cell: CellResult, done: number, total: number) => {
      if (cell.outcome.status === 'unsupported') return;
      if (!announced) {
        announced = true;
        log(`running ${total} cells (${done - 1} settled as unsupported from the capability tables)`);
      }
      const file = saveCounterexample(foundDir, cell, seed);
      if (file) files.set(cellId(cell), file);
      const extra =
        cell.outcome.status === 'fail' || cell.outcome.status === 'error'
          ? ` — ${'reason' in cell.outcome ? cell.outcome.reason : ''}${file ? ` (counterexample ${file})` : ''}`
          : '';
      log(
        `[${String(done).padStart(String(total).length)}/${total}] ${SYMBOL[cell.outcome.status]?.padEnd(16)} ${cellId(cell)}  ${cell.runs} run(s) ${(cell.durationMs / 1000).toFixed(1)} s${extra}`,
      );
    },
  });
  const report = buildReport(result, factories, shard ? `${shard.index}/${shard.count}` : undefined, files);
  if (values.report) {
    const written = writeReports(resolve(values.report), report);
    log(`reports: ${written.join(', ')}`);
  }
  if (values.json) printJson(report, 2);
  else printText(renderGrid(report));
  return report.cells.some(isRed) ? EXIT.failed : EXIT.ok;
}
