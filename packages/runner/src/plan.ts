import { type ClientFactory, KEY_TYPES, type KeyType, METHOD_ARTIFACT, METHODS, type Method, type StartOptions, type Support } from '@interop/core';
import { type Cell, groupId } from './cell.js';
import { type GroupDurations, groupCosts } from './group-durations.js';
import { assignShards, type Shard } from './shard.js';
import { requiresOf, setupFor } from './start-setup.js';

export interface PlannedCell extends Cell {
  /** Set when the cell cannot run: the source cannot produce it or the target cannot read it. */
  readonly unsupported?: { readonly reason: string; readonly source?: string };
  /** Start options that take the steps the capabilities require, for the source and the target instance. */
  readonly setup?: { readonly source?: StartOptions; readonly target?: StartOptions };
  /** Those steps in words (e.g. Vault's add_specs), shown in the reports. */
  readonly requires?: readonly string[];
}

export interface PlanOptions {
  readonly methods?: readonly Method[];
  readonly types?: readonly KeyType[];
  readonly shard?: Shard;
  /** Property runs per cell (default 3): shards are balanced by predicted cost, which grows with it. */
  readonly runs?: number;
  /** Only these source client ids (a team runs its own row); default every factory. */
  readonly sources?: readonly string[];
  /** Only these target client ids; default every factory. */
  readonly targets?: readonly string[];
  /** Group times of an earlier run: shards are balanced by them instead of the prediction. Every shard must get the same. */
  readonly durations?: GroupDurations;
}

function why(support: Support, who: string): { reason: string; source?: string } | undefined {
  if (!support.supported) return { reason: `${who}: ${support.reason}`, ...(support.source ? { source: support.source } : {}) };
  return undefined;
}

/** The secret kind a method starts from: a raw-seed backup needs an account made from a seed. */
export function secretKindFor(method: Method): 'phrase' | 'seed' {
  return method === 'raw-seed' ? 'seed' : 'phrase';
}

/**
 * Every source x method x target x type, in a stable order, each marked unsupported (with the
 * reason from the client's own capability table) when it cannot run. Sources create through
 * their UI only: an API-only path is not what a user can do, so it is reported as unsupported.
 */
export function planCells(factories: readonly ClientFactory[], options: PlanOptions = {}): PlannedCell[] {
  const cells = planAll(factories, options);
  const shard = options.shard;
  if (shard === undefined || shard.count === 1) return cells;
  const assigned = assignShards(groupCosts(cells, factories, options.runs ?? 3, options.durations), shard.count);
  return cells.filter((cell) => assigned.get(groupId(cell)) === shard.index - 1);
}

function planAll(factories: readonly ClientFactory[], options: PlanOptions): PlannedCell[] {
  const methods = options.methods ?? METHODS;
  const types = options.types ?? KEY_TYPES;
  const cells: PlannedCell[] = [];
  for (const source of factories) {
    if (options.sources && !options.sources.includes(source.info.id)) continue;
    const sourceCaps = source.capabilities();
    for (const method of methods) {
      for (const type of types) {
        const create = sourceCaps.create[secretKindFor(method)][type];
        const backup = sourceCaps.backup[method][type];
        let sourceProblem = why(create, `${source.info.id} cannot create ${type} accounts`) ?? why(backup, `${source.info.id} cannot back up by ${method}`);
        if (sourceProblem === undefined && create.supported && !create.ui) {
          sourceProblem = {
            reason: `${source.info.id} creates ${type} accounts only through its internal API, not its UI${create.note ? ` (${create.note})` : ''}`,
            ...(create.source ? { source: create.source } : {}),
          };
        }
        if (sourceProblem === undefined && backup.supported && !backup.ui) {
          sourceProblem = {
            reason: `${source.info.id} offers ${method} backups only through its internal API${backup.note ? ` (${backup.note})` : ''}`,
            ...(backup.source ? { source: backup.source } : {}),
          };
        }
        for (const target of factories) {
          if (options.targets && !options.targets.includes(target.info.id)) continue;
          const restore = target.capabilities().restore[METHOD_ARTIFACT[method]][type];
          let problem = sourceProblem ?? why(restore, `${target.info.id} cannot restore ${METHOD_ARTIFACT[method]}`);
          if (problem === undefined && restore.supported && !restore.ui) {
            problem = {
              reason: `${target.info.id} restores ${METHOD_ARTIFACT[method]} of ${type} accounts only through its internal API${restore.note ? ` (${restore.note})` : ''}`,
              ...(restore.source ? { source: restore.source } : {}),
            };
          }
          const cell: Cell = { source: source.info.id, method, target: target.info.id, type };
          if (problem) {
            cells.push({ ...cell, unsupported: problem });
            continue;
          }
          const sourceSetup = setupFor(create, backup);
          const targetSetup = setupFor(restore);
          const requires = requiresOf(create, backup, restore);
          cells.push({
            ...cell,
            ...(sourceSetup || targetSetup
              ? { setup: { ...(sourceSetup ? { source: sourceSetup } : {}), ...(targetSetup ? { target: targetSetup } : {}) } }
              : {}),
            ...(requires.length > 0 ? { requires } : {}),
          });
        }
      }
    }
  }
  return cells;
}
