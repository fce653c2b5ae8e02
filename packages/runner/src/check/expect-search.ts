import {
  type AccountSpec,
  type ClientFactory,
  type DerivationRules,
  displayAddress,
  expectedPublicKey,
  type Hex,
  isEthereumAddress,
  type KeyType,
  NETWORKS,
  publicKeyOfSs58,
  ss58Address,
} from '@interop/core';
import { ETHEREUM_INDEX_0 } from '../divergences/target-derivations.js';

/** Where an address comes from: the rules, type and path that give it, and the profiles that make it so. */
export interface AddressOrigin {
  readonly type: KeyType;
  readonly path: string;
  readonly publicKey: Hex;
  readonly profiles: readonly string[];
}

export interface SearchBounds {
  /** //0 ../N (and /0 ../N for sr25519), and BIP44 indexes 0..N. */
  readonly indexes: number;
}

/** The account id an ss58 address stands for, or the H160 of an ethereum one, in lower case. */
function normalise(address: string): string {
  if (isEthereumAddress(address)) return address.toLowerCase();
  return publicKeyOfSs58(address).toLowerCase();
}

/** The same form for a key: the account id (ecdsa: blake2 of the key, as ss58 shows it) or the H160. */
function formOf(publicKey: Hex, type: KeyType): string {
  return type === 'ethereum' ? displayAddress(publicKey, 'ethereum').toLowerCase() : publicKeyOfSs58(ss58Address(publicKey, type)).toLowerCase();
}

function candidates(bounds: SearchBounds, extra: readonly string[]): { type: KeyType; path: string }[] {
  const out: { type: KeyType; path: string }[] = [];
  const substrate = ['', ...NETWORKS.map((n) => n.pathId), ...extra];
  for (let i = 0; i <= bounds.indexes; i++) substrate.push(`//${i}`);
  for (const type of ['sr25519', 'ed25519', 'ecdsa'] as const) for (const path of substrate) out.push({ type, path });
  for (let i = 0; i <= bounds.indexes; i++) out.push({ type: 'sr25519', path: `/${i}` });
  for (let i = 0; i <= bounds.indexes; i++) out.push({ type: 'ethereum', path: ETHEREUM_INDEX_0.replace(/0$/, String(i)) });
  out.push({ type: 'ethereum', path: '' });
  return out;
}

function rulesKey(r: DerivationRules): string {
  return JSON.stringify(r);
}

/**
 * Which client, key type and path give `address` from this secret: every client's default paths,
 * //0..//N, /0../N, the network paths, BIP44 indexes 0..N, under each distinct set of derivation
 * rules the profiles follow (bounded: a few hundred derivations). The answer to "my address changed".
 */
export function searchAddress(
  secret: AccountSpec['secret'],
  address: string,
  factories: readonly ClientFactory[],
  bounds: SearchBounds = { indexes: 20 },
  extraPaths: readonly string[] = [],
): AddressOrigin[] {
  const wanted = normalise(address);
  const byRules = new Map<string, { rules: DerivationRules; profiles: string[] }>();
  for (const f of factories) {
    const k = rulesKey(f.info.traits.derivation);
    const entry = byRules.get(k) ?? { rules: f.info.traits.derivation, profiles: [] };
    entry.profiles.push(f.info.id);
    byRules.set(k, entry);
  }
  const found = new Map<string, AddressOrigin & { profiles: string[] }>();
  for (const { rules, profiles } of byRules.values()) {
    for (const c of candidates(bounds, extraPaths)) {
      let publicKey: Hex;
      try {
        publicKey = expectedPublicKey({ secret, path: c.path, type: c.type }, rules);
      } catch {
        continue;
      }
      if (formOf(publicKey, c.type) !== wanted) continue;
      const k = `${c.type}${c.path}`;
      const hit = found.get(k) ?? { ...c, publicKey, profiles: [] };
      hit.profiles.push(...profiles);
      found.set(k, hit);
    }
  }
  return [...found.values()];
}
