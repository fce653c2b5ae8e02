import { type Artifact, type ClientFactory, DEV_PHRASE, ERROR_CODES, expectedPublicKey, type Identity, toErrorInfo } from '@interop/core';
import type { DivergenceContext, KnownDivergence } from '../divergences/divergence.js';
import { judge, type Seen } from '../divergences/evaluate.js';
import { KNOWN_DIVERGENCES } from '../divergences/table.js';
import { watchAddress } from '../observation.js';
import { methodOf, typeOf } from './artifact-method.js';
import { predictRefusals } from './predict-refusals.js';
import type { ProfileResult } from './restore-everywhere.js';

/** Profiles that restored exactly the same keys. */
export interface ResultGroup {
  readonly profiles: readonly string[];
  readonly identities: readonly Identity[];
}

/** Why one profile's answer differs from the reference group's. */
export interface Difference {
  readonly profile: string;
  /** The known divergences that predict exactly this answer; empty when none does. */
  readonly explainedBy: readonly { readonly id: string; readonly claim: string; readonly sources: readonly string[]; readonly scenario: string }[];
}

/**
 * When no profile restored the file: the refusal most of them gave, by code. A wrong password
 * refused by every client is one answer they agree on, not a difference between them.
 */
export interface CommonRefusal {
  readonly code: string;
  /** What the code means (core/client-error.ts ERROR_CODES). */
  readonly meaning: string;
  readonly profiles: readonly string[];
}

export interface Comparison {
  readonly groups: readonly ResultGroup[];
  /**
   * The answer the others are compared with: the group that restored the very key the file names
   * (a phrase or seed written with its path and type), the largest such; else the largest group.
   */
  readonly reference?: ResultGroup;
  /** Set when no profile restored it: the refusal most profiles gave. */
  readonly commonRefusal?: CommonRefusal;
  readonly differences: readonly Difference[];
  /** "same address in 6 of 7 profiles; extension@0.55.1 refuses: …" */
  readonly verdict: string;
  /** Every profile that reads the file restored the same keys. */
  readonly agree: boolean;
}

/** Files that hold several accounts: their answer is the whole set restored. */
const MANY = new Set(['batch-json', 'export-all', 'local-storage']);

/**
 * What makes two restored keys the same answer: type and key with the secret; for a watch-only
 * entry its address only, as the matrix compares them (observation.ts): clients file an address
 * under a type of their own (Apps: ed25519), and an address has none.
 */
function idOf(i: Identity): string {
  return i.hasSecret ? `${i.type}:${i.publicKey.toLowerCase()}:true` : `watch-only:${watchAddress(i)}`;
}

/**
 * The key a profile's answer stands for. A file about one key may bring more with it (Vault
 * recreates its default key set around the key); the answer is the restored key most profiles
 * also restored, so the extras do not split otherwise equal answers.
 */
function answerOf(identities: readonly Identity[], popularity: ReadonlyMap<string, number>): readonly Identity[] {
  if (identities.length <= 1) return identities;
  const best = [...identities].sort((a, b) => (popularity.get(idOf(b)) ?? 0) - (popularity.get(idOf(a)) ?? 0))[0];
  return best === undefined ? [] : [best];
}

function keyOf(identities: readonly Identity[]): string {
  return identities.map(idOf).sort().join('|');
}

function seenOf(result: ProfileResult, reference: ResultGroup): Seen | undefined {
  if (result.status === 'refused') return { kind: 'refused', error: result.error };
  if (result.status !== 'restored') return undefined;
  const first = reference.identities[0];
  if (first !== undefined && result.identities.some((r) => idOf(r) === idOf(first))) return { kind: 'match' };
  return { kind: 'mismatch', restored: result.identities };
}

/**
 * Groups equal answers and explains each answer outside the largest group by the known
 * divergences: a record explains it when, taking a reference profile as the writer of the key,
 * it covers this file and predicts exactly what the other profile did.
 */
export function compareResults(
  artifact: Artifact,
  results: readonly ProfileResult[],
  factories: readonly ClientFactory[],
  table: readonly KnownDivergence[] = KNOWN_DIVERGENCES,
): Comparison {
  const popularity = new Map<string, number>();
  for (const r of results) if (r.status === 'restored') for (const i of new Set(r.identities.map(idOf))) popularity.set(i, (popularity.get(i) ?? 0) + 1);
  const byId = new Map(factories.map((f) => [f.info.id, f]));
  const groups = new Map<string, { profiles: string[]; identities: readonly Identity[] }>();
  /** Groups whose answer is the key the file names. */
  const naming = new Set<string>();
  for (const r of results) {
    if (r.status !== 'restored') continue;
    const named = MANY.has(artifact.kind) ? undefined : namedKey(artifact, r.identities, byId.get(r.profile));
    const answer = MANY.has(artifact.kind) ? r.identities : named ? [named] : answerOf(r.identities, popularity);
    const key = keyOf(answer);
    const group = groups.get(key) ?? { profiles: [], identities: answer };
    group.profiles.push(r.profile);
    groups.set(key, group);
    if (named) naming.add(key);
  }
  const ordered = [...groups.values()].sort((a, b) => b.profiles.length - a.profiles.length);
  // A file that names its key (a path or type written with the secret) is right about it, however
  // many profiles drop the path: a majority of words-only imports must not make the key look wrong.
  const reference = ordered.find((g) => naming.has(keyOf(g.identities))) ?? ordered[0];
  const readers = results.filter((r) => r.status !== 'unsupported');
  /** The divergences that predict this refusal from the file alone (none for a restore or a harness break). */
  const predicted = (r: ProfileResult): KnownDivergence[] => {
    const target = byId.get(r.profile);
    if (r.status !== 'refused' || target === undefined) return [];
    return predictRefusals(artifact, [target], table).flatMap((p) => {
      const d = table.find((x) => x.id === p.divergence);
      return d && p.codes.includes(r.error.code) ? [d] : [];
    });
  };
  // A refusal a divergence predicts is a known difference, so the common answer is drawn from the others first.
  const commonRefusal = reference === undefined ? commonRefusalOf(readers, (r) => predicted(r).length > 0) : undefined;
  const differences: Difference[] = [];
  for (const r of readers) {
    if (reference?.profiles.includes(r.profile) || commonRefusal?.profiles.includes(r.profile)) continue;
    const explainedBy: Difference['explainedBy'][number][] = [];
    // Nothing restored, so no profile stands as the writer of the key: a refusal is explained by
    // what the known divergences predict from the file alone, with that code.
    if (reference === undefined) for (const d of predicted(r)) explainedBy.push({ id: d.id, claim: d.claim, sources: d.sources, scenario: d.scenario });
    const target = byId.get(r.profile);
    const writer = reference ? byId.get(reference.profiles[0] ?? '') : undefined;
    const seen = reference ? seenOf(r, reference) : undefined;
    const key = reference?.identities[0];
    if (target && writer && seen && key) {
      const secret =
        artifact.kind === 'raw-seed'
          ? ({ kind: 'seed', seed: artifact.seed } as const)
          : ({ kind: 'phrase', phrase: artifact.kind === 'phrase' ? artifact.phrase : DEV_PHRASE } as const);
      const ctx: DivergenceContext = {
        method: methodOf(artifact),
        spec: {
          secret,
          path: artifact.kind === 'phrase' || artifact.kind === 'raw-seed' ? (artifact.path ?? '') : '',
          type: typeOf(artifact),
          name: '',
          password: '',
        },
        artifact,
        sourceKey: { publicKey: key.publicKey, type: key.type },
        source: writer.info.traits,
        target: target.info.traits,
        targetHolds: [],
      };
      const verdict = judge(seen, ctx, table);
      if (verdict.kind === 'diverged') {
        for (const id of verdict.ids) {
          const d = table.find((x) => x.id === id);
          if (d) explainedBy.push({ id, claim: d.claim, sources: d.sources, scenario: d.scenario });
        }
      }
    }
    differences.push({ profile: r.profile, explainedBy });
  }
  const agreeing = reference?.profiles.length ?? 0;
  const others = readers
    .filter((r) => !(reference?.profiles.includes(r.profile) ?? false) && !(commonRefusal?.profiles.includes(r.profile) ?? false))
    .map((r) => {
      const what = r.status === 'refused' || r.status === 'error' ? `refuses: ${r.error.code}: ${r.error.message}` : 'restores other keys';
      const why = differences.find((d) => d.profile === r.profile)?.explainedBy.map((e) => e.id) ?? [];
      return `${r.profile} ${what}${why.length ? ` (known: ${why.join(', ')})` : ' (unexplained)'}`;
    });
  const refusedBy = commonRefusal
    ? `${whoRefuses(commonRefusal.profiles.length, readers.length)} it with ${commonRefusal.code} (${commonRefusal.meaning})`
    : '';
  const verdict =
    readers.length === 0
      ? 'no profile reads this kind of backup'
      : reference === undefined
        ? `no profile restored it${refusedBy ? `: ${refusedBy}` : ''}${others.length ? `; ${others.join('; ')}` : ''}`
        : `same keys in ${agreeing} of ${readers.length} profiles that read this file${others.length ? `; ${others.join('; ')}` : ''}`;
  return {
    groups: ordered,
    ...(reference ? { reference } : {}),
    ...(commonRefusal ? { commonRefusal } : {}),
    differences,
    verdict,
    agree: readers.length > 0 && agreeing === readers.length,
  };
}

/**
 * The restored key the file names, where a profile restored it: the phrase or seed at the path and
 * type written with it, computed by the oracle under that profile's own rules. Files that name no
 * path or type (a phrase alone, a keystore) name no key here.
 */
function namedKey(artifact: Artifact, restored: readonly Identity[], factory: ClientFactory | undefined): Identity | undefined {
  if (artifact.kind !== 'phrase' && artifact.kind !== 'raw-seed') return undefined;
  if ((artifact.path === undefined && artifact.type === undefined) || factory === undefined) return undefined;
  const secret = artifact.kind === 'phrase' ? ({ kind: 'phrase', phrase: artifact.phrase } as const) : ({ kind: 'seed', seed: artifact.seed } as const);
  const type = typeOf(artifact);
  let publicKey: string;
  try {
    publicKey = expectedPublicKey({ secret, path: artifact.path ?? '', type }, factory.info.traits.derivation).toLowerCase();
  } catch (error) {
    // A path the profile's rules refuse names no key for it; anything else is a bug here.
    if (toErrorInfo(error).code === 'E_INTERNAL') throw error;
    return undefined;
  }
  return restored.find((i) => i.hasSecret && i.type === type && i.publicKey.toLowerCase() === publicKey);
}

/** "all 3 profiles that read this file refuse", "2 of 3 profiles … refuse", "the one profile … refuses". */
function whoRefuses(some: number, all: number): string {
  if (all === 1) return 'the one profile that reads this file refuses';
  return `${some === all ? `all ${all}` : `${some} of ${all}`} profiles that read this file refuse`;
}

/**
 * The code most readers refused with (the first such in the results' order on a tie), counting
 * first only the refusals no divergence predicts; errors are not refusals.
 */
function commonRefusalOf(readers: readonly ProfileResult[], isPredicted: (r: ProfileResult) => boolean): CommonRefusal | undefined {
  const refused = readers.filter((r) => r.status === 'refused');
  const unpredicted = refused.filter((r) => !isPredicted(r));
  const byCode = new Map<string, string[]>();
  for (const r of unpredicted.length > 0 ? unpredicted : refused)
    if (r.status === 'refused') byCode.set(r.error.code, [...(byCode.get(r.error.code) ?? []), r.profile]);
  let best: [string, string[]] | undefined;
  for (const entry of byCode) if (best === undefined || entry[1].length > best[1].length) best = entry;
  if (best === undefined) return undefined;
  const [code, profiles] = best;
  return { code, meaning: ERROR_CODES[code as keyof typeof ERROR_CODES] ?? code, profiles };
}
