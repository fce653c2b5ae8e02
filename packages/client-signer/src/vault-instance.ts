import {
  type AccountRef,
  type AccountSpec,
  type Artifact,
  ClientError,
  type DerivationNote,
  type KeyType,
  type Method,
  type NetworkSpecsRequest,
  type RestoreSecret,
  ruleRefusal,
  type StartOptions,
} from '@interop/core';
import { encodeBananaSplit, VAULT_DEFAULT_SHARES, vaultRequiredShares } from './banana-split-encode.js';
import { recoverBananaSplit } from './banana-split-recover.js';
import { checkAndroidDerivation, type ParsedPath, parseVaultPath } from './path-rules.js';
import { checkVaultPhrase, vaultPhrase } from './phrase-rules.js';
import { vaultPublicKeyQr } from './public-key-qr.js';
import { refuseBy } from './rule-refusal.js';
import { vaultExportedSecret } from './secret-export.js';
import { formatSecretQr } from './secret-qr.js';
import type { SignerAccountRef, SignerIdentity } from './signer-identity.js';
import { VAULT_CAPABILITIES } from './vault-capabilities.js';
import type { VaultEncryption } from './vault-encryption.js';
import { sameVaultKey, vaultKeySet, vaultNetworkKey } from './vault-keys.js';
import { type VaultNetwork, vaultChain } from './vault-networks.js';
import { VAULT_RULES } from './vault-rules.js';
import { VaultSpecsTree } from './vault-specs-tree.js';

interface Held {
  readonly phrase: string;
  readonly parsed: ParsedPath;
  readonly network: VaultNetwork;
  readonly identity: SignerIdentity;
}

/** How a Vault starts: the network custom derivations go to, and the add_specs QRs scanned first. */
export type VaultInstanceOptions = StartOptions;

function encryptionOfType(type: KeyType | undefined): VaultEncryption {
  return type ?? 'sr25519';
}

/**
 * One phone running Polkadot Vault 7.2: the network specs it holds, key sets recovered from
 * phrases, derived keys added by path, and the ways keys leave the app. Holds secrets in memory
 * only, inside its worker.
 */
export class VaultInstance {
  readonly #specs = new VaultSpecsTree();
  readonly #held = new Map<string, Held>();
  readonly #sets = new Map<string, SignerIdentity[]>();
  readonly #customNetwork: string | undefined;
  #next = 1;

  constructor(options: VaultInstanceOptions = {}) {
    this.#customNetwork = options.network;
    for (const request of options.addSpecs ?? []) this.addSpecs(request);
  }

  /** Scans an add_specs QR (VAULT_RULES.addSpecs, addSpecsGeneralVerifier): the spec is held from now on. */
  addSpecs(request: NetworkSpecsRequest): VaultNetwork {
    return this.#specs.add(request);
  }

  /** The specs this phone holds, in Vault's order. */
  networks(): readonly VaultNetwork[] {
    return this.#specs.list();
  }

  /**
   * The spec a key of `encryption` is made in (VAULT_RULES.encryptionFromNetwork): the named chain
   * (or the instance's network, or else the first spec of that encryption) with that encryption; an
   * ecdsa key may sit on an Ethereum-type spec, whose keys are ecdsa. None held: refused.
   */
  #networkFor(encryption: VaultEncryption, named?: string): VaultNetwork {
    const name = named !== undefined && named !== '' ? named : this.#customNetwork;
    const fallback = encryption === 'ecdsa' ? 'ethereum' : undefined;
    if (name === undefined) {
      const first = this.#specs.firstWith(encryption) ?? (fallback && this.#specs.firstWith(fallback));
      if (first) return first;
      throw refuseBy(
        VAULT_RULES.encryptionFromNetwork,
        'E_CLIENT_REFUSED',
        `Vault holds no network with ${encryption} encryption: a fresh Vault has sr25519 Polkadot, Kusama and Westend only, others come with an add_specs QR (for these three chains, signed by Parity's general verifier)`,
      );
    }
    const chain = vaultChain(name);
    const held = chain && (this.#specs.find(chain.genesisHash, encryption) ?? (fallback && this.#specs.find(chain.genesisHash, fallback)));
    if (held) return held;
    throw refuseBy(
      VAULT_RULES.encryptionFromNetwork,
      'E_CLIENT_REFUSED',
      `Vault holds no ${chain?.name ?? 'such'} network with ${encryption} encryption: a fresh Vault has sr25519 Polkadot, Kusama and Westend only, others come with an add_specs QR (for these three chains, signed by Parity's general verifier)`,
    );
  }

  /**
   * A derived key as the Android derive screen and `try_create_address` make it (identities.rs):
   * the screen's own checks, then REG_PATH, then the key is computed for the network's encryption.
   */
  #derive(phrase: string, seedName: string, path: string, network: VaultNetwork): { parsed: ParsedPath; identity: SignerIdentity } {
    checkAndroidDerivation(path);
    const parsed = parseVaultPath(path);
    return { parsed, identity: vaultNetworkKey(phrase, seedName, parsed, network) };
  }

  create(spec: AccountSpec): SignerAccountRef {
    if (spec.secret.kind !== 'phrase') throw new ClientError('E_UNSUPPORTED', reasonOf(VAULT_CAPABILITIES.create.seed[spec.type]));
    if (spec.type === 'ethereum') throw new ClientError('E_UNSUPPORTED', reasonOf(VAULT_CAPABILITIES.create.phrase.ethereum));
    const phrase = vaultPhrase(spec.secret.phrase);
    if (spec.name === '') throw ruleRefusal(VAULT_RULES.seedNameRequired, 'E_CLIENT_REFUSED');
    const network = this.#networkFor(spec.type, spec.genesisHash);
    const { parsed, identity } = this.#derive(phrase, spec.name, spec.path, network);
    const set = this.#sets.get(spec.name) ?? vaultKeySet(phrase, spec.name, this.#specs.preselected());
    if (!set.some((k) => sameVaultKey(k, identity))) set.push(identity);
    this.#sets.set(spec.name, set);
    const handle = `signer-${this.#next++}`;
    this.#held.set(handle, { phrase, parsed, network, identity });
    return { handle, identity };
  }

  backup(ref: AccountRef, method: Method, password: string): Artifact {
    const held = this.#held.get(ref.handle);
    if (held === undefined) throw new ClientError('E_NOT_FOUND', `no account ${ref.handle} in this Vault`);
    const { phrase, parsed, network, identity } = held;
    switch (method) {
      case 'phrase':
        // The mnemonic alone, as most users write it down.
        return { kind: 'phrase', phrase };
      case 'phrase-path-type':
        // The backup screen: the phrase and, per network, the paths with a lock for passworded
        // ones; no password, no encryption, no root key (VAULT_RULES.backupDerivations).
        return { kind: 'phrase', phrase, derivations: this.#derivationNotes(identity.name) };
      case 'secret-qr':
        return { kind: 'secret-qr', payload: formatSecretQr(vaultExportedSecret(phrase, parsed, network.encryption), network.genesisHash) };
      case 'public-key-qr':
        return { kind: 'public-key-qr', payload: vaultPublicKeyQr(identity.publicKey, network) };
      case 'banana-split': {
        // VAULT_RULES.bananaSplitContent, bananaSplitShares; the caller's password stands for the
        // passphrase Vault generates (bananaSplitPassphrase).
        if (password === '') throw new ClientError('E_PASSWORD_REQUIRED', 'a Banana Split set needs a passphrase');
        const shares = encodeBananaSplit(phrase, identity.name, password, VAULT_DEFAULT_SHARES, vaultRequiredShares(VAULT_DEFAULT_SHARES));
        return { kind: 'banana-split', shares };
      }
      default:
        throw new ClientError('E_UNSUPPORTED', reasonOf(VAULT_CAPABILITIES.backup[method][identity.type], `Vault cannot back up with ${method}`));
    }
  }

  #derivationNotes(seedName: string): DerivationNote[] {
    return (this.#sets.get(seedName) ?? [])
      .filter((key) => key.network !== undefined)
      .map((key) => ({ path: key.path, network: key.network!, ...(key.hasPassword ? { hasPassword: true } : {}) }));
  }

  restore(artifact: Artifact, secret: RestoreSecret): SignerIdentity[] {
    switch (artifact.kind) {
      case 'phrase':
        return this.#recover(vaultPhrase(artifact.phrase), 'Recovered', artifact, secret);
      case 'banana-split': {
        const recovered = recoverBananaSplit(artifact.shares, secret.passphrase);
        // The decoded secret is checked as it is, with no clean-up (VAULT_RULES.bananaSplitMnemonic).
        try {
          checkVaultPhrase(recovered.secret);
        } catch {
          throw ruleRefusal(VAULT_RULES.bananaSplitMnemonic, 'E_PHRASE_INVALID');
        }
        return this.#recover(recovered.secret, recovered.title, { kind: 'phrase', phrase: recovered.secret }, secret);
      }
      default:
        throw new ClientError('E_UNSUPPORTED', reasonOf(VAULT_CAPABILITIES.restore[artifact.kind].sr25519, `Vault cannot restore ${artifact.kind}`));
    }
  }

  /**
   * Recovering a key set: the root and preselected network keys, then the derivations a user adds
   * by hand — the artifact's path (as `--path`, on the network of its type) and every derivation
   * note of a phrase backup, re-entered in each network the phone holds under the note's name.
   */
  #recover(phrase: string, seedName: string, artifact: Extract<Artifact, { kind: 'phrase' }>, secret: RestoreSecret): SignerIdentity[] {
    const keys = vaultKeySet(phrase, seedName, this.#specs.preselected());
    const add = (identity: SignerIdentity): void => {
      if (!keys.some((k) => sameVaultKey(k, identity))) keys.push(identity);
    };
    if (artifact.path !== undefined) add(this.#derive(phrase, seedName, artifact.path, this.#networkFor(encryptionOfType(artifact.type))).identity);
    for (const note of artifact.derivations ?? []) {
      let path = note.path;
      if (note.hasPassword === true) {
        const typed = secret.derivationPassword ?? secret.password;
        if (typed === undefined || typed === '') {
          throw new ClientError(
            'E_PASSWORD_REQUIRED',
            `derivation ${note.path} had a ///password, which Vault does not keep; give it as the derivation password`,
          );
        }
        path = `${note.path}///${typed}`;
      }
      for (const identity of this.#reenter(phrase, seedName, path, note)) add(identity);
    }
    return keys;
  }

  /**
   * A noted derivation entered again. The note names the network but not the encryption
   * (VAULT_RULES.backupDerivations), so a user enters it in every spec of that name the phone
   * holds; one that refuses it (a soft junction in an ed25519 or ecdsa spec) is passed over, and
   * the first refusal stands when none takes it.
   */
  #reenter(phrase: string, seedName: string, path: string, note: DerivationNote): SignerIdentity[] {
    let networks: readonly VaultNetwork[];
    if (note.type !== undefined) networks = [this.#networkFor(encryptionOfType(note.type), note.network)];
    else if (note.network === undefined) networks = [this.#networkFor('sr25519')];
    else {
      networks = this.#specs.named(note.network);
      if (networks.length === 0) {
        throw refuseBy(
          VAULT_RULES.encryptionFromNetwork,
          'E_CLIENT_REFUSED',
          `Vault holds no network named '${note.network}'; an add_specs QR must add it first`,
        );
      }
    }
    const made: SignerIdentity[] = [];
    let refused: unknown;
    for (const network of networks) {
      try {
        made.push(this.#derive(phrase, seedName, path, network).identity);
      } catch (error) {
        refused ??= error;
      }
    }
    if (made.length === 0) throw refused;
    return made;
  }
}

function reasonOf(support: { readonly supported: boolean; readonly reason?: string }, otherwise = 'not supported by Vault'): string {
  return support.supported ? otherwise : (support.reason ?? otherwise);
}
