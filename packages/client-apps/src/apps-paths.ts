import type { KeyType, Method } from '@interop/core';

/**
 * Which derivation paths an account made in Apps can have: Create.tsx disables the "secret
 * derivation path" field when the secret is a raw seed (polkadot-js/apps
 * packages/page-accounts/src/modals/Create.tsx, `seedType === 'raw'`), so a seed account is its
 * root key; a mnemonic takes any path. Undefined: any path.
 */
export function appsPathsFor(_type: KeyType, _method: Method, secret: 'phrase' | 'seed'): readonly string[] | undefined {
  return secret === 'seed' ? [''] : undefined;
}
