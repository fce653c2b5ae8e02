import type { KeyType, Method } from '@interop/core';

/** One square of the matrix: an account of `type` made in `source`, backed up by `method`, restored in `target`. */
export interface Cell {
  readonly source: string;
  readonly method: Method;
  readonly target: string;
  readonly type: KeyType;
}

/** Stable id, also the JUnit test name and the key shards split on. */
export function cellId(cell: Cell): string {
  return `${cell.source} --${cell.method}--> ${cell.target} [${cell.type}]`;
}

/** The group of cells that share one created account and one artifact: exported once, restored in every target. */
export function groupId(cell: Pick<Cell, 'source' | 'method' | 'type'>): string {
  return `${cell.source}|${cell.method}|${cell.type}`;
}
