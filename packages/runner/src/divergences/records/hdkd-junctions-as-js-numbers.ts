import type { KnownDivergence } from '../divergence.js';
import { predictRuleDifference } from '../rule-difference.js';

/**
 * polkadot-api's hdkd-helpers reads junctions by JavaScript's unary plus into a u32: wherever one
 * of the two clients follows that rule and the other does not, the same typed path is another key.
 */
export const HDKD_JUNCTIONS_AS_JS_NUMBERS: KnownDivergence = {
  id: 'hdkd-junctions-as-js-numbers',
  claim:
    "polkadot-api's key stack (hdkd-helpers createChainCode) reads any junction JavaScript's `+code` takes for a number as a u32 that wraps modulo 2^32 ('//0x1234' is //4660, '//4294967296' is //0, '//1e3' is //1000), where util-crypto reads digits as a 256-bit number and '0x…' as bytes and sp-core reads u64 digits and text; the same path derives another key",
  sources: [
    'https://github.com/polkadot-labs/hdkd/blob/hdkd-helpers-v0.0.30/packages/hdkd-helpers/src/createChainCode.ts#L3-L8',
    'https://github.com/polkadot-js/common/blob/v14.0.3/packages/util-crypto/src/key/DeriveJunction.ts#L57-L66',
  ],
  scenario: 'scenarios/bugs/papi-junction-0x-read-as-number.json',
  predict: (ctx) => {
    const hdkdOnOneSide = (ctx.source.derivation.junctions === 'hdkd') !== (ctx.target.derivation.junctions === 'hdkd');
    return hdkdOnOneSide ? predictRuleDifference(ctx, 'junctions') : undefined;
  },
};
