import type { KnownDivergence } from '../divergence.js';
import { predictRuleDifference } from '../rule-difference.js';

export const NFC_NORMALISATION_DIFFERS: KnownDivergence = {
  id: 'nfc-normalisation-differs',
  claim:
    'util-crypto normalises the whole secret URI to Unicode NFC before parsing it from 13.4.1 on; sp-core and older util-crypto take the bytes as typed, so a path or ///password written in decomposed form derives another key',
  sources: ['https://github.com/polkadot-js/common/blob/v13.4.1/packages/util-crypto/src/key/extractSuri.ts#L22'],
  scenario: 'scenarios/bugs/util-crypto-nfc-before-13.4.1.json',
  predict: (ctx) => predictRuleDifference(ctx, 'nfc'),
};
