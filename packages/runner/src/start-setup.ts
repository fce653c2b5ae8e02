import type { KeyType, NetworkSpecsRequest, StartOptions, Support } from '@interop/core';

/** The start options that take every step these capabilities require (Vault's add_specs), merged. */
export function setupFor(...supports: readonly Support[]): StartOptions | undefined {
  const specs: NetworkSpecsRequest[] = [];
  for (const s of supports) {
    if (!s.supported || s.setup === undefined) continue;
    for (const spec of s.setup.addSpecs ?? []) {
      if (!specs.some((x) => x.network === spec.network && x.encryption === spec.encryption)) specs.push(spec);
    }
  }
  return specs.length === 0 ? undefined : { addSpecs: specs };
}

/** The steps themselves, as the reports show them. */
export function requiresOf(...supports: readonly Support[]): string[] {
  return [...new Set(supports.flatMap((s) => (s.supported && s.requires !== undefined ? [s.requires] : [])))];
}

/** The key types an instance started this way holds network specs for (an 'ethereum' spec holds ecdsa keys). */
export function heldTypes(setup: StartOptions | undefined): KeyType[] {
  return [...new Set((setup?.addSpecs ?? []).map((s): KeyType => (s.encryption === 'ethereum' ? 'ecdsa' : s.encryption)))];
}
