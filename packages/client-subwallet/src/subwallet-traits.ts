import { type ClientTraits, utilCryptoTraits } from '@interop/core/vocabulary';

/**
 * Import seed phrase has a box per word and offers 12, 15 or 24 of them (v1.3.88
 * packages/extension-koni-ui/src/Popup/Account/ImportSeedPhrase.tsx L39 defaultPhraseNumberOptions;
 * a pasted phrase of another length does not change the count, L118-126), though its background takes
 * 18 and 21 words too (Mnemonic.ts SEED_LENGTHS).
 */
export const SUBWALLET_PHRASE_WORD_COUNTS: readonly number[] = [12, 15, 24];

/**
 * The keys Import seed phrase makes beside the root sr25519 and the ethereum one (Mnemonic.ts L65:
 * 'ton', CardanoKeypairTypes, BitcoinKeypairTypes of @subwallet/keyring 0.1.14 types.ts), all in
 * the account's batch export (Json.ts L356-357).
 */
const SUBWALLET_EXTRA_TYPES = ['ton', 'cardano', 'bitcoin-44', 'bitcoin-84', 'bitcoin-86', 'bittest-44', 'bittest-84', 'bittest-86'];

/** The BIP44 path SubWallet's getSuri appends to a phrase for its ethereum (EVM) key. */
export const SUBWALLET_ETHEREUM_PATH = "/m/44'/60'/0'/0/0";

/**
 * What SubWallet 1.3.88 does with secrets: util-crypto 13.5.5's rules and scrypt (its lockfile);
 * a phrase is imported as one unified account of fixed key types, of which the contract's key
 * types are the root sr25519 key and the ethereum key at index 0 (getSuri appends the path), and
 * its Import seed phrase screen has one box per word, each a BIP39 word: a path or type written next to the
 * phrase has nowhere to go ('words-only'); its Derive account then takes the paths it reads
 * ('unified-derive-account', unified-derive.ts).
 */
export const SUBWALLET_TRAITS: ClientTraits = {
  ...utilCryptoTraits('13.5.5'),
  phraseDefaults: [
    { path: '', type: 'sr25519' },
    { path: SUBWALLET_ETHEREUM_PATH, type: 'ethereum' },
  ],
  ethereumPath: 'index-0-appended',
  phraseImport: 'words-only',
  // Derive account (Derive.ts L230-387) then takes a written path under the imported account.
  phraseDerive: 'unified-derive-account',
  // Import from private key: privateKeyValidateV2 (Secret.ts L83-135) types 32 hex bytes 'ethereum'.
  rawSeedAs: 'ethereum',
  // Import by QR code: checkPublicAndSecretKey / accountsCreateWithSecret (Secret.ts L137-269) key a 32-byte
  // secret as ethereum, any other as an sr25519 pair with the QR's third field as its public key.
  secretQrAs: 'ethereum',
  secretQrPair: 'third-field-as-public-key',
  pathSyntax: 'suri',
  phraseWordCounts: SUBWALLET_PHRASE_WORD_COUNTS,
  batchExtraKeyTypes: SUBWALLET_EXTRA_TYPES,
  // @subwallet/keyring 0.1.14 types.ts KeypairTypes: it loads every key type it makes.
  keyringTypes: ['sr25519', 'ed25519', 'ecdsa', 'ed25519-tw', 'ethereum', ...SUBWALLET_EXTRA_TYPES, 'ton-native'],
};
