import type { Hex, NetworkSpecsRequest } from '@interop/core';
import { refuseBy } from './rule-refusal.js';
import type { VaultEncryption } from './vault-encryption.js';
import { addedSpec, VAULT_DEFAULT_NETWORKS, type VaultChain, type VaultNetwork, vaultChain } from './vault-networks.js';
import { VAULT_RULES } from './vault-rules.js';

/** Names whose networks the key set screen preselects (VAULT_RULES.preselectedNetworks). */
const PRESELECTED = new Set(['polkadot', 'kusama', 'westend']);

/**
 * The first byte of a spec's SPECSTREE key, the SCALE variant of NetworkSpecsKeyContent
 * (definitions/src/keyring.rs L62-80): specs of one order are listed in this order (VAULT_RULES.networkOrder).
 */
const KEY_VARIANT: Readonly<Record<VaultEncryption, number>> = { ed25519: 0, sr25519: 1, ecdsa: 2, ethereum: 3 };

function byOrderThenKey(a: VaultNetwork, b: VaultNetwork): number {
  if (a.order !== b.order) return a.order - b.order;
  if (a.encryption !== b.encryption) return KEY_VARIANT[a.encryption] - KEY_VARIANT[b.encryption];
  return a.genesisHash < b.genesisHash ? -1 : a.genesisHash > b.genesisHash ? 1 : 0;
}

/**
 * Who verifies a chain's specs (the VERIFIERS tree): the general verifier for a fresh Vault's three
 * chains (VAULT_RULES.addSpecsGeneralVerifier), no one for a chain first added by an unsigned QR.
 */
type ChainVerifier = 'general' | 'none';

/**
 * The network specs one Vault holds (its SPECSTREE): a fresh one's three sr25519 specs, then what
 * add_specs QRs bring, with who verifies each chain. Vault keys a spec by genesis hash and
 * encryption, so one chain may be held several times, once per encryption, all under its name.
 */
export class VaultSpecsTree {
  readonly #specs: VaultNetwork[] = [...VAULT_DEFAULT_NETWORKS];
  readonly #verifiers = new Map<Hex, ChainVerifier>(VAULT_DEFAULT_NETWORKS.map((s) => [s.genesisHash, 'general']));

  /**
   * Takes an add_specs QR for a chain and an encryption (VAULT_RULES.addSpecs), signed by the
   * general verifier unless the request says it is unsigned.
   */
  add(request: NetworkSpecsRequest): VaultNetwork {
    const chain = vaultChain(request.network);
    if (chain === undefined) {
      throw refuseBy(VAULT_RULES.addSpecs, 'E_CLIENT_REFUSED', `this model knows no chain '${request.network}' (polkadot, kusama, westend, mythos)`);
    }
    const signedBy = request.signedBy ?? 'general-verifier';
    this.#checkSignature(chain, signedBy);
    const known = this.find(chain.genesisHash, request.encryption);
    // add_network_specs orders a spec after every one in the tree, the one it replaces included
    // (db_transactions.rs L570-574).
    const spec = addedSpec(chain, request.encryption, this.#specs.length);
    if (known === undefined) {
      this.#specs.push(spec);
      if (!this.#verifiers.has(chain.genesisHash)) this.#verifiers.set(chain.genesisHash, signedBy === 'unsigned' ? 'none' : 'general');
      return spec;
    }
    // specs_are_new (VAULT_RULES.addSpecsKnown): the chain's name, prefix, decimals and unit are the
    // chain's own either way; what may differ is the display data, of which this model holds the
    // title and path_id (a fresh Vault's own specs have their own colours and logos too).
    if (known.title === spec.title && known.pathId === spec.pathId) {
      const words = VAULT_RULES.addSpecsKnown.message.replace('{name}', known.name).replace('{encryption}', known.encryption);
      throw refuseBy(VAULT_RULES.addSpecsKnown, 'E_CLIENT_REFUSED', words);
    }
    this.#specs.splice(this.#specs.indexOf(known), 1, spec);
    return spec;
  }

  /**
   * add_specs.rs by the chain's verifier: the general verifier takes only its own signature
   * (L613-658); a chain no one verifies takes an unsigned QR (L184-220). A chain no one verifies
   * being handed to the general verifier (L221-416, which re-verifies what the chain holds) is beyond
   * this model, and said so.
   */
  #checkSignature(chain: VaultChain, signedBy: NonNullable<NetworkSpecsRequest['signedBy']>): void {
    const verifier = this.#verifiers.get(chain.genesisHash);
    if (verifier === 'general' && signedBy === 'unsigned') {
      throw refuseBy(VAULT_RULES.addSpecsGeneralVerifier, 'E_CLIENT_REFUSED', VAULT_RULES.addSpecsGeneralVerifier.message.replace('{name}', chain.name));
    }
    if (verifier === 'none' && signedBy === 'general-verifier') {
      throw refuseBy(
        VAULT_RULES.addSpecs,
        'E_UNSUPPORTED',
        `this model does not follow ${chain.name}'s verifier changing from none to the general verifier (add_specs.rs L221-416)`,
      );
    }
  }

  /** Every spec, in Vault's order (VAULT_RULES.networkOrder). */
  list(): readonly VaultNetwork[] {
    return [...this.#specs].sort(byOrderThenKey);
  }

  find(genesisHash: string, encryption: VaultEncryption): VaultNetwork | undefined {
    return this.#specs.find((s) => s.genesisHash === genesisHash && s.encryption === encryption);
  }

  /** The specs shown under a network name (one per encryption held), in Vault's order. */
  named(name: string): readonly VaultNetwork[] {
    return this.list().filter((s) => s.name === name.toLowerCase());
  }

  firstWith(encryption: VaultEncryption): VaultNetwork | undefined {
    return this.list().find((s) => s.encryption === encryption);
  }

  /** The networks a new or recovered key set gets its path_id keys in, unless the user unticks them. */
  preselected(): readonly VaultNetwork[] {
    return this.list().filter((s) => PRESELECTED.has(s.name));
  }
}
