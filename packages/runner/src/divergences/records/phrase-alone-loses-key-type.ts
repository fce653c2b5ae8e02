import type { KnownDivergence } from '../divergence.js';
import { predictedKeys, targetRequests } from '../target-derivations.js';

/** A backup that holds the phrase but not the key type restores the target's default types only. */
export const PHRASE_ALONE_LOSES_KEY_TYPE: KnownDivergence = {
  id: 'phrase-alone-loses-key-type',
  claim:
    "the backup does not say the key type (a phrase alone, or Vault's backup screen, which lists paths per network and no encryption): the target makes only its default key type from it (sr25519 in the polkadot-js clients and Vault), so an account of another type comes back as another address",
  sources: [
    'https://github.com/polkadot-js/extension/issues/697',
    'https://github.com/polkadot-js/apps/issues/3517',
    'https://github.com/novasamatech/parity-signer/blob/v7.2.0/rust/db_handling/src/interface_signer.rs (backup_prep: DerivationPack without encryption)',
  ],
  scenario: 'scenarios/bugs/extension-ed25519-phrase.json',
  predict(ctx) {
    const { artifact, spec } = ctx;
    if ((artifact.kind !== 'phrase' && artifact.kind !== 'banana-split') || (artifact.kind === 'phrase' && artifact.type !== undefined)) return undefined;
    if (ctx.method === 'banana-split') return undefined; // banana-split-carries-phrase-only says why
    const requests = targetRequests(ctx);
    if (requests === undefined || requests.some((r) => r.type === spec.type)) return undefined;
    return { kind: 'keys', keys: predictedKeys(ctx, requests) };
  },
};
