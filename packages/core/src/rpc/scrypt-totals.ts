import type { ScryptCensus } from './scrypt-census.js';

/** Process-wide sum of the scrypt censuses of every client realm closed so far (benchmark figures). */
const totals: ScryptCensus = { count: 0, ms: 0, served: 0 };

export function addScryptCensus(census: ScryptCensus): void {
  totals.count += census.count;
  totals.ms += census.ms;
  totals.served += census.served;
}

export function scryptTotals(): ScryptCensus {
  return { ...totals };
}
