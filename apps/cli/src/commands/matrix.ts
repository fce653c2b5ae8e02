import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ClientFactory, isKeyType, isMethod, type KeyType, type Method } from '@interop/core/vocabulary';
import { CLIENT_FACTORIES, selectClients, UnknownClientError } from '@interop/runner/registry';
import { parseShard, type Shard } from '@interop/runner/shard';
import type { CommandContext } from '../command.js';
import { parseTimeoutMs, TIMEOUT_OPTION } from '../timeout-option.js';
import { UsageError } from '../usage.js';

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

/** A matrix command line, checked: everything the run needs, nothing loaded yet. */
export interface MatrixArgs {
  readonly factories: readonly ClientFactory[];
  readonly selection: {
    readonly methods?: readonly Method[];
    readonly types?: readonly KeyType[];
    readonly sources?: readonly string[];
    readonly targets?: readonly string[];
  };
  readonly runs: number;
  readonly seed: number;
  readonly shard: Shard | undefined;
  readonly concurrency: number;
  /** --timeout; absent: 180 s a call, and a restore's limit grows with the scrypt work its backup holds. */
  readonly callTimeoutMs: number | undefined;
  readonly foundDir: string;
  readonly reportDir: string | undefined;
  readonly json: boolean;
  readonly list: boolean;
  readonly progress: boolean;
  readonly junitOmitUnsupported: boolean;
  /** Memoise the clients' scrypt across realms (default on). */
  readonly scryptCache: boolean;
  /** An earlier run's report, whose group times split the shards (`--durations`). */
  readonly durationsFrom: string | undefined;
}

/**
 * `interop matrix`. `owner` owns every instance the run starts (disposed at the end, on a
 * signal, or after a timeout); `registry` is the client profiles to choose from (tests pass
 * fakes of their own). The command line is checked before the runner loads, so a usage error
 * answers at once.
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
      durations: { type: 'string' },
      report: { type: 'string' },
      found: { type: 'string' },
      concurrency: { type: 'string' },
      ...TIMEOUT_OPTION,
      json: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      'junit-omit-unsupported': { type: 'boolean', default: false },
      'no-scrypt-cache': { type: 'boolean', default: false },
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
  let shard: Shard | undefined;
  try {
    shard = values.shard ? parseShard(values.shard) : undefined;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const args: MatrixArgs = {
    factories,
    selection: {
      ...(methods ? { methods } : {}),
      ...(types ? { types } : {}),
      ...(sources ? { sources } : {}),
      ...(targets ? { targets } : {}),
    },
    runs,
    seed,
    shard,
    // One lane per core: each keeps a core busy with its clients' scrypt (run-matrix.ts).
    concurrency: positiveInt(values.concurrency, '--concurrency', Math.max(1, availableParallelism())),
    callTimeoutMs: parseTimeoutMs(values.timeout),
    foundDir: resolve(values.found ?? 'scenarios/found'),
    reportDir: values.report === undefined ? undefined : resolve(values.report),
    json: values.json ?? false,
    list: values.list ?? false,
    progress: values.progress ?? false,
    junitOmitUnsupported: values['junit-omit-unsupported'] ?? false,
    scryptCache: values['no-scrypt-cache'] !== true,
    durationsFrom: values.durations === undefined ? undefined : resolve(values.durations),
  };
  const { runMatrixCommand } = await import('./matrix-run.js');
  return runMatrixCommand(args, owner);
}
