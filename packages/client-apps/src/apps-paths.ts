import type { KeyType, Method } from '@interop/core';

/**
 * Hard paths a raw seed takes in Apps' Create, a sample across junction kinds (numbers, u64 and
 * beyond, names, network ids, non-ASCII and decomposed text, nesting).
 */
const HARD_SEED_PATHS: readonly string[] = [
  '',
  '//0',
  '//1',
  '//42',
  '//18446744073709551616',
  '//Alice',
  '//Alice//stash',
  '//polkadot',
  '//日本',
  '//e\u0301',
];
/** sr25519 also takes soft junctions. */
const SOFT_SEED_PATHS: readonly string[] = ['/0', '/soft', '//Alice/0', '//polkadot/1/2'];

/**
 * Which derivation paths an account made in Apps can have. A mnemonic takes any path. A raw seed
 * takes the path typed before the seed type is switched to "Raw seed" (operations/apps-rules.ts
 * CREATE_RAW_SEED_KEEPS_PATH), except a `///password` part, which deriveValidate refuses
 * (CREATE_RAW_SEED_NO_PASSWORD), and soft junctions on ed25519 (CREATE_SOFT_ED25519) and ecdsa (the
 * keyring). `pathsFor` can only list paths, so for raw seeds it lists a sample of the accepted ones.
 * An Ethereum private key is used as it is (@polkadot/keyring createFromUri ignores the path of a
 * 32-byte hex key), so it is its root key. Undefined: any path.
 */
export function appsPathsFor(type: KeyType, _method: Method, secret: 'phrase' | 'seed'): readonly string[] | undefined {
  if (secret === 'phrase') return undefined;
  if (type === 'ethereum') return [''];
  return type === 'sr25519' ? [...HARD_SEED_PATHS, ...SOFT_SEED_PATHS] : HARD_SEED_PATHS;
}
