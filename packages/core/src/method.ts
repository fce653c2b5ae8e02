import type { ArtifactKind } from './artifact.js';

/**
 * The backup methods a user can choose. Each produces one artifact kind; the matrix crosses
 * them with sources, targets and key types.
 */
export const METHODS = [
  'phrase',
  'phrase-path-type',
  'raw-seed',
  'json',
  'batch-json',
  'export-all',
  'local-storage',
  'secret-qr',
  'public-key-qr',
  'banana-split',
] as const;
export type Method = (typeof METHODS)[number];

export const METHOD_ARTIFACT: Readonly<Record<Method, ArtifactKind>> = {
  phrase: 'phrase',
  'phrase-path-type': 'phrase',
  'raw-seed': 'raw-seed',
  json: 'json-keystore',
  'batch-json': 'batch-json',
  'export-all': 'export-all',
  'local-storage': 'local-storage',
  'secret-qr': 'secret-qr',
  'public-key-qr': 'public-key-qr',
  'banana-split': 'banana-split',
};

export const METHOD_DESCRIPTIONS: Readonly<Record<Method, string>> = {
  phrase: 'the mnemonic alone, as most users write it down',
  'phrase-path-type': 'the mnemonic plus the derivation path and key type the source shows',
  'raw-seed': 'the 32-byte hex seed',
  json: 'a single-account JSON keystore',
  'batch-json': "the extension's export-all file (batch-pkcs8 object)",
  'export-all': "Apps' export-all file (array of keystores)",
  'local-storage': "Apps' localStorage moved by the Polkadot wiki procedure",
  'secret-qr': "Vault's Secret QR (secret:0x<secret>:<genesis>)",
  'public-key-qr': "Vault's public-key QR (substrate:<address>:0x<genesis>), watch-only",
  'banana-split': "Vault's Banana Split shares",
};

export function isMethod(value: unknown): value is Method {
  return typeof value === 'string' && (METHODS as readonly string[]).includes(value);
}

/** Methods whose artifact carries no secret: the restored account is watch-only. */
export function isWatchOnlyMethod(method: Method): boolean {
  return method === 'public-key-qr';
}
