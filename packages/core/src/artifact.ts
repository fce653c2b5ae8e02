import type { Hex } from './hex.js';
import type { KeyType } from './key-type.js';
import type { BatchJson, KeystoreJson } from './keystore-json.js';

/** One derivation a Vault user writes down next to the phrase. */
export interface DerivationNote {
  readonly path: string;
  readonly network?: string;
  readonly type?: KeyType;
}

/**
 * What a backup produces: plain, serialisable data that can cross worker and browser
 * boundaries and be saved in a scenario file. Passwords are never part of an artifact.
 */
export type Artifact =
  | { readonly kind: 'phrase'; readonly phrase: string; readonly path?: string; readonly type?: KeyType; readonly derivations?: readonly DerivationNote[] }
  | { readonly kind: 'raw-seed'; readonly seed: Hex; readonly path?: string; readonly type?: KeyType }
  | { readonly kind: 'json-keystore'; readonly json: KeystoreJson }
  | { readonly kind: 'batch-json'; readonly json: BatchJson }
  | { readonly kind: 'export-all'; readonly json: readonly KeystoreJson[] }
  | { readonly kind: 'local-storage'; readonly dump: Readonly<Record<string, string>> }
  | { readonly kind: 'secret-qr'; readonly payload: string }
  | { readonly kind: 'public-key-qr'; readonly payload: string }
  | { readonly kind: 'banana-split'; readonly shares: readonly string[] };

export type ArtifactKind = Artifact['kind'];

export const ARTIFACT_KINDS: readonly ArtifactKind[] = [
  'phrase',
  'raw-seed',
  'json-keystore',
  'batch-json',
  'export-all',
  'local-storage',
  'secret-qr',
  'public-key-qr',
  'banana-split',
];

/** What unlocks an artifact on restore. Kept apart from the artifact so artifacts can be saved. */
export interface RestoreSecret {
  /** The keystore password (JSON, batch, export-all) or the new password for phrase/seed imports. */
  readonly password?: string;
  /** The Banana Split passphrase. */
  readonly passphrase?: string;
}
