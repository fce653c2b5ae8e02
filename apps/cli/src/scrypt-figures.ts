import type { ScryptCensus } from '@interop/core/rpc';

/**
 * The closing figures of a matrix run (stderr): how much of its wall time the clients' own scrypt
 * explains. The floor is the scrypt the run computed, spread over its lanes: no harness can run
 * the same cells faster on this machine, since every evaluation computed was one no realm had
 * computed before (same inputs, same implementation). Every realm that runs scrypt counts it
 * (Node workers, the Apps page, the MV3 service worker: core/rpc/scrypt-census.ts).
 */
export function describeScryptWork(census: ScryptCensus, wallMs: number, lanes: number): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const floorMs = census.ms / Math.max(1, lanes);
  const ratio = floorMs > 0 ? ` (wall / floor ${(wallMs / floorMs).toFixed(2)})` : '';
  return (
    `scrypt in the client realms: ${census.count} computed (${seconds(census.ms)} of work), ${census.served} served from the run's memo; ` +
    `floor ${seconds(floorMs)} at ${lanes} lane(s), wall ${seconds(wallMs)}${ratio}`
  );
}
