import type { ErrorInfo } from './client-error.js';

/**
 * The verdict of one check, after Bowtie: a skip (unsupported) or a documented divergence is
 * never a pass, and an error (the harness or client broke) is kept apart from a fail (the
 * client answered, wrongly).
 */
export type Outcome =
  | { readonly status: 'pass'; readonly note?: string }
  | { readonly status: 'fail'; readonly expected: string; readonly actual: string; readonly reason: string }
  | { readonly status: 'unsupported'; readonly reason: string; readonly source?: string }
  | ({ readonly status: 'error'; readonly reason?: string } & ErrorInfo)
  | {
      readonly status: 'known-divergence';
      readonly reason: string;
      /** The first upstream link of the first divergence; `ids` name every one that applied. */
      readonly source: string;
      readonly scenario?: string;
      readonly stillDiverges: boolean;
      /** The ids of the known divergences seen in this cell (runner/src/divergences/records). */
      readonly ids?: readonly string[];
    };

export type OutcomeStatus = Outcome['status'];
export const OUTCOME_STATUSES: readonly OutcomeStatus[] = ['pass', 'fail', 'unsupported', 'error', 'known-divergence'];

/** Outcomes that make a run red. A known divergence that stopped diverging is red too: the table must be updated. */
export function isFailing(outcome: Outcome): boolean {
  return outcome.status === 'fail' || outcome.status === 'error' || (outcome.status === 'known-divergence' && !outcome.stillDiverges);
}
