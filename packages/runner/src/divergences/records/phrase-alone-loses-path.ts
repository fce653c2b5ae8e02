import type { KnownDivergence } from '../divergence.js';
import { predictedKeys, targetRequests } from '../target-derivations.js';

/** A phrase written down alone restores the target's default paths only. */
export const PHRASE_ALONE_LOSES_PATH: KnownDivergence = {
  id: 'phrase-alone-loses-path',
  claim:
    'a phrase alone does not say the derivation path: the target makes only its default keys from it (the root key in the polkadot-js clients, root and //network keys in Vault, //network keys only in the React Native Signer), so a key at another path comes back as another address',
  sources: [
    'https://github.com/novasamatech/parity-signer/issues/833',
    'https://github.com/novasamatech/parity-signer/issues/887',
    'https://github.com/polkadot-js/extension/issues/931',
  ],
  scenario: 'scenarios/bugs/vault-network-key-phrase-only.json',
  predict(ctx) {
    const { artifact, spec } = ctx;
    if (ctx.method !== 'phrase' || artifact.kind !== 'phrase' || artifact.path !== undefined) return undefined;
    const requests = targetRequests(ctx);
    if (requests === undefined || !requests.some((r) => r.type === spec.type)) return undefined;
    if (requests.some((r) => r.type === spec.type && r.path === spec.path)) return undefined;
    return { kind: 'keys', keys: predictedKeys(ctx, requests) };
  },
};
