import { sameScrypt } from '@interop/core';
import type { KnownDivergence } from '../divergence.js';

const KEYSTORE_METHODS = new Set(['json', 'batch-json', 'export-all']);

export const SCRYPT_PARAMS_REFUSED: KnownDivergence = {
  id: 'scrypt-params-refused',
  claim:
    'a keystore written with util-crypto >= 13.5.3 uses scrypt N=2^17; a client on util-crypto < 13.5.3 accepts only N=2^15 and refuses the file ("Invalid injected scrypt params found"), single, batch or export-all alike',
  sources: [
    'https://github.com/polkadot-js/extension/issues/1577',
    'https://github.com/polkadot-js/extension/issues/1584',
    'https://github.com/polkadot-js/common/blob/v13.2.1/packages/util-crypto/src/scrypt/fromU8a.ts',
  ],
  scenario: 'scenarios/bugs/extension-scrypt-json-refused-by-0.55.1.json',
  predict({ method, source, target }) {
    if (!KEYSTORE_METHODS.has(method) || source.keystore === undefined || target.keystore === undefined) return undefined;
    const written = source.keystore.writes;
    if (target.keystore.reads.some((p) => sameScrypt(p, written))) return undefined;
    return { kind: 'refusal', codes: ['E_SCRYPT_PARAMS'] };
  },
};
