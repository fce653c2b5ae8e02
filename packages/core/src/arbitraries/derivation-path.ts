import fc from 'fast-check';
import type { KeyType } from '../key-type.js';

/** A junction's text: numeric (u64 and beyond), plain text, or unicode letters. Never contains '/'. */
const segmentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }).map(String) },
  // Beyond u64 sp-core reads the digits as text, util-crypto as a number: rare but kept.
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String) },
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,15}$/) },
  { weight: 2, arbitrary: fc.constantFrom('polkadot', 'kusama', 'westend', 'Alice', 'staking', '0x00', 'ünïcødé', '日本', 'e\u0301') },
);

const junctionArb = (soft: boolean): fc.Arbitrary<string> =>
  soft ? fc.tuple(fc.boolean(), segmentArb).map(([hard, s]) => (hard ? `//${s}` : `/${s}`)) : segmentArb.map((s) => `//${s}`);

/**
 * Substrate derivation paths `//hard/soft...///password`. Soft junctions only where the key type
 * supports them (sr25519: util-crypto refuses soft derivation for ed25519 and ecdsa).
 */
export function substratePathArb(type: Exclude<KeyType, 'ethereum'>, options: { password?: boolean } = {}): fc.Arbitrary<string> {
  const junctions = fc.array(junctionArb(type === 'sr25519'), { maxLength: 4 }).map((js) => js.join(''));
  const password =
    options.password === false
      ? fc.constant('')
      : fc.option(fc.stringMatching(/^[^\s/][^\n]{0,15}$/), { nil: undefined, freq: 3 }).map((p) => (p === undefined ? '' : `///${p}`));
  return fc.tuple(junctions, password).map(([j, p]) => `${j}${p}`);
}

/** BIP44 ethereum paths as polkadot-js accepts them: `/m/44'/60'/<account>'/0/<index>`. */
export const ethereumPathArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 20 }))
  .map(([account, index]) => `/m/44'/60'/${account}'/0/${index}`);

export function pathArb(type: KeyType): fc.Arbitrary<string> {
  return type === 'ethereum' ? fc.oneof(fc.constant(''), ethereumPathArb) : substratePathArb(type);
}
