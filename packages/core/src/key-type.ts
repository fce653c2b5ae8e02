/** The four key types every polkadot-js keyring knows (`@polkadot/keyring/types` KeypairType). */
export const KEY_TYPES = ['sr25519', 'ed25519', 'ecdsa', 'ethereum'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

export function isKeyType(value: unknown): value is KeyType {
  return typeof value === 'string' && (KEY_TYPES as readonly string[]).includes(value);
}

/** Key types whose addresses are ss58 (the rest show an H160 or a public key). */
export function isSubstrateType(type: KeyType): boolean {
  return type !== 'ethereum';
}
