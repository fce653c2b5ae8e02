import { ClientError } from '@interop/core';
import { mnemonicValidate } from '@polkadot/util-crypto';
import english from '@polkadot/util-crypto/mnemonic/wordlists/en';

const ENGLISH = new Set(english);

/** Word counts tiny-bip39 accepts (`MnemonicType::for_word_count`): 128 to 256 bits of entropy. */
export const VAULT_WORD_COUNTS: readonly number[] = [12, 15, 18, 21, 24];

/**
 * The phrase Vault's recovery screen builds from what a user types: every word trimmed and
 * lower-cased ("word could be capitalized by keyboard autocompletion"), then the words joined by
 * one space. Sources: android/.../screens/keysets/restore/KeysetRecoverViewModel.kt (onUserInput)
 * and rust/db_handling/src/interface_signer.rs (SeedDraft::try_finalize joins with ' ').
 */
export function vaultPhraseFromInput(input: string): string {
  return input
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase())
    .join(' ');
}

/**
 * Vault's phrase check, `Mnemonic::validate(phrase, Language::English)` of tiny-bip39 1.0
 * (rust/db_handling/src/helpers.rs validate_mnemonic): the phrase is split on single spaces, every
 * word must be in the English list, the count must be 12/15/18/21/24 and the checksum must hold.
 * The messages are tiny-bip39's `ErrorKind` texts; none quotes a word (a phrase is a secret).
 */
export function checkVaultPhrase(phrase: string): void {
  const words = phrase.split(' ');
  const bad = words.findIndex((word) => !ENGLISH.has(word));
  if (bad >= 0) throw new ClientError('E_PHRASE_INVALID', `invalid word in phrase with index ${bad} (Vault accepts English BIP39 words only)`);
  if (!VAULT_WORD_COUNTS.includes(words.length)) {
    throw new ClientError('E_PHRASE_INVALID', `invalid number of words in phrase: ${words.length} (Vault accepts 12, 15, 18, 21 or 24)`);
  }
  if (!mnemonicValidate(phrase)) throw new ClientError('E_PHRASE_INVALID', 'invalid checksum');
}

/** What a Vault user ends up with after typing `input` on the recovery screen, or E_PHRASE_INVALID. */
export function vaultPhrase(input: string): string {
  const phrase = vaultPhraseFromInput(input);
  if (phrase === '') throw new ClientError('E_PHRASE_INVALID', 'Seed phrase empty.');
  checkVaultPhrase(phrase);
  return phrase;
}

/**
 * The legacy React Native Signer kept the phrase as typed minus trailing blanks
 * (src/screens/IdentityNew.tsx: `seedPhrase.trimEnd()`); its Rust side read it with tiny-bip39
 * `Mnemonic::from_phrase`, which splits on any whitespace, and it did not lower-case. Phrases that
 * are not BIP39 became Parity brain wallets there; that path is not modelled and is refused.
 */
export function legacyPhrase(input: string): string {
  const phrase = input
    .trimEnd()
    .split(/\s+/u)
    .filter((w) => w !== '')
    .join(' ');
  if (phrase === '') throw new ClientError('E_PHRASE_INVALID', 'A seed phrase is required.');
  try {
    checkVaultPhrase(phrase);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ClientError('E_PHRASE_INVALID', `${reason}; the legacy Signer would treat it as a Parity brain wallet, which this model does not cover`);
  }
  return phrase;
}
