import type { KnownDivergence } from '../divergence.js';
import { predictedKeys, targetRequests } from '../target-derivations.js';

/** A phrase written down alone restores the target's default key types only. */
export const PHRASE_ALONE_LOSES_KEY_TYPE: KnownDivergence = {
  id: 'phrase-alone-loses-key-type',
  claim:
    'a phrase alone does not say the key type: the target makes only its default key types from it (sr25519 in the polkadot-js clients and Vault), so an account of another type comes back as another address',
  sources: ['https://github.com/polkadot-js/extension/issues/697', 'https://github.com/polkadot-js/apps/issues/3517'],
  scenario: 'scenarios/bugs/extension-ed25519-phrase.json',
  predict(ctx) {
    if (ctx.method !== 'phrase') return undefined;
    const requests = targetRequests(ctx);
    if (requests === undefined || requests.some((r) => r.type === ctx.spec.type)) return undefined;
    return { kind: 'keys', keys: predictedKeys(ctx, requests) };
  },
};
