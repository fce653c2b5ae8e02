import type { KnownDivergence } from '../divergence.js';

/** A target that appends the BIP44 path itself refuses an ethereum phrase that already carries one. */
export const ETHEREUM_TYPED_PATH_REFUSED: KnownDivergence = {
  id: 'ethereum-typed-path-refused',
  claim:
    "the extension's getSuri appends /m/44'/60'/0'/0/0 to every ethereum import, so a phrase that carries its own BIP44 path (another wallet's index, or index 0 written out) is refused ('Invalid derivation path')",
  sources: ['https://github.com/polkadot-js/extension/blob/v0.62.3/packages/extension-base/src/background/handlers/Extension.ts'],
  scenario: 'scenarios/bugs/extension-ethereum-index-0.json',
  predict({ artifact, target }) {
    if (target.ethereumPath !== 'index-0-appended' || artifact.kind !== 'phrase' || artifact.type !== 'ethereum') return undefined;
    // A words-only import (SubWallet) has no field to type the path into: nothing to refuse.
    if ((artifact.path ?? '') === '' || target.phraseImport === 'words-only') return undefined;
    // A ///password alone is no path: keyExtractSuri takes `///pw/m/44'/60'/0'/0/0` whole as the
    // password, which an ethereum phrase ignores (polkadot-js/common v13.5.7 keyring.ts L222,
    // mnemonicToLegacySeed(phrase, '', …)), and hdEthereum of the empty path is the master key
    // (hd/ethereum/index.ts L50-51): accepted, as another key. Not this record's refusal.
    if (artifact.path?.startsWith('///')) return undefined;
    return { kind: 'refusal', codes: ['E_PATH_INVALID'] };
  },
};
