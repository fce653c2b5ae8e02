import type { KnownDivergence } from '../divergence.js';
import { predictRuleDifference } from '../rule-difference.js';

export const BIP39_SEED_ROUNDS_DIFFER: KnownDivergence = {
  id: 'bip39-seed-rounds-differ',
  claim:
    'util-crypto 13.5.6 derives the BIP39 seed of ethereum accounts with 210000 PBKDF2 rounds instead of 2048, so an ethereum account made from a phrase there, or a phrase restored there, has another address (reverted in 13.5.7)',
  sources: [
    'https://github.com/polkadot-js/apps/issues/11855',
    'https://github.com/polkadot-js/common/blob/v13.5.6/packages/util-crypto/src/pbkdf2/encode.ts#L18',
  ],
  scenario: 'scenarios/bugs/util-crypto-13.5.6-ethereum-phrase.json',
  predict: (ctx) => predictRuleDifference(ctx, 'bip39SeedRounds'),
};
