import type { AccountSpec, Artifact, ClientTraits, ErrorCode, Hex, KeyType, Method } from '@interop/core';

/**
 * What a divergence's condition may read: the method, the spec and the artifact the source made,
 * and the traits of the two clients. Never their names or versions: a verdict follows from what
 * a client does, so it holds for every client that does the same.
 */
export interface DivergenceContext {
  readonly method: Method;
  readonly spec: AccountSpec;
  readonly artifact: Artifact;
  /** The key the source made (checked against the oracle under the source's rules). */
  readonly sourceKey: KeyRef;
  readonly source: ClientTraits;
  readonly target: ClientTraits;
  /** Key types the target holds network specs for beyond its defaults (the setup step it took, e.g. Vault's add_specs). */
  readonly targetHolds: readonly KeyType[];
}

/** A key by its public key and type. */
export interface KeyRef {
  readonly publicKey: Hex;
  readonly type: KeyType;
}

/** What the target does instead of restoring the source's key, as the divergence states it. */
export type Prediction =
  /** It restores these keys (each with its secret), none of them the source's. */
  | { readonly kind: 'keys'; readonly keys: readonly KeyRef[] }
  /** It refuses, with one of these codes. */
  | { readonly kind: 'refusal'; readonly codes: readonly ErrorCode[] }
  /** It holds a watch-only entry with these public key bytes (whatever type it files them under). */
  | { readonly kind: 'watch-only-bytes'; readonly publicKey: Hex };

/**
 * A mismatch documented upstream, as data with a condition (after wptrunner's expectation
 * metadata): what it claims, where upstream shows it, the scenario that reproduces it, and
 * `predict`, which returns what the target does for a spec it covers and undefined for any other.
 * A covered spec that restores the source's key means the divergence stopped: the run goes red.
 */
export interface KnownDivergence {
  readonly id: string;
  readonly claim: string;
  /** Upstream issues, or files and lines at the pinned tags. */
  readonly sources: readonly string[];
  /** The scenario file under scenarios/bugs/ that reproduces it. */
  readonly scenario: string;
  predict(ctx: DivergenceContext): Prediction | undefined;
}
