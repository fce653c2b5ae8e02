import {
  type AccountRef,
  type AccountSpec,
  type Artifact,
  ClientError,
  type DerivationNote,
  type KeyType,
  type Method,
  type RestoreSecret,
} from '@interop/core';
import { encodeBananaSplit, VAULT_DEFAULT_SHARES, vaultRequiredShares } from './banana-split-encode.js';
import { recoverBananaSplit } from './banana-split-recover.js';
import { joinPath, type ParsedPath, parseVaultPath } from './path-rules.js';
import { checkVaultPhrase, vaultPhrase } from './phrase-rules.js';
import { vaultPublicKeyQr } from './public-key-qr.js';
import { vaultExportedSecret } from './secret-export.js';
import { formatSecretQr } from './secret-qr.js';
import type { SignerAccountRef, SignerIdentity } from './signer-identity.js';
import { VAULT_CAPABILITIES } from './vault-capabilities.js';
import type { VaultEncryption } from './vault-encryption.js';
import { sameVaultKey, vaultKeySet, vaultNetworkKey } from './vault-keys.js';
import { VAULT_DEFAULT_NETWORKS, VAULT_FIRST_NETWORK, VAULT_MYTHOS, type VaultNetwork, vaultNetwork } from './vault-networks.js';

/** A note in the derivation list of a phrase backup; Vault marks passworded keys (rust/definitions DerivationEntry.has_pwd). */
export type VaultDerivationNote = DerivationNote & { readonly hasPassword?: boolean };

interface Held {
  readonly phrase: string;
  readonly parsed: ParsedPath;
  readonly network: VaultNetwork;
  readonly identity: SignerIdentity;
}

export interface VaultInstanceOptions {
  /** Network for custom derivations when the input names none (default: the first, polkadot). */
  readonly network?: string;
}

function encryptionOfType(type: KeyType | undefined): VaultEncryption {
  return type ?? 'sr25519';
}

/**
 * One phone running Polkadot Vault 7.2: key sets recovered from phrases, derived keys added by
 * path, and the ways keys leave the app. Holds secrets in memory only, inside its worker.
 */
export class VaultInstance {
  readonly #held = new Map<string, Held>();
  readonly #sets = new Map<string, SignerIdentity[]>();
  readonly #customNetwork: string | undefined;
  #next = 1;

  constructor(options: VaultInstanceOptions = {}) {
    this.#customNetwork = options.network;
  }

  /** The network a derivation of `encryption` goes to when the input does not say. */
  #networkFor(encryption: VaultEncryption, named?: string): VaultNetwork {
    const name = named !== undefined && named !== '' ? named : this.#customNetwork;
    if (name === undefined) return encryption === 'ethereum' ? VAULT_MYTHOS : vaultNetwork(VAULT_FIRST_NETWORK.name, encryption);
    // An ecdsa key noted on an Ethereum network stays on that network (its keys are ecdsa).
    const base = vaultNetwork(name);
    return base.encryption === 'ethereum' && encryption === 'ecdsa' ? base : vaultNetwork(name, encryption);
  }

  /**
   * A derived key as `try_create_address` makes it (identities.rs): the path is checked by
   * REG_PATH first, then the key is computed for the network's encryption.
   */
  #derive(phrase: string, seedName: string, path: string, network: VaultNetwork): { parsed: ParsedPath; identity: SignerIdentity } {
    const parsed = parseVaultPath(path);
    if (network.encryption !== 'sr25519' && /^\/m\//.test(parsed.path)) {
      throw new ClientError(
        'E_PATH_INVALID',
        `'${parsed.path}' is a BIP32 path; Vault reads it as substrate soft junctions, which ${network.encryption} keys refuse (no BIP44 in Vault)`,
      );
    }
    return { parsed, identity: vaultNetworkKey(phrase, seedName, parsed, network) };
  }

  create(spec: AccountSpec): SignerAccountRef {
    if (spec.secret.kind !== 'phrase') throw new ClientError('E_UNSUPPORTED', 'Vault recovers key sets only from BIP39 phrases; it has no raw seed import');
    if (spec.type === 'ethereum') throw new ClientError('E_UNSUPPORTED', 'Vault has no BIP44 keys; Ethereum-type networks use ecdsa keys by substrate path');
    const phrase = vaultPhrase(spec.secret.phrase);
    // do_create_address refuses an empty seed name (identities.rs: Error::EmptySeedName).
    if (spec.name === '') throw new ClientError('E_CLIENT_REFUSED', 'Seed name is empty.');
    const network = this.#networkFor(spec.type, spec.genesisHash);
    const { parsed, identity } = this.#derive(phrase, spec.name, spec.path, network);
    const set = this.#sets.get(spec.name) ?? vaultKeySet(phrase, spec.name, VAULT_DEFAULT_NETWORKS);
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
        // What the backup screen shows: the phrase and, per network, the derivations with a lock
        // for passworded ones; the password itself is nowhere (rust/db_handling/src/
        // interface_signer.rs backup_prep).
        return { kind: 'phrase', phrase, derivations: this.#derivationNotes(identity.name) };
      case 'phrase-path-type':
        // Vault shows the path without its password; the user adds the password they typed.
        return { kind: 'phrase', phrase, path: joinPath(parsed), type: identity.type };
      case 'secret-qr':
        return { kind: 'secret-qr', payload: formatSecretQr(vaultExportedSecret(phrase, parsed, network.encryption), network.genesisHash) };
      case 'public-key-qr':
        return { kind: 'public-key-qr', payload: vaultPublicKeyQr(identity.publicKey, network) };
      case 'banana-split': {
        // Vault proposes four EFF words as passphrase (navigator banana_split_passphrase); the
        // caller's password stands for the one the user kept.
        if (password === '') throw new ClientError('E_PASSWORD_REQUIRED', 'a Banana Split set needs a passphrase');
        const shares = encodeBananaSplit(phrase, identity.name, password, VAULT_DEFAULT_SHARES, vaultRequiredShares(VAULT_DEFAULT_SHARES));
        return { kind: 'banana-split', shares };
      }
      default: {
        const support = VAULT_CAPABILITIES.backup[method][identity.type];
        throw new ClientError('E_UNSUPPORTED', support.supported ? `Vault cannot back up with ${method}` : support.reason);
      }
    }
  }

  #derivationNotes(seedName: string): VaultDerivationNote[] {
    return (this.#sets.get(seedName) ?? [])
      .filter((key) => key.network !== undefined)
      .map((key) => ({ path: key.path, network: key.network!, type: key.type, ...(key.hasPassword ? { hasPassword: true } : {}) }));
  }

  restore(artifact: Artifact, secret: RestoreSecret): SignerIdentity[] {
    switch (artifact.kind) {
      case 'phrase':
        return this.#recover(vaultPhrase(artifact.phrase), 'Recovered', artifact, secret);
      case 'banana-split': {
        const recovered = recoverBananaSplit(artifact.shares, secret.passphrase);
        // The decoded secret is checked as it is, with no clean-up (qr_reader_phone
        // process_payload.rs: validate_mnemonic(&seed) else "Parsed mnemonic is invalid").
        try {
          checkVaultPhrase(recovered.secret);
        } catch (error) {
          throw new ClientError('E_PHRASE_INVALID', `Parsed mnemonic is invalid (${(error as Error).message})`);
        }
        return this.#recover(recovered.secret, recovered.title, { kind: 'phrase', phrase: recovered.secret }, secret);
      }
      default: {
        const support = VAULT_CAPABILITIES.restore[artifact.kind].sr25519;
        throw new ClientError('E_UNSUPPORTED', support.supported ? `Vault cannot restore ${artifact.kind}` : support.reason);
      }
    }
  }

  /**
   * Recovering a key set: the root and network keys, then the derivations a user adds by hand —
   * the artifact's path (as `--path`) and every derivation note of a phrase backup.
   */
  #recover(phrase: string, seedName: string, artifact: Extract<Artifact, { kind: 'phrase' }>, secret: RestoreSecret): SignerIdentity[] {
    const keys = vaultKeySet(phrase, seedName, VAULT_DEFAULT_NETWORKS);
    const add = (identity: SignerIdentity): void => {
      if (!keys.some((k) => sameVaultKey(k, identity))) keys.push(identity);
    };
    if (artifact.path !== undefined) {
      const encryption = encryptionOfType(artifact.type);
      add(this.#derive(phrase, seedName, artifact.path, this.#networkFor(encryption)).identity);
    }
    for (const note of (artifact.derivations ?? []) as readonly VaultDerivationNote[]) {
      let path = note.path;
      if (note.hasPassword === true) {
        if (secret.password === undefined || secret.password === '') {
          throw new ClientError('E_PASSWORD_REQUIRED', `derivation ${note.path} had a ///password, which Vault does not keep; give it as the password`);
        }
        path = `${note.path}///${secret.password}`;
      }
      add(this.#derive(phrase, seedName, path, this.#networkFor(encryptionOfType(note.type), note.network)).identity);
    }
    return keys;
  }
}
