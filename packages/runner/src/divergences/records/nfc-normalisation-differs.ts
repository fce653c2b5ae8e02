import type { KnownDivergence } from '../divergence.js';
import { predictRuleDifference } from '../rule-difference.js';

export const NFC_NORMALISATION_DIFFERS: KnownDivergence = {
  id: 'nfc-normalisation-differs',
  claim:
    "util-crypto normalises the whole secret URI to Unicode NFC before parsing it from 13.4.1 on (keyExtractSuri); sp-core and older util-crypto take the bytes as typed, and so does a derive screen that hands the path alone to keyExtractPath (SubWallet's Derive account: @subwallet/keyring's substrate.derive); a path or ///password written in decomposed form derives another key",
  sources: [
    'https://github.com/polkadot-js/common/blob/v13.4.1/packages/util-crypto/src/key/extractSuri.ts#L22',
    'https://github.com/polkadot-js/common/blob/v13.5.5/packages/util-crypto/src/key/extractPath.ts#L16-L31',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/utils/account/derive/info/solo.ts#L296-L329',
  ],
  scenario: 'scenarios/bugs/util-crypto-nfc-before-13.4.1.json',
  predict: (ctx) => predictRuleDifference(ctx, 'nfc'),
};
