import type { KeyType } from '@interop/core';

/** What the Address component takes from @polkadot/util, util-crypto and networks (the profile's own copies). */
export interface PopupAddressDeps {
  isHex(value: string): boolean;
  hexToU8a(value: string): Uint8Array;
  decodeAddress(value: string): Uint8Array;
  encodeAddress(key: Uint8Array, prefix: number): string;
  /** The ss58 prefix of a chain the popup knows by genesis hash (util/chains.ts: @polkadot/networks selectableNetworks). */
  chainPrefix(genesisHash: string): number | undefined;
}

/** An entry of the account list the popup holds (AccountContext). */
export interface ListedAccount {
  readonly address: string;
  readonly type: KeyType;
  readonly genesisHash?: string;
}

/** ui-settings' default prefix is -1, which Address.tsx shows as 42. */
const DEFAULT_PREFIX = 42;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * The text the popup's Address component shows for an address it is given
 * (polkadot-js/extension v0.62.3 packages/extension-ui/src/components/Address.tsx lines 56-90 and
 * 110-126), with the default settings and no stored chain metadata, once its effects have settled:
 * an account of the list with this exact address and type ethereum, or no such account and a given
 * type ethereum, shows the address as written; otherwise recodeAddress takes the bytes (hex as
 * they are, else decodeAddress), looks for a listed account with those bytes and shows
 * encodeAddress(bytes, prefix) at the prefix of the given chain, or of that account's chain, or 42.
 * The batch preview of Restore from JSON gives no type (DEFAULT_TYPE, sr25519).
 */
export function popupShownAddress(
  deps: PopupAddressDeps,
  accounts: readonly ListedAccount[],
  address: string,
  genesisHash: string | null | undefined,
  givenType: KeyType = 'sr25519',
): string {
  const byAddress = accounts.find((a) => a.address === address);
  if (byAddress?.type === 'ethereum' || (byAddress === undefined && givenType === 'ethereum')) return address;
  const publicKey = deps.isHex(address) ? deps.hexToU8a(address) : deps.decodeAddress(address);
  const byKey = accounts.find((a) => sameBytes(deps.decodeAddress(a.address), publicKey));
  if (byKey?.type === 'ethereum') return address;
  const chain = genesisHash || byKey?.genesisHash;
  const prefix = (chain ? deps.chainPrefix(chain) : undefined) ?? DEFAULT_PREFIX;
  return deps.encodeAddress(publicKey, prefix);
}
