import type { KnownDivergence } from '../divergence.js';
import { predictRuleDifference } from '../rule-difference.js';

export const JUNCTION_RULES_DIFFER: KnownDivergence = {
  id: 'junction-rules-differ',
  claim:
    "sp-core (Vault, the Parity Signer) and util-crypto (the polkadot-js clients) read some junction texts differently: '0x…' is text to sp-core and raw bytes to util-crypto, '+5' is the number 5 to sp-core and text to util-crypto, numbers above 2^64-1 are text to sp-core and numbers to util-crypto; the same path derives another key",
  sources: [
    'https://github.com/paritytech/substrate/blob/49734dd1d72a00b9d3b87ba397661a63e0e17af3/primitives/core/src/crypto.rs (impl From<T: AsRef<str>> for DeriveJunction)',
    'https://github.com/polkadot-js/common/blob/v13.5.7/packages/util-crypto/src/key/DeriveJunction.ts#L23-L31',
    'https://github.com/polkadot-js/common/blob/v13.5.7/packages/util-crypto/src/key/DeriveJunction.ts#L57-L70',
  ],
  scenario: 'scenarios/bugs/vault-junction-parsing.json',
  // hdkd's rule against either of these is its own record (hdkd-junctions-as-js-numbers).
  predict: (ctx) =>
    ctx.source.derivation.junctions === 'hdkd' || ctx.target.derivation.junctions === 'hdkd' ? undefined : predictRuleDifference(ctx, 'junctions'),
};
