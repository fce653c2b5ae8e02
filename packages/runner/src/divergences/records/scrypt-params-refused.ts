import { sameScrypt } from '@interop/core';
import type { KnownDivergence } from '../divergence.js';

const KEYSTORE_METHODS = new Set(['json', 'batch-json', 'export-all']);

export const SCRYPT_PARAMS_REFUSED: KnownDivergence = {
  id: 'scrypt-params-refused',
  // The rule as util-crypto states it, so the claim is true of any file `interop check` is given,
  // not only of the N=2^17 files the matrix's clients write.
  claim:
    'a client refuses a keystore written with scrypt parameters its util-crypto does not read, single, batch or export-all alike: before 13.5.3 it reads only N=2^15, r=8, p=1 ("Invalid injected scrypt params found"); from 13.5.3 it writes N=2^17, refuses N > 2^20, r > 16 or p > 4 ("Scrypt parameters exceed safe limits") and then reads only its presets (N=2^15 p=1 or 3, 2^16 p=2, 2^17 p=1, r=8); so an N=2^17 file from a current client is refused by one before 13.5.3',
  sources: [
    'https://github.com/polkadot-js/extension/issues/1577',
    'https://github.com/polkadot-js/extension/issues/1584',
    'https://github.com/polkadot-js/common/blob/v13.2.1/packages/util-crypto/src/scrypt/fromU8a.ts#L27-L29',
    'https://github.com/polkadot-js/common/blob/v13.5.7/packages/util-crypto/src/scrypt/fromU8a.ts#L31-L41',
    'https://github.com/polkadot-js/common/blob/v13.5.7/packages/util-crypto/src/scrypt/defaults.ts#L6-L19',
  ],
  scenario: 'scenarios/bugs/extension-scrypt-json-refused-by-0.55.1.json',
  predict({ method, source, target }) {
    if (!KEYSTORE_METHODS.has(method) || source.keystore === undefined || target.keystore === undefined) return undefined;
    const written = source.keystore.writes;
    if (target.keystore.reads.some((p) => sameScrypt(p, written))) return undefined;
    return { kind: 'refusal', codes: ['E_SCRYPT_PARAMS'] };
  },
};
