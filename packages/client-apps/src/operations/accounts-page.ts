import type { KeyringPair$Meta } from '@polkadot/keyring/types';
import type { AppsDeps } from './apps-deps.js';
import { AppsError } from './apps-error.js';

/**
 * The group Apps files an account under on its Accounts page
 * (polkadot-js/apps packages/page-accounts/src/Accounts/index.tsx `groupAccounts`, through
 * packages/react-components/src/util/getAccountCryptoType.ts): hardware and development
 * accounts first, then injected, multisig, proxied, and external ("qr") ones; everything else
 * is an in-browser account ("accounts").
 */
export type AccountGroup = 'accounts' | 'hardware' | 'injected' | 'multisig' | 'proxied' | 'qr' | 'testing';

/** One row of what Apps shows, as plain data. */
export interface ShownAccount {
  /** The address as Apps displays it (ss58 at the connected chain's prefix, or H160 for ethereum). */
  readonly address: string;
  /** 0x hex of the key the keyring holds (compressed for ecdsa/ethereum; the address bytes for external entries). */
  readonly publicKey: `0x${string}`;
  /** The keyring pair type (an external entry gets the keyring's default type, see qr-modal.ts). */
  readonly type: string;
  readonly name: string;
  readonly genesisHash: string | null;
  readonly group: AccountGroup;
  /** Apps holds the encrypted secret (an in-browser account), not just the address. */
  readonly hasSecret: boolean;
  readonly isExternal: boolean;
  /** The stored meta, as JSON. */
  readonly meta: Readonly<Record<string, unknown>>;
}

export interface ShownAddress {
  readonly address: string;
  readonly publicKey: `0x${string}`;
  readonly name: string;
  readonly genesisHash: string | null;
  readonly meta: Readonly<Record<string, unknown>>;
}

/** What the Accounts and Address book pages list after loadAll (and after each modal). */
export interface AppsView {
  readonly accounts: readonly ShownAccount[];
  readonly addresses: readonly ShownAddress[];
  readonly contracts: readonly ShownAddress[];
}

function plain(meta: KeyringPair$Meta): Record<string, unknown> {
  return JSON.parse(JSON.stringify(meta)) as Record<string, unknown>;
}

function groupOf(meta: KeyringPair$Meta): AccountGroup {
  if (meta.isHardware) return 'hardware';
  if (meta.isTesting) return 'testing';
  if (meta.isInjected) return 'injected';
  if (meta.isExternal) return meta.isMultisig ? 'multisig' : meta.isProxied ? 'proxied' : 'qr';
  return 'accounts';
}

export function shownAccount(deps: AppsDeps, address: string): ShownAccount {
  const pair = deps.keyring.getPair(address);
  const meta = pair.meta;
  const group = groupOf(meta);
  return {
    address: pair.address,
    publicKey: deps.util.u8aToHex(pair.publicKey),
    type: pair.type,
    name: typeof meta.name === 'string' ? meta.name : '',
    genesisHash: typeof meta.genesisHash === 'string' ? meta.genesisHash : null,
    group,
    hasSecret: group === 'accounts' || group === 'testing',
    isExternal: meta.isExternal === true,
    meta: plain(meta),
  };
}

/**
 * The pair of an account Apps lists. ui-keyring's in-memory keyring also holds the development
 * accounts (createTestKeyring: Alice, Bob, ...), hidden outside development mode: Apps offers
 * no menu on them, so neither do the modals here.
 */
export function listedPair(deps: AppsDeps, address: string): ReturnType<AppsDeps['keyring']['getPair']> {
  const listed = deps.keyring.getAccounts().some((a) => a.address === address);
  let pair: ReturnType<AppsDeps['keyring']['getPair']> | undefined;
  try {
    pair = listed ? deps.keyring.getPair(address) : undefined;
  } catch {
    pair = undefined;
  }
  if (pair === undefined) throw new AppsError('E_NOT_FOUND', `Apps lists no account ${address} on this chain`);
  return pair;
}

/** The accounts Apps lists: ui-keyring `getAccounts()` (the loaded and added ones, testing hidden). */
export function appsView(deps: AppsDeps): AppsView {
  const { keyring, util } = deps;
  const address = (entry: { address: string; meta: KeyringPair$Meta; publicKey: Uint8Array }): ShownAddress => ({
    address: entry.address,
    publicKey: util.u8aToHex(entry.publicKey),
    name: typeof entry.meta.name === 'string' ? entry.meta.name : '',
    genesisHash: typeof entry.meta.genesisHash === 'string' ? entry.meta.genesisHash : null,
    meta: plain(entry.meta),
  });
  return {
    accounts: keyring.getAccounts().map((a) => shownAccount(deps, a.address)),
    addresses: keyring.getAddresses().map(address),
    contracts: keyring.getContracts().map(address),
  };
}
