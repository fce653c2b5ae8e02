import type { KnownDivergence } from '../divergence.js';
import { predictedKeys, targetAsksForSpecKey, targetRequests } from '../target-derivations.js';

/**
 * A client that appends the BIP44 path to ethereum phrases by itself never shows it, so the
 * path-and-type backup of such an account has no path; a client that takes the path as typed
 * restores the BIP32 master key.
 */
export const ETHEREUM_INDEX_0_NOT_WRITTEN: KnownDivergence = {
  id: 'ethereum-index-0-not-written',
  claim:
    "the extension adds /m/44'/60'/0'/0/0 to every ethereum phrase itself (getSuri) and never shows it, so the path the user writes down is empty; Apps takes the path as typed, and an empty one gives the BIP32 master key",
  sources: ['https://github.com/polkadot-js/extension/blob/v0.62.3/packages/extension-base/src/background/handlers/Extension.ts'],
  scenario: 'scenarios/bugs/extension-ethereum-path-not-shown.json',
  predict(ctx) {
    const { artifact, spec, source, target } = ctx;
    if (spec.type !== 'ethereum' || source.ethereumPath !== 'index-0-appended' || target.ethereumPath !== 'as-typed') return undefined;
    if (artifact.kind !== 'phrase' || (artifact.path ?? '') !== '' || spec.path === '' || targetAsksForSpecKey(ctx)) return undefined;
    const requests = targetRequests(ctx);
    return requests === undefined ? undefined : { kind: 'keys', keys: predictedKeys(ctx, requests) };
  },
};
