import { type AccountSpec, type DefaultKey, type DerivationRules, expectedPublicKey, type KeyType, toErrorInfo, unifiedDeriveRequests } from '@interop/core';
import type { DivergenceContext, KeyRef } from './divergence.js';

/** The BIP44 path a client with `ethereumPath: 'index-0-appended'` adds to every ethereum phrase. */
export const ETHEREUM_INDEX_0 = "/m/44'/60'/0'/0/0";

/**
 * Which keys the target derives from the artifact by itself: a phrase alone (or a Banana Split
 * set, which carries the phrase only) gives the target's default keys; a phrase or seed with a
 * path and type gives that one key (an ethereum phrase without a path at BIP44 index 0).
 * Undefined for artifacts that carry the key itself (keystores, QR codes, storage).
 */
export function targetRequests(
  ctx: Pick<DivergenceContext, 'artifact' | 'target' | 'targetHolds'> & { readonly spec?: DivergenceContext['spec'] },
): readonly DefaultKey[] | undefined {
  const { artifact, target } = ctx;
  // A note marks a ///password without showing it: the user types it again (the spec's own).
  const typed = ctx.spec?.path.includes('///') ? ctx.spec.path.slice(ctx.spec.path.indexOf('///') + 3) : '';
  const noted = (d: { readonly path: string; readonly hasPassword?: boolean }) => (d.hasPassword === true ? `${d.path}///${typed}` : d.path);
  // Types the target makes network keys in: its defaults' own, and every encryption it holds specs of.
  const held = [...new Set<KeyType>(['sr25519', ...ctx.targetHolds])];
  const perSpec = (paths: readonly string[]): DefaultKey[] => held.flatMap((type) => paths.map((path) => ({ path, type })));
  const defaults = [...target.phraseDefaults, ...perSpec(target.networkKeysPerSpec ?? []).filter((k) => k.type !== 'sr25519')];
  if (artifact.kind === 'banana-split') return defaults;
  if (artifact.kind !== 'phrase' && artifact.kind !== 'raw-seed') return undefined;
  // An import screen with one field for the words: the path, type and notes beside them go nowhere,
  // except a written path the client's Derive account then takes under the imported account.
  if (artifact.kind === 'phrase' && target.phraseImport === 'words-only') {
    if (target.phraseDerive === undefined || artifact.path === undefined) return target.phraseDefaults;
    return [...target.phraseDefaults, ...unifiedDeriveRequests(artifact.path, artifact.type ?? 'sr25519')];
  }
  // An import screen with one field for the key, which it reads as one type.
  if (artifact.kind === 'raw-seed' && target.rawSeedAs !== undefined) return [{ path: '', type: target.rawSeedAs }];
  // Notes name a network, not a type: a client that keys specs by encryption re-enters each path
  // in every spec of that network it holds; the others make their default type.
  const notes =
    artifact.kind === 'phrase'
      ? (artifact.derivations ?? []).flatMap((d) =>
          d.type !== undefined
            ? [{ path: noted(d), type: d.type }]
            : target.networkKeysPerSpec !== undefined
              ? perSpec([noted(d)])
              : [{ path: noted(d), type: 'sr25519' as const }],
        )
      : [];
  const alone = artifact.path === undefined && artifact.type === undefined;
  if (alone && artifact.kind === 'phrase') return [...defaults, ...notes];
  const type: KeyType = artifact.type ?? 'sr25519';
  const path = artifact.path ?? '';
  // The polkadot-js clients put an ethereum phrase without a path at index 0: the extension
  // appends it (getSuri), Apps starts its path field with it (CreateEthDerivationPath
  // ETH_DEFAULT_PATH); the React Native Signer has index 0 only.
  const own = type === 'ethereum' && artifact.kind === 'phrase' && target.ethereumPath !== undefined && path === '' ? ETHEREUM_INDEX_0 : path;
  return [{ path: own, type }, ...notes];
}

/** The secret of the artifact as a spec secret. */
export function artifactSecret(ctx: Pick<DivergenceContext, 'artifact' | 'spec'>): AccountSpec['secret'] {
  const { artifact } = ctx;
  if (artifact.kind === 'phrase') return { kind: 'phrase', phrase: artifact.phrase };
  if (artifact.kind === 'raw-seed') return { kind: 'seed', seed: artifact.seed };
  return ctx.spec.secret;
}

/** The rules the target derives one request by: its own, but for a path a derive screen takes un-normalised. */
export function requestRules(ctx: Pick<DivergenceContext, 'target'>, request: DefaultKey): DerivationRules {
  return request.nfc === false ? { ...ctx.target.derivation, nfc: false } : ctx.target.derivation;
}

/** The keys the target's derivation rules give for its requests (a request its rules refuse is left out). */
export function predictedKeys(ctx: DivergenceContext, requests: readonly DefaultKey[]): KeyRef[] {
  const secret = artifactSecret(ctx);
  const keys: KeyRef[] = [];
  for (const r of requests) {
    try {
      keys.push({ publicKey: expectedPublicKey({ secret, path: r.path, type: r.type }, requestRules(ctx, r)), type: r.type });
    } catch (error) {
      // A default key the rules cannot derive is not restored; anything else is a bug here.
      if (toErrorInfo(error).code === 'E_INTERNAL') throw error;
    }
  }
  return keys;
}

/** The target's request for the very key the spec names (same path and type), if it makes one. */
export function targetSpecRequest(ctx: DivergenceContext): DefaultKey | undefined {
  return targetRequests(ctx)?.find((r) => r.path === ctx.spec.path && r.type === ctx.spec.type);
}

/** Whether the target derives the very key the spec names (same path and type). */
export function targetAsksForSpecKey(ctx: DivergenceContext): boolean {
  return targetSpecRequest(ctx) !== undefined;
}
