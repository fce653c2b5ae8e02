import type { PredictedRefusal } from './predict-refusals.js';

/** The predicted refusals of one divergence, with every profile it names. */
export interface WarningGroup {
  readonly divergence: string;
  readonly claim: string;
  readonly profiles: readonly string[];
}

/** One line per divergence, not per profile: a long claim said once, in the order first predicted. */
export function groupWarnings(warnings: readonly PredictedRefusal[]): WarningGroup[] {
  const groups = new Map<string, { divergence: string; claim: string; profiles: string[] }>();
  for (const w of warnings) {
    const group = groups.get(w.divergence) ?? { divergence: w.divergence, claim: w.claim, profiles: [] };
    group.profiles.push(w.profile);
    groups.set(w.divergence, group);
  }
  return [...groups.values()];
}
