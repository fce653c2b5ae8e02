/**
 * How a client turns `<secret><path>` into a key: the facts that make two clients derive
 * different keys from the same typed text. Verdicts are conditioned on these, never on client
 * names; the independent oracle (expected-key.ts) computes a key for each rule set.
 */
export interface DerivationRules {
  /**
   * How junction text becomes a chain code. 'sp-core': a junction Rust's `str::parse::<u64>`
   * accepts is an 8-byte number, anything else SCALE text (primitives/core/src/crypto.rs
   * `impl From<T: AsRef<str>> for DeriveJunction`). 'util-crypto': a run of digits is a 256-bit
   * number, an even-length `0x…` raw bytes, anything else SCALE text
   * (polkadot-js/common packages/util-crypto/src/key/DeriveJunction.ts). 'hdkd': what JavaScript's
   * `+code` reads as a number is a u32 (wrapping modulo 2^32), anything else SCALE text, never
   * hashed (polkadot-labs/hdkd packages/hdkd-helpers/src/createChainCode.ts; hdkd-chain-code.ts).
   */
  readonly junctions: 'sp-core' | 'util-crypto' | 'hdkd';
  /** Whether the whole suri is normalised to Unicode NFC before it is parsed (util-crypto >= 13.4.1 key/extractSuri.ts). */
  readonly nfc: boolean;
  /**
   * PBKDF2 rounds of the BIP39 seed that ethereum (BIP44) keys come from: 2048 as BIP39 says;
   * 210000 in util-crypto 13.5.6 (mnemonic/toLegacySeed.ts via pbkdf2Encode's default,
   * polkadot-js/apps#11855; reverted in 13.5.7).
   */
  readonly bip39SeedRounds: number;
  /**
   * How the `///password` is normalised on its own before it salts substrate-bip39's PBKDF2:
   * 'NFKD' in hdkd-helpers (substrateBip39.ts `password.normalize("NFKD")`). Absent: as typed
   * (after the whole suri's NFC where `nfc` is set), as util-crypto and substrate-bip39 take it.
   */
  readonly passwordNormalisation?: 'NFKD';
}

/** @polkadot/util-crypto from 13.4.1 (NFC) on, except 13.5.6's rounds. */
export const UTIL_CRYPTO_RULES: DerivationRules = { junctions: 'util-crypto', nfc: true, bip39SeedRounds: 2048 };

/** sp-core, as Polkadot Vault and the Parity Signer compile it: no normalisation. */
export const SP_CORE_RULES: DerivationRules = { junctions: 'sp-core', nfc: false, bip39SeedRounds: 2048 };

/**
 * polkadot-api's key stack, @polkadot-labs/hdkd-helpers 0.0.30 (createChainCode.ts, substrateBip39.ts):
 * its own junction rule, no normalisation of the path, the password NFKD-normalised.
 */
export const HDKD_RULES: DerivationRules = { junctions: 'hdkd', nfc: false, bip39SeedRounds: 2048, passwordNormalisation: 'NFKD' };

export function sameDerivationRules(a: DerivationRules, b: DerivationRules): boolean {
  return a.junctions === b.junctions && a.nfc === b.nfc && a.bip39SeedRounds === b.bip39SeedRounds && a.passwordNormalisation === b.passwordNormalisation;
}
