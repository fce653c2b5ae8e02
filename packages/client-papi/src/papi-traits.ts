import { type ClientTraits, HDKD_RULES } from '@interop/core/vocabulary';

/**
 * What polkadot-api's key stack does with secrets: hdkd-helpers' own junction rule and NFKD
 * password (HDKD_RULES, core/oracle); a phrase alone is the root sr25519 key, as `derive("")`
 * gives it; no keystore, no ethereum accounts, no QR codes. It takes the path and password
 * apart, so any text the suri grammar would split is taken ('suri').
 */
export const PAPI_TRAITS: ClientTraits = {
  derivation: HDKD_RULES,
  phraseDefaults: [{ path: '', type: 'sr25519' }],
  pathSyntax: 'suri',
};
