import type { AccountSpec, Outcome } from '@interop/core';
import type { Cell } from './cell.js';

/** A shrunk failing example: the domain values, enough to replay the cell with `interop scenario`. */
export interface Counterexample {
  readonly spec: AccountSpec;
  readonly expected: string;
  readonly actual: string;
  /** fast-check's seed and path of the failure, for `fc.assert(..., { seed, path })`. */
  readonly seed: number;
  readonly path?: string;
}

export interface CellResult extends Cell {
  readonly outcome: Outcome;
  /** Steps the cell's capabilities require and the runner took (e.g. Vault's add_specs). */
  readonly requires?: readonly string[];
  /** Runs of the property before any failure (shrink evaluations are not counted). */
  readonly runs: number;
  readonly counts: { readonly match: number; readonly diverged: number; readonly failed: number };
  readonly counterexample?: Counterexample;
  readonly durationMs: number;
}
