import { legacyPathFragments } from './path-rules.js';
import type { SignerIdentity } from './signer-identity.js';

/**
 * The name the legacy app puts after a path's QRs (LEGACY_RULES.pathName): `getPathName` of
 * src/utils/identitiesUtils.ts:359-373 at v4.5.3-beta. The account's own name when it has one;
 * else 'No name' for the Ethereum account (saved with an empty name, not a substrate path),
 * 'Identity root' for the root, and otherwise the path's junctions after the first, slashes
 * removed (`extractSubPathName`), the first one alone when it is the only one.
 */
export function legacyPathName(identity: Pick<SignerIdentity, 'name' | 'type' | 'path'>): string {
  if (identity.name !== '') return identity.name;
  if (identity.type === 'ethereum') return 'No name';
  const path = identity.path;
  if (path === '') return 'Identity root';
  const fragments = legacyPathFragments(path);
  return (fragments.length === 1 ? fragments : fragments.slice(1)).join('').replace(/\//g, '');
}
