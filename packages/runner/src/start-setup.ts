import type { KeyType, NetworkSpecsRequest, StartOptions, Support } from '@interop/core';

/**
 * The start options that take every step these capabilities require, merged: Vault's add_specs
 * and the network an instance must be connected to (Apps' ethereum keys: an Ethereum chain).
 */
export function setupFor(...supports: readonly Support[]): StartOptions | undefined {
  const specs: NetworkSpecsRequest[] = [];
  let network: string | undefined;
  for (const s of supports) {
    if (!s.supported || s.setup === undefined) continue;
    network ??= s.setup.network;
    for (const spec of s.setup.addSpecs ?? []) {
      if (!specs.some((x) => x.network === spec.network && x.encryption === spec.encryption)) specs.push(spec);
    }
  }
  if (specs.length === 0 && network === undefined) return undefined;
  return { ...(network !== undefined ? { network } : {}), ...(specs.length > 0 ? { addSpecs: specs } : {}) };
}

/** The steps themselves, as the reports show them. */
export function requiresOf(...supports: readonly Support[]): string[] {
  return [...new Set(supports.flatMap((s) => (s.supported && s.requires !== undefined ? [s.requires] : [])))];
}

/** The key types an instance started this way holds network specs for (an 'ethereum' spec holds ecdsa keys). */
export function heldTypes(setup: StartOptions | undefined): KeyType[] {
  return [...new Set((setup?.addSpecs ?? []).map((s): KeyType => (s.encryption === 'ethereum' ? 'ecdsa' : s.encryption)))];
}
