import type { NetworkSpecsRequest } from '@interop/core';
import { refuseBy } from './rule-refusal.js';
import type { VaultEncryption } from './vault-encryption.js';
import { addedSpec, VAULT_DEFAULT_NETWORKS, type VaultNetwork, vaultChain } from './vault-networks.js';
import { VAULT_RULES } from './vault-rules.js';

/** Names whose networks the key set screen preselects (VAULT_RULES.preselectedNetworks). */
const PRESELECTED = new Set(['polkadot', 'kusama', 'westend']);

/**
 * The network specs one Vault holds (its SPECSTREE): a fresh one's three sr25519 specs, then what
 * signed add_specs QRs bring. Vault keys a spec by genesis hash and encryption, so one chain may
 * be held several times, once per encryption, all under the chain's name.
 */
export class VaultSpecsTree {
  readonly #specs: VaultNetwork[] = [...VAULT_DEFAULT_NETWORKS];

  /** Takes a signed add_specs QR for a chain and an encryption (VAULT_RULES.addSpecs). */
  add(request: NetworkSpecsRequest): VaultNetwork {
    const chain = vaultChain(request.network);
    if (chain === undefined) {
      throw refuseBy(VAULT_RULES.addSpecs, 'E_CLIENT_REFUSED', `this model knows no chain '${request.network}' (polkadot, kusama, westend, mythos)`);
    }
    const known = this.find(chain.genesisHash, request.encryption);
    // add_network_specs orders a spec after every one in the tree, the one it replaces included
    // (db_transactions.rs L570-574).
    const spec = addedSpec(chain, request.encryption, this.#specs.length);
    if (known === undefined) {
      this.#specs.push(spec);
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

  /** Every spec, in Vault's order. */
  list(): readonly VaultNetwork[] {
    return [...this.#specs].sort((a, b) => a.order - b.order);
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
