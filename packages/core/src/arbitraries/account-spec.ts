import fc from 'fast-check';
import type { AccountSpec, SpecSecret } from '../account-spec.js';
import { KEY_TYPES, type KeyType } from '../key-type.js';
import { NETWORKS } from '../networks.js';
import { SECRET_KIND_WEIGHTS } from '../secret-kind-weights.js';
import { pathArb } from './derivation-path.js';
import { hostileTextArb } from './hostile-text.js';
import { phraseArb, seedArb } from './phrase.js';

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

function isSecp256k1Key(seed: `0x${string}`): boolean {
  const k = BigInt(seed);
  return k > 0n && k < SECP256K1_N;
}

export const keyTypeArb: fc.Arbitrary<KeyType> = fc.constantFrom(...KEY_TYPES);

/**
 * The strictest limits of the clients' create pages, so that every generated account can be made
 * through every UI: the extension popup wants a name of 3+ and a password of 6+ characters, counted
 * as `value.length` (UTF-16 code units; polkadot-js/extension v0.62.3
 * packages/extension-ui/src/partials/Name.tsx line 23, partials/Password.tsx lines 18-49); Apps
 * wants a name that is not blank after trim (page-accounts/src/modals/CreateAccountInputs.tsx
 * `!!name.trim()`) and a non-empty password (ui-keyring Base.ts isPassValid).
 */
export const UI_NAME_MIN_LENGTH = 3;
export const UI_PASSWORD_MIN_LENGTH = 6;

/** Repeats a short value until it is long enough: the hostile characters stay, the length fits. */
function atLeast(min: number) {
  return (text: string): string => (text.length >= min ? text : text.repeat(Math.ceil(min / text.length)));
}

/** Account names every UI accepts: hostile text, never blank, 3+ UTF-16 code units. */
export const uiNameArb: fc.Arbitrary<string> = hostileTextArb({ minLength: 1 })
  .filter((s) => s.trim() !== '')
  .map(atLeast(UI_NAME_MIN_LENGTH));

/** Passwords every UI accepts: hostile text of 6+ UTF-16 code units. */
export const uiPasswordArb: fc.Arbitrary<string> = hostileTextArb({ minLength: 1 }).map(atLeast(UI_PASSWORD_MIN_LENGTH));

export const specSecretArb: fc.Arbitrary<SpecSecret> = fc.oneof(
  { weight: SECRET_KIND_WEIGHTS.phrase, arbitrary: phraseArb().map((phrase) => ({ kind: 'phrase', phrase }) as const) },
  { weight: SECRET_KIND_WEIGHTS.seed, arbitrary: seedArb.map((seed) => ({ kind: 'seed', seed }) as const) },
);

export interface AccountSpecConstraints {
  readonly type?: KeyType;
  /** Only phrase secrets (phrase-based methods) or only seeds. */
  readonly secret?: 'phrase' | 'seed';
  /** Force an empty path (e.g. for methods that carry no path). */
  readonly rootOnly?: boolean;
  /** Plain ASCII names (3-12) and passwords (6-12), for runs where hostile text is not the point. */
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
  const plainName = fc.stringMatching(/^[A-Za-z0-9]{3,12}$/);
  const plainPassword = fc.stringMatching(/^[A-Za-z0-9]{6,12}$/);
  return type.chain((t) =>
    fc.record({
      secret: secret.filter(validFor(t)),
      path: c.rootOnly ? fc.constant('') : pathArb(t),
      type: fc.constant(t),
      name: c.plainText ? plainName : uiNameArb,
      password: c.plainText ? plainPassword : uiPasswordArb,
      genesisHash: fc.constantFrom('', ...NETWORKS.map((n) => n.genesisHash)),
    }),
  );
}
