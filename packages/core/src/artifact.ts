import type { Hex } from './hex.js';
import type { KeyType } from './key-type.js';
import type { BatchJson, KeystoreJson } from './keystore-json.js';

/**
 * One derivation a user writes down next to the phrase, as the backup screen shows it. Vault's
 * (rust/db_handling/src/interface_signer.rs backup_prep: `DerivationPack{network_title, id_set:
 * [{path, has_pwd}]}`) names the network by its spec name and marks a `///password` without
 * showing it; it says nothing of the key's encryption, so a restoring client gets the type only
 * from the network it re-enters the path in.
 */
export interface DerivationNote {
  /** The path without its `///password`. */
  readonly path: string;
  /** The network's name as the backup shows it (Vault: the spec's `name`, e.g. `westend`). */
  readonly network?: string;
  /** The path had a `///password`, which the backup does not show: the user must know it. */
  readonly hasPassword?: boolean;
  /** Only where the backup itself shows the key type; Vault's does not. */
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
  /**
   * The `///password` of a derivation the backup marks as passworded without showing it (Vault's
   * has_pwd): the user types it again. Never part of an artifact.
   */
  readonly derivationPassword?: string;
}
