import type { KnownDivergence } from '../divergence.js';
import { predictedKeys, targetRequests } from '../target-derivations.js';

/** Banana Split shares hold the phrase only: Vault recreates its default key set from it. */
export const BANANA_SPLIT_CARRIES_PHRASE_ONLY: KnownDivergence = {
  id: 'banana-split-carries-phrase-only',
  claim:
    'Banana Split stores the phrase only; the restoring Vault recreates its default key set (root and //network keys, sr25519), so a custom derivation or another key type must be added again by hand',
  sources: ['https://github.com/novasamatech/parity-signer/blob/v7.2.0/rust/navigator/src/lib.rs'],
  scenario: 'scenarios/bugs/vault-banana-split-phrase-only.json',
  predict(ctx) {
    if (ctx.method !== 'banana-split') return undefined;
    const requests = targetRequests(ctx);
    if (requests === undefined || requests.some((r) => r.type === ctx.spec.type && r.path === ctx.spec.path)) return undefined;
    return { kind: 'keys', keys: predictedKeys(ctx, requests) };
  },
};
