import { type ClientFactory, KEY_TYPES, type KeyType, METHODS, type Method } from '@interop/core';
import { planCells } from '../plan.js';
import { planFingerprint } from './plan-fingerprint.js';

/** The whole run a report belongs to, before sharding: what was asked for and its fingerprint. */
export interface ReportPlan {
  /** planFingerprint of the full plan: equal for every shard of one run. */
  readonly fingerprint: string;
  /** Cells in the full plan (all shards together). */
  readonly cells: number;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly methods: readonly Method[];
  readonly types: readonly KeyType[];
}

export interface PlanSelection {
  readonly runs: number;
  readonly methods?: readonly Method[];
  readonly types?: readonly KeyType[];
  readonly sources?: readonly string[];
  readonly targets?: readonly string[];
}

/** Plans the whole run (no shard) to describe it; planning reads capability tables only. */
export function reportPlan(factories: readonly ClientFactory[], selection: PlanSelection): ReportPlan {
  const ids = factories.map((f) => f.info.id);
  const full = planCells(factories, {
    ...(selection.methods ? { methods: selection.methods } : {}),
    ...(selection.types ? { types: selection.types } : {}),
    ...(selection.sources ? { sources: selection.sources } : {}),
    ...(selection.targets ? { targets: selection.targets } : {}),
  });
  return {
    fingerprint: planFingerprint(full, selection.runs, ids),
    cells: full.length,
    sources: selection.sources ? [...selection.sources] : ids,
    targets: selection.targets ? [...selection.targets] : ids,
    methods: selection.methods ? [...selection.methods] : [...METHODS],
    types: selection.types ? [...selection.types] : [...KEY_TYPES],
  };
}
