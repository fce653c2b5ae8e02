import { type ClientTraits, utilCryptoTraits } from '@interop/core/vocabulary';

const EXT = 'https://github.com/polkadot-js/extension/blob/v0.62.3/packages';

/**
 * What the extension does with secrets, for a profile running `utilCrypto` (its derivation and
 * keystore rules come from that package):
 * - a phrase alone restores the root sr25519 key: the popup's import pages send sr25519 unless
 *   the chosen network is ethereum-type (extension-ui/src/Popup/ImportSeed/index.tsx);
 * - ethereum accounts from a phrase are BIP44 index 0 only: the handler's getSuri appends
 *   /m/44'/60'/0'/0/0 (extension-base/src/background/handlers/Extension.ts);
 * - Import from QR creates every `secret:` payload as sr25519 (extension-ui/src/Popup/ImportQr.tsx).
 */
export function extensionTraits(utilCrypto: string): ClientTraits {
  const { derivation, keystore } = utilCryptoTraits(utilCrypto);
  return {
    derivation,
    ...(keystore ? { keystore } : {}),
    phraseDefaults: [{ path: '', type: 'sr25519' }],
    ethereumPath: 'index-0-appended',
    secretQrAs: 'sr25519',
    pathSyntax: 'suri',
  };
}

export const EXTENSION_TRAIT_SOURCES: readonly string[] = [
  `${EXT}/extension-ui/src/Popup/ImportSeed/index.tsx`,
  `${EXT}/extension-base/src/background/handlers/Extension.ts`,
  `${EXT}/extension-ui/src/Popup/ImportQr.tsx`,
];
