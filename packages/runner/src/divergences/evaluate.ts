import { type ErrorInfo, type Identity, sameIdentity } from '@interop/core';
import type { DivergenceContext, KnownDivergence, Prediction } from './divergence.js';

/** What one restore showed, before any divergence is consulted. */
export type Seen =
  | { readonly kind: 'match' }
  | { readonly kind: 'mismatch'; readonly restored: readonly Identity[] }
  | { readonly kind: 'refused'; readonly error: ErrorInfo };

/** The verdict on one spec. */
export type SpecVerdict =
  | { readonly kind: 'pass' }
  /** Restored as the covering divergences predict. */
  | { readonly kind: 'diverged'; readonly ids: readonly string[] }
  /** A covering divergence predicted otherwise, yet the source's key came back: the table is out of date. */
  | { readonly kind: 'stopped'; readonly ids: readonly string[] }
  /** Not restored, and no divergence predicts what happened instead (`predicted` when one covered it). */
  | { readonly kind: 'fail'; readonly predicted?: string };

export function describePrediction(p: Prediction): string {
  switch (p.kind) {
    case 'keys':
      return `restores ${p.keys.length === 0 ? 'no key' : p.keys.map((k) => `${k.type} ${k.publicKey}`).join(', ')}`;
    case 'refusal':
      return `refuses with ${p.codes.join(' or ')}`;
    case 'watch-only-bytes':
      return `holds a watch-only entry of ${p.publicKey}`;
  }
}

function satisfies(p: Prediction, seen: Exclude<Seen, { kind: 'match' }>): boolean {
  switch (p.kind) {
    case 'keys':
      return seen.kind === 'mismatch' && p.keys.every((k) => seen.restored.some((r) => r.hasSecret && sameIdentity(r, k)));
    case 'refusal':
      return seen.kind === 'refused' && p.codes.includes(seen.error.code);
    case 'watch-only-bytes':
      return seen.kind === 'mismatch' && seen.restored.some((r) => !r.hasSecret && r.publicKey.toLowerCase() === p.publicKey.toLowerCase());
  }
}

/**
 * Judges one restore against the table: every divergence is asked whether it covers the spec.
 * The source's key coming back is a pass when none covers it and "stopped" when one does; a
 * restore that differs is a divergence only when a covering record predicted exactly what the
 * target did instead, and a failure otherwise.
 */
export function judge(seen: Seen, ctx: DivergenceContext, table: readonly KnownDivergence[]): SpecVerdict {
  const covering = table.flatMap((d) => {
    const prediction = d.predict(ctx);
    return prediction === undefined ? [] : [{ d, prediction }];
  });
  if (seen.kind === 'match') return covering.length === 0 ? { kind: 'pass' } : { kind: 'stopped', ids: covering.map((c) => c.d.id) };
  const met = covering.filter((c) => satisfies(c.prediction, seen));
  if (met.length > 0) return { kind: 'diverged', ids: met.map((c) => c.d.id) };
  if (covering.length === 0) return { kind: 'fail' };
  return { kind: 'fail', predicted: covering.map((c) => `${c.d.id} predicts it ${describePrediction(c.prediction)}`).join('; ') };
}
