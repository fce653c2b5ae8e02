import { type ClientTraits, utilCryptoTraits } from '@interop/core/vocabulary';

/** The BIP44 path SubWallet's getSuri appends to a phrase for its ethereum (EVM) key. */
export const SUBWALLET_ETHEREUM_PATH = "/m/44'/60'/0'/0/0";

/**
 * What SubWallet 1.3.88 does with secrets: util-crypto 13.5.5's rules and scrypt (its lockfile);
 * a phrase is imported as one unified account of fixed key types, of which the contract's key
 * types are the root sr25519 key and the ethereum key at index 0 (getSuri appends the path), and
 * its Import seed phrase screen has one field, the words: a path or type written next to the
 * phrase has nowhere to go ('words-only').
 */
export const SUBWALLET_TRAITS: ClientTraits = {
  ...utilCryptoTraits('13.5.5'),
  phraseDefaults: [
    { path: '', type: 'sr25519' },
    { path: SUBWALLET_ETHEREUM_PATH, type: 'ethereum' },
  ],
  ethereumPath: 'index-0-appended',
  phraseImport: 'words-only',
  pathSyntax: 'suri',
};
