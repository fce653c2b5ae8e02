import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { type AccountSpec, suriOf } from '../account-spec.js';
import { ClientError } from '../client-error.js';
import type { Hex } from '../hex.js';
import { type DerivationRules, UTIL_CRYPTO_RULES } from './derivation-rules.js';
import { bip32PublicKey, bip39Seed } from './ethereum-key.js';
import { junctionsOf } from './junction.js';
import { parseSuri } from './parse-suri.js';
import { miniSecretFromPhrase, substratePublicKey } from './substrate-pair.js';

const MNEMONIC_LENGTHS = [12, 15, 18, 21, 24];

function isSeedHex(secret: string): boolean {
  return /^0x[0-9a-fA-F]{64}$/.test(secret);
}

/**
 * The 32-byte seed of a substrate key: a `0x` seed as it is; a 12–24 word phrase through
 * substrate-bip39 with the `///password`; under util-crypto's rules (keyring.ts createFromUri),
 * any other text of at most 32 characters padded with spaces (Apps' "raw seed" strings), which
 * sp-core and hdkd do not take.
 */
function substrateSeed(secret: string, password: string | undefined, rules: DerivationRules): Uint8Array {
  if (isSeedHex(secret)) return hexToBytes(secret.slice(2));
  if (MNEMONIC_LENGTHS.includes(secret.split(' ').length)) {
    const typed = password ?? '';
    return miniSecretFromPhrase(secret, rules.passwordNormalisation === 'NFKD' ? typed.normalize('NFKD') : typed);
  }
  if (rules.junctions !== 'util-crypto' || secret.length > 32) {
    throw new ClientError('E_PHRASE_INVALID', 'not a 12/15/18/21/24-word phrase nor a 32-byte hex seed');
  }
  return new TextEncoder().encode(secret.padEnd(32));
}

/**
 * The public key a spec must give under one set of derivation rules, computed with a family of
 * libraries no client here runs for it (@scure/sr25519 2.x, @noble/curves, @noble/hashes,
 * @scure/bip39, @scure/bip32) and this project's own ports of both junction rule sets. It is the
 * expectation for a client whose traits name these rules; util-crypto's own answer
 * (util-crypto-key.ts) is a second opinion, and where the two disagree that is a finding.
 */
export function expectedPublicKey(spec: Pick<AccountSpec, 'secret' | 'path' | 'type'>, rules: DerivationRules = UTIL_CRYPTO_RULES): Hex {
  const parsed = parseSuri(suriOf(spec), rules);
  let key: Uint8Array;
  if (spec.type === 'ethereum') {
    // A hex private key is used as it is and its path ignored (keyring.ts: "derived only once").
    key = isSeedHex(parsed.secret)
      ? secp256k1.getPublicKey(hexToBytes(parsed.secret.slice(2)), true)
      : bip32PublicKey(bip39Seed(parsed.secret, rules.bip39SeedRounds), parsed.path.substring(1));
  } else {
    const seed = substrateSeed(parsed.secret, parsed.password, rules);
    key = substratePublicKey(spec.type, seed, junctionsOf(parsed.path, rules));
  }
  return `0x${bytesToHex(key)}`;
}
