import { createHash } from 'node:crypto';
import { type Cell, cellId } from '../cell.js';

/**
 * What makes shards parts of one run: the same cells before sharding, the same runs per cell
 * and the same client profiles. Shards with another fingerprint come from another run, and
 * merging them would report a matrix nobody ran.
 */
export function planFingerprint(fullPlan: readonly Cell[], runs: number, clientIds: readonly string[]): string {
  const canonical = JSON.stringify({ cells: fullPlan.map(cellId).sort(), runs, clients: [...clientIds].sort() });
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}
