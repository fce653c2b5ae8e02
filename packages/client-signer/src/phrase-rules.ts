import { ClientError, ruleRefusal } from '@interop/core';
import { mnemonicValidate } from '@polkadot/util-crypto';
import english from '@polkadot/util-crypto/mnemonic/wordlists/en';
import { LEGACY_RULES } from './legacy-rules.js';
import { refuseBy } from './rule-refusal.js';
import { VAULT_RULES } from './vault-rules.js';

const ENGLISH = new Set(english);

/** Word counts tiny-bip39 accepts (`MnemonicType::for_word_count`): 128 to 256 bits of entropy. */
export const VAULT_WORD_COUNTS: readonly number[] = [12, 15, 18, 21, 24];

/**
 * The phrase Vault's recovery screen builds from what a user types (VAULT_RULES.phraseInput):
 * every word trimmed and lower-cased, then the words joined by one space.
 */
export function vaultPhraseFromInput(input: string): string {
  return input
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase())
    .join(' ');
}

/**
 * Vault's phrase check, `Mnemonic::validate(phrase, Language::English)` of tiny-bip39 1.0.0
 * (VAULT_RULES.phraseWords, phraseWordCount, phraseChecksum, in that order): split on single
 * spaces, every word in the English list, 12/15/18/21/24 words, a valid checksum. The messages are
 * tiny-bip39 1.0.0's `ErrorKind` texts; none quotes a word (a phrase is a secret), the word's
 * position is added.
 */
export function checkVaultPhrase(phrase: string): void {
  const words = phrase.split(' ');
  const bad = words.findIndex((word) => !ENGLISH.has(word));
  if (bad >= 0) throw refuseBy(VAULT_RULES.phraseWords, 'E_PHRASE_INVALID', `invalid word in phrase (word ${bad + 1})`);
  if (!VAULT_WORD_COUNTS.includes(words.length)) {
    throw refuseBy(VAULT_RULES.phraseWordCount, 'E_PHRASE_INVALID', `invalid number of words in phrase: ${words.length}`);
  }
  if (!mnemonicValidate(phrase)) throw ruleRefusal(VAULT_RULES.phraseChecksum, 'E_PHRASE_INVALID');
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
 * (LEGACY_RULES.phraseTrimEnd) and asked its Rust side whether that is BIP39: tiny-bip39 0.6.2
 * (react-native-substrate-sign 1.1.1's Cargo.lock) `Mnemonic::from_phrase` splits on ' ' alone
 * (src/mnemonic.rs:186), so a leading blank, two blanks, a tab or a line break, like a word not in
 * the English list (it did not lower-case), is no BIP39 phrase there (validateSeed also says "Extra
 * whitespace found."). Such phrases became Parity brain wallets (LEGACY_RULES.brainWallet); that is
 * not modelled and is refused.
 */
export function legacyPhrase(input: string): string {
  const phrase = input.trimEnd();
  if (phrase === '') throw new ClientError('E_PHRASE_INVALID', 'A seed phrase is required.');
  try {
    checkVaultPhrase(phrase);
  } catch {
    throw ruleRefusal(LEGACY_RULES.brainWallet, 'E_PHRASE_INVALID');
  }
  return phrase;
}
