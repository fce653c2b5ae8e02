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
    if (ctx.method !== 'phrase') return undefined;
    const requests = targetRequests(ctx);
    if (requests === undefined || !requests.some((r) => r.type === ctx.spec.type)) return undefined;
    if (requests.some((r) => r.type === ctx.spec.type && r.path === ctx.spec.path)) return undefined;
    return { kind: 'keys', keys: predictedKeys(ctx, requests) };
  },
};
