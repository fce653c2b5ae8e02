import type { AccountSpec } from './account-spec.js';
import type { Artifact, ArtifactKind, RestoreSecret } from './artifact.js';
import type { ClientTraits } from './client-traits.js';
import type { Identity } from './identity.js';
import type { KeyType } from './key-type.js';
import type { Method } from './method.js';

/** Where a client's code runs: a Node worker, or a real Chromium page. */
export type Realm = 'node' | 'chromium';

export interface ClientInfo {
  /** `<client>@<version>[-<realm or profile>]`, e.g. `extension@0.62.3`; starts with the client name. */
  readonly id: string;
  /** 'extension' | 'apps' | 'signer' (or a fake's name in runner tests). */
  readonly client: string;
  /** The version of the client's own code this profile runs. */
  readonly version: string;
  readonly realm: Realm;
  /** Exact versions of the packages behind it, e.g. {'@polkadot/util-crypto': '14.0.3'}. */
  readonly packages: Readonly<Record<string, string>>;
  /** One line for humans. */
  readonly description: string;
  /** Which upstream release this profile is, and how its packages were pinned to it. */
  readonly release: ReleaseInfo;
  /** What it does with secrets: what verdicts are conditioned on. */
  readonly traits: ClientTraits;
}

/** A package the profile runs at another version than the release shipped, and why that is the same code. */
export interface Substitution {
  readonly package: string;
  readonly shipped: string;
  readonly installed: string;
  /** Why the shipped version is not installed. */
  readonly why: string;
  /** Why the installed one runs the same code (e.g. the upstream tag diff). */
  readonly evidence: string;
}

export interface ReleaseInfo {
  /** `owner/name` of the client's upstream repository. */
  readonly repo: string;
  /** The release tag, e.g. `v0.62.3`. */
  readonly tag: string;
  /**
   * How the package set was pinned: 'lockfile' (every package from the tag's lockfile),
   * 'declared' (from the ranges the release's own published manifests declare, the lockfile
   * being unreadable here), 'model' (no package of the client runs: a model of its rules at the tag).
   */
  readonly pinnedFrom: 'lockfile' | 'declared' | 'model';
  /** Details, in a sentence or two. */
  readonly note: string;
  readonly substitutions: readonly Substitution[];
}

/**
 * Whether a client can do something, and how a user gets there. `ui: false` means only the
 * client's internal API accepts it (e.g. the extension's handler takes ed25519, its popup
 * never sends it): the matrix uses UI-reachable paths only.
 */
export type Support =
  | {
      readonly supported: true;
      readonly ui: boolean;
      readonly note?: string;
      readonly source?: string;
      /**
       * A step the user must take first, which the matrix takes and the reports show (Vault: an
       * add_specs QR for a network with this encryption; a fresh Vault has sr25519 ones only).
       */
      readonly requires?: string;
      /** The start options that take the `requires` step (Vault: `{ addSpecs: [...] }`). */
      readonly setup?: StartOptions;
    }
  | { readonly supported: false; readonly reason: string; readonly source?: string };

export type SupportTable<K extends string> = Readonly<Record<K, Readonly<Record<KeyType, Support>>>>;

export interface Capabilities {
  /** Creating an account of a type from a phrase or a seed spec. */
  readonly create: Readonly<Record<'phrase' | 'seed', Readonly<Record<KeyType, Support>>>>;
  readonly backup: SupportTable<Method>;
  readonly restore: SupportTable<ArtifactKind>;
}

/** A handle to an account a client created; opaque to the runner except for its identity. */
export interface AccountRef {
  readonly handle: string;
  readonly identity: Identity;
}

/** The contract every client adapter implements, in whatever realm it runs. */
export interface Client {
  readonly info: ClientInfo;
  capabilities(): Capabilities;
  create(spec: AccountSpec): Promise<AccountRef>;
  backup(ref: AccountRef, method: Method, password: string): Promise<Artifact>;
  restore(artifact: Artifact, secret: RestoreSecret): Promise<Identity[]>;
  /**
   * Client-specific operations beyond the contract, by RPC method name (the extension's JSON
   * preview, derive, change password, a storage dump ...), for scenarios that need them.
   */
  call?<T = unknown>(method: string, ...args: readonly unknown[]): Promise<T>;
  dispose(): Promise<void>;
}

/**
 * A network spec a client must hold before it makes keys of an encryption: Vault keys its specs
 * by genesis hash and encryption, and a fresh Vault holds sr25519 Polkadot, Kusama and Westend
 * only; any other comes in an add_specs QR.
 */
export interface NetworkSpecsRequest {
  /** The chain, by name or genesis hash. */
  readonly network: string;
  /** Vault's `Encryption` (`ethereum`: ecdsa keys shown as an H160). */
  readonly encryption: 'sr25519' | 'ed25519' | 'ecdsa' | 'ethereum';
  /**
   * Who signed the QR: Vault's general verifier (Parity's key in a Vault that keeps its general
   * certificate), the default, or no one. Vault takes an unsigned QR only for a chain no one verifies.
   */
  readonly signedBy?: 'general-verifier' | 'unsigned';
}

/** What a fresh instance starts with. */
export interface StartOptions {
  /** The network new accounts go to when the input names none. */
  readonly network?: string;
  /** Network specs added before anything else (Vault's add_specs QRs, scanned in this order). */
  readonly addSpecs?: readonly NetworkSpecsRequest[];
}

/** How the runner makes fresh instances of one client profile: one instance is one "computer". */
export interface ClientFactory {
  readonly info: ClientInfo;
  capabilities(): Capabilities;
  start(options?: StartOptions): Promise<Client>;
  /**
   * The derivation paths an account of this type, made from this kind of secret and backed up
   * by this method, can have in this client, when the client restricts them (Vault's own
   * network keys for a plain phrase; the extension's ethereum accounts only at index 0; Apps'
   * raw seeds without a path). Undefined: any path.
   */
  pathsFor?(type: KeyType, method: Method, secret: 'phrase' | 'seed'): readonly string[] | undefined;
}

/** Helper for capability tables: the same support for every key type. */
export function forAllTypes(support: Support): Readonly<Record<KeyType, Support>> {
  return { sr25519: support, ed25519: support, ecdsa: support, ethereum: support };
}

export const SUPPORTED_UI: Support = { supported: true, ui: true };
export function unsupported(reason: string, source?: string): Support {
  return source === undefined ? { supported: false, reason } : { supported: false, reason, source };
}
