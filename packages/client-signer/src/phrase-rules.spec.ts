import { DEV_PHRASE } from '@interop/core';
import { phraseArb } from '@interop/core/arbitraries';
import { mnemonicValidate } from '@polkadot/util-crypto';
import ENGLISH from '@polkadot/util-crypto/mnemonic/wordlists/en';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkVaultPhrase, legacyPhrase, vaultPhrase, vaultPhraseFromInput } from './phrase-rules.js';
import { refusal } from './testing/refusal.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);

describe('Vault phrase validation (tiny-bip39 Mnemonic::validate, rust/db_handling/src/helpers.rs)', () => {
  // rust/db_handling/src/tests.rs test_check_for_seed_validity and validate_mnemonic_ok
  it('accepts the published valid phrases', () => {
    expect(() => checkVaultPhrase(DEV_PHRASE)).not.toThrow();
    expect(() => checkVaultPhrase('park remain person kitchen mule spell knee armed position rail grid ankle')).not.toThrow();
  });

  it.each([
    ['the fox is triangular', /invalid word/],
    ['', /invalid word/],
    [
      'низ ехать подчиняться озеро занавеска дым корзина держать гонка одинокий подходящий прогулка',
      /^invalid word in phrase \(word 1\) \(vault\.phrase-english-words/,
    ],
    ['bottom drive obey lake curtain smoke basket hold race lonely fit fit', /^invalid checksum \(vault\.phrase-checksum/],
    ['bottom drive obey lake curtain smoke basket hold race lonely fit', /^invalid number of words in phrase: 11 \(vault\.phrase-word-count/],
  ])('refuses %j', (phrase, why) => {
    const error = refusal(() => checkVaultPhrase(phrase));
    expect(error.code).toBe('E_PHRASE_INVALID');
    expect(error.message).toMatch(why);
  });

  it('lower-cases and trims what the user types, word by word (android KeysetRecoverViewModel.kt)', () => {
    expect(vaultPhraseFromInput(`  Bottom DRIVE obey\tlake\ncurtain smoke basket hold race lonely fit Walk `)).toBe(DEV_PHRASE);
    expect(vaultPhrase(DEV_PHRASE.toUpperCase())).toBe(DEV_PHRASE);
  });

  it('accepts every valid phrase of 12/15/18/21/24 words, and refuses it one word short or with a wrong checksum, without quoting a word', () => {
    fc.assert(
      fc.property(phraseArb(), fc.nat(), (phrase, pick) => {
        expect(vaultPhrase(phrase)).toBe(phrase);
        const words = phrase.split(' ');
        const short = refusal(() => vaultPhrase(words.slice(1).join(' ')));
        expect(short.message).toMatch(new RegExp(`^invalid number of words in phrase: ${words.length - 1} \\(vault\\.phrase-word-count, https://`));
        // Change the last word's checksum bits only: same entropy, another checksum. The BIP39
        // checksum of a phrase is the last word's low (words / 3) bits, so flipping its lowest bit
        // always breaks it (BIP-0039, "Generating the mnemonic").
        const last = ENGLISH.indexOf(words.at(-1)!);
        const broken = [...words.slice(0, -1), ENGLISH[last ^ 1]!].join(' ');
        const error = refusal(() => vaultPhrase(broken));
        expect([error.code, error.message]).toEqual(['E_PHRASE_INVALID', expect.stringMatching(/^invalid checksum \(vault\.phrase-checksum, https:/)]);
        for (const word of words) expect(error.message).not.toContain(` ${word} `);
        // a word swapped elsewhere is refused too, or (rarely) still a valid phrase
        const i = pick % (words.length - 1);
        const swapped = [...words];
        swapped[i] = words[i] === 'zoo' ? 'abandon' : 'zoo';
        const swappedText = swapped.join(' ');
        if (mnemonicValidate(swappedText)) expect(vaultPhrase(swappedText)).toBe(swappedText);
        else expect(refusal(() => vaultPhrase(swappedText)).message).toMatch(/^invalid checksum \(vault\.phrase-checksum/);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('legacy phrase handling (src/screens/IdentityNew.tsx at v4.5.3-beta)', () => {
  it('trims the end only, and does not lower-case', () => {
    expect(legacyPhrase(`${DEV_PHRASE} \t\n `)).toBe(DEV_PHRASE);
    expect(refusal(() => legacyPhrase(DEV_PHRASE.toUpperCase())).message).toMatch(/brain wallet.*legacy\.brain-wallet/);
  });

  // tiny-bip39 0.6.2 Mnemonic::from_phrase splits on ' ' (src/mnemonic.rs:186): any other blank makes a word
  // that is not in the list, so the app took the phrase for a brain wallet.
  it.each([
    ['two blanks', DEV_PHRASE.replace(' ', '  ')],
    ['a leading blank', ` ${DEV_PHRASE}`],
    ['a tab', DEV_PHRASE.replace(' ', '\t')],
    ['a line break', DEV_PHRASE.replace(' ', '\n')],
  ])('takes a phrase with %s for a brain wallet', (_name, input) => {
    expect(refusal(() => legacyPhrase(input)).message).toMatch(/legacy\.brain-wallet/);
  });
});
