import { expectedVersions, readReleaseManifest, releaseInfo } from '@interop/core/profile';
import { type ClientInfo, type ClientTraits, type Realm, utilCryptoTraits } from '@interop/core/vocabulary';
import { APPS_PROFILE_DIR, APPS_PROFILE_ID } from './apps-profile.js';

const MANIFEST = readReleaseManifest(APPS_PROFILE_DIR);

/** Every package the Apps profile runs, at the version its release.json names. */
export const APPS_PACKAGES: Readonly<Record<string, string>> = expectedVersions(MANIFEST);

export const APPS_UI_KEYRING_VERSION: string = APPS_PACKAGES['@polkadot/ui-keyring'] ?? 'unknown';

/**
 * What Apps does with secrets: util-crypto's derivation and keystore rules; a phrase alone is the
 * root key of the type picked (sr25519 by default, Create.tsx DEFAULT_PAIR_TYPE); ethereum keys
 * at the BIP44 path typed in CreateEthDerivationPath; a raw seed with a ///password is refused
 * (Create.tsx deriveValidate PASSWORD_IGNORED); every `secret:` QR becomes sr25519 (Qr.tsx).
 */
export const APPS_TRAITS: ClientTraits = {
  ...utilCryptoTraits(APPS_PACKAGES['@polkadot/util-crypto'] ?? ''),
  phraseDefaults: [{ path: '', type: 'sr25519' }],
  ethereumPath: 'as-typed',
  rawSeedPassword: 'refused',
  secretQrAs: 'sr25519',
  pathSyntax: 'suri',
};

export function appsInfo(realm: Realm): ClientInfo {
  const node = realm === 'node';
  return {
    id: node ? APPS_PROFILE_ID : `${APPS_PROFILE_ID}-chromium`,
    client: 'apps',
    version: MANIFEST.release,
    realm,
    packages: APPS_PACKAGES,
    description: node
      ? `Polkadot-JS Apps ${MANIFEST.release}: its account modals on @polkadot/ui-keyring ${APPS_UI_KEYRING_VERSION} with its BrowserStore, in a Node worker over an emulated localStorage`
      : `Polkadot-JS Apps ${MANIFEST.release}: its account modals on @polkadot/ui-keyring ${APPS_UI_KEYRING_VERSION} with its BrowserStore, in headless Chromium on a real localStorage`,
    release: releaseInfo(MANIFEST),
    traits: APPS_TRAITS,
  };
}
