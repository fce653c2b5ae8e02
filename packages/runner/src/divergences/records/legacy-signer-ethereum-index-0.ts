import type { KnownDivergence } from '../divergence.js';
import { ETHEREUM_INDEX_0 } from '../target-derivations.js';

export const LEGACY_SIGNER_ETHEREUM_INDEX_0: KnownDivergence = {
  id: 'legacy-signer-ethereum-index-0',
  claim:
    "the React Native Parity Signer has one Ethereum account per phrase, BIP44 m/44'/60'/0'/0/0; an ethereum account at another index (a second MetaMask account) cannot be made there",
  sources: ['https://github.com/paritytech/react-native-substrate-sign/blob/6bf55b5fa78ec753ef80e9a3d1fd6d44717b6f2d/rust/signer/src/eth.rs#L61-L69'],
  scenario: 'scenarios/bugs/legacy-signer-ethereum-index-1.json',
  predict({ artifact, target }) {
    if (target.ethereumPath !== 'index-0-only' || artifact.kind !== 'phrase' || artifact.type !== 'ethereum') return undefined;
    const path = artifact.path ?? '';
    if (path === '' || path === ETHEREUM_INDEX_0) return undefined;
    return { kind: 'refusal', codes: ['E_PATH_INVALID'] };
  },
};
