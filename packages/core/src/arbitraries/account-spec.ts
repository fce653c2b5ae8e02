import fc from 'fast-check';
import type { AccountSpec, SpecSecret } from '../account-spec.js';
import { KEY_TYPES, type KeyType } from '../key-type.js';
import { NETWORKS } from '../networks.js';
import { pathArb } from './derivation-path.js';
import { nameArb, passwordArb } from './hostile-text.js';
import { phraseArb, seedArb } from './phrase.js';

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

function isSecp256k1Key(seed: `0x${string}`): boolean {
  const k = BigInt(seed);
  return k > 0n && k < SECP256K1_N;
}

export const keyTypeArb: fc.Arbitrary<KeyType> = fc.constantFrom(...KEY_TYPES);

export const specSecretArb: fc.Arbitrary<SpecSecret> = fc.oneof(
  { weight: 4, arbitrary: phraseArb().map((phrase) => ({ kind: 'phrase', phrase }) as const) },
  { weight: 1, arbitrary: seedArb.map((seed) => ({ kind: 'seed', seed }) as const) },
);

export interface AccountSpecConstraints {
  readonly type?: KeyType;
  /** Only phrase secrets (phrase-based methods) or only seeds. */
  readonly secret?: 'phrase' | 'seed';
  /** Force an empty path (e.g. for methods that carry no path). */
  readonly rootOnly?: boolean;
  /** Plain ASCII names/passwords, for runs where hostile text is not the point. */
  readonly plainText?: boolean;
}

/** A whole account spec; every field is generated, so a shrunk counterexample is minimal. */
export function accountSpecArb(c: AccountSpecConstraints = {}): fc.Arbitrary<AccountSpec> {
  const type = c.type === undefined ? keyTypeArb : fc.constant(c.type);
  const secret =
    c.secret === 'phrase'
      ? phraseArb().map((phrase) => ({ kind: 'phrase', phrase }) as const)
      : c.secret === 'seed'
        ? seedArb.map((seed) => ({ kind: 'seed', seed }) as const)
        : specSecretArb;
  // ecdsa/ethereum use the seed as a secp256k1 private key: it must lie in [1, n-1] (the all-zero
  // seed a shrinker reaches first makes util-crypto's wasm trap).
  const validFor = (t: KeyType) => (secret: SpecSecret) => (t !== 'ecdsa' && t !== 'ethereum' ? true : secret.kind !== 'seed' || isSecp256k1Key(secret.seed));
  const text = c.plainText ? fc.stringMatching(/^[A-Za-z0-9]{1,12}$/) : undefined;
  return type.chain((t) =>
    fc.record({
      secret: secret.filter(validFor(t)),
      path: c.rootOnly ? fc.constant('') : pathArb(t),
      type: fc.constant(t),
      name: text ?? nameArb,
      password: text ?? passwordArb,
      genesisHash: fc.constantFrom('', ...NETWORKS.map((n) => n.genesisHash)),
    }),
  );
}
