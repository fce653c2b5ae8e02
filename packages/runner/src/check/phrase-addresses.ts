import {
  type Artifact,
  type ClientFactory,
  type DefaultKey,
  displayAddress,
  expectedPublicKey,
  type Hex,
  type KeyType,
  NETWORKS,
  toErrorInfo,
} from '@interop/core';
import { ETHEREUM_INDEX_0 } from '../divergences/target-derivations.js';

/** One key a client makes from the phrase by itself, with the address it shows. */
export interface DefaultAddress {
  readonly path: string;
  readonly type: KeyType;
  readonly publicKey: Hex;
  /** At the network the path names (//polkadot at 0, //kusama at 2), else the generic prefix 42. */
  readonly address: string;
  /** The network the path names (Vault's //polkadot, //kusama, //westend), whose prefix `address` is at. */
  readonly network?: string;
}

export interface ProfileDefaults {
  readonly profiles: readonly string[];
  readonly keys: readonly DefaultAddress[];
}

/** The keys a client makes from a phrase by default: its phraseDefaults, and BIP44 index 0 where it makes ethereum keys. */
function defaultsOf(factory: ClientFactory): DefaultKey[] {
  const { traits } = factory.info;
  const keys = [...traits.phraseDefaults];
  if (traits.ethereumPath !== undefined && !keys.some((k) => k.type === 'ethereum')) keys.push({ path: ETHEREUM_INDEX_0, type: 'ethereum' });
  return keys;
}

/**
 * Every address a phrase has stood for in these clients: what each makes from it by itself
 * (Vault's root and network keys, the React Native Signer's network keys and BIP44 account, the
 * root key and BIP44 index 0 of the polkadot-js clients), computed by the independent oracle
 * under each client's own derivation rules. Profiles that give the same keys share one row.
 */
export function phraseDefaults(artifact: Extract<Artifact, { kind: 'phrase' }>, factories: readonly ClientFactory[]): ProfileDefaults[] {
  const rows = new Map<string, { profiles: string[]; keys: DefaultAddress[] }>();
  for (const f of factories) {
    const keys: DefaultAddress[] = [];
    for (const d of defaultsOf(f)) {
      try {
        const publicKey = expectedPublicKey({ secret: { kind: 'phrase', phrase: artifact.phrase }, path: d.path, type: d.type }, f.info.traits.derivation);
        const network = NETWORKS.find((n) => d.path === n.pathId);
        keys.push({ ...d, publicKey, address: displayAddress(publicKey, d.type, network?.prefix ?? 42), ...(network ? { network: network.name } : {}) });
      } catch (error) {
        // A phrase this client's rules refuse makes no default key here.
        if (toErrorInfo(error).code === 'E_INTERNAL') throw error;
      }
    }
    const key = keys.map((k) => `${k.type}${k.path}${k.publicKey}`).join('|');
    const row = rows.get(key) ?? { profiles: [], keys };
    row.profiles.push(f.info.id);
    rows.set(key, row);
  }
  return [...rows.values()];
}
