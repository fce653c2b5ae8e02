import type { KeyType, Method } from '@interop/core';

/**
 * The one path an ethereum account made from a phrase has in the extension: the handler's
 * getSuri appends it to every ethereum suri (polkadot-js/extension
 * packages/extension-base/src/background/handlers/Extension.ts `getSuri`), and a suri that
 * already carries a path is refused. A 0x seed is used as the private key as it is.
 */
export const EXTENSION_ETHEREUM_PATH = "/m/44'/60'/0'/0/0";

/** Which derivation paths an account of this type can have in the extension (undefined: any). */
export function extensionPathsFor(type: KeyType, _method: Method, secret: 'phrase' | 'seed'): readonly string[] | undefined {
  if (type !== 'ethereum') return undefined;
  return secret === 'phrase' ? [EXTENSION_ETHEREUM_PATH] : [''];
}
