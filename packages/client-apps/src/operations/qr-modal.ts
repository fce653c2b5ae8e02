import { checkAccountName, checkAccountPassword } from './account-inputs.js';
import { type ShownAccount, shownAccount } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { asAppsError } from './apps-error.js';
import { appsRefusal, QR_SCAN } from './apps-rules.js';
import type { ConnectedChain } from './connected-chain.js';

/** What QrScanAddress hands to the modal (polkadot-js/ui packages/react-qr/src/ScanAddress.tsx). */
export interface ScannedQr {
  readonly content: string;
  readonly isAddress: boolean;
  readonly genesisHash: string;
  readonly name?: string;
}

export interface AddQrRequest {
  /** The text the camera read. */
  readonly payload: string;
  /** The name field (pre-filled from the QR's name part when it has one). */
  readonly name?: string;
  /** Asked only for `secret:` payloads. */
  readonly password?: string;
}

/**
 * The scanner (apps-rules.ts QR_SCAN): polkadot-js/ui packages/react-qr/src/ScanAddress.tsx `_onScan` (constants.ts: ADDRESS_PREFIX
 * 'substrate', SEED_PREFIX 'secret'): split on ':' into prefix, content, genesisHash and name
 * (ethereum chains: `ethereum:<address>`, content cut to 42 characters, no genesis). A substrate
 * address is checked with decodeAddress. The genesis part is taken as written: Vault's Secret QR
 * writes it without 0x.
 */
export function scanAddressQr(deps: AppsDeps, chain: ConnectedChain, data: string): ScannedQr {
  let prefix: string;
  let content: string;
  let genesisHash: string;
  let name: string[];
  if (!chain.isEthereum) {
    [prefix = '', content = '', genesisHash = '', ...name] = data.split(':');
  } else {
    [prefix = '', content = '', ...name] = data.split(':');
    genesisHash = '';
    content = content.substring(0, 42);
  }
  const expectedPrefix = chain.isEthereum ? 'ethereum' : 'substrate';
  if (prefix !== expectedPrefix && prefix !== 'secret') {
    // Apps quotes the prefix it found; a phrase typed instead of a QR payload would be quoted whole.
    const message = `Invalid prefix received, expected '${expectedPrefix} or secret' , found '[${prefix.length} characters withheld]'`;
    throw appsRefusal({ ...QR_SCAN, message }, 'E_CLIENT_REFUSED');
  }
  const isAddress = prefix === expectedPrefix;
  if (isAddress && !chain.isEthereum) {
    try {
      deps.utilCrypto.decodeAddress(content);
    } catch (error) {
      throw appsRefusal({ ...QR_SCAN, message: error instanceof Error ? error.message : String(error) }, 'E_CLIENT_REFUSED');
    }
  }
  return { content, genesisHash, isAddress, ...(name.length ? { name: name.join(':') } : {}) };
}

/**
 * "Add account via Qr" (polkadot-js/apps packages/page-accounts/src/modals/Qr.tsx). On scan, a
 * secret is previewed with keyring.createFromUri(content, {}, 'sr25519') — always sr25519, whatever
 * key type the secret belongs to. Save stores meta {genesisHash: scanned.genesisHash ||
 * api.genesisHash.toHex(), name: name.trim()} and calls, for an address,
 * keyring.addExternal(content, meta) (no meta at all on Ethereum chains) — a watch-only entry
 * with the keyring's default type — and for a secret keyring.addUri(content, password, meta, 'sr25519').
 * Save stays disabled until the name is set and, for a secret, a password (PasswordInput.tsx).
 */
export function addQr(deps: AppsDeps, chain: ConnectedChain, request: AddQrRequest): ShownAccount {
  const scanned = scanAddressQr(deps, chain, request.payload);
  if (!scanned.isAddress) {
    try {
      deps.keyring.createFromUri(scanned.content, {}, 'sr25519');
    } catch (error) {
      throw asAppsError(error, 'E_CLIENT_REFUSED');
    }
  }
  // Save stays disabled until the name is set and, for a secret, the password (QR_NAME_PASSWORD).
  const name = request.name ?? scanned.name ?? '';
  checkAccountName(name);
  const password = request.password ?? '';
  if (!scanned.isAddress) checkAccountPassword(deps, password);
  const meta = { genesisHash: (scanned.genesisHash || chain.genesisHash) as `0x${string}`, name: name.trim() };
  try {
    const added = scanned.isAddress
      ? chain.isEthereum
        ? deps.keyring.addExternal(scanned.content)
        : deps.keyring.addExternal(scanned.content, meta)
      : deps.keyring.addUri(scanned.content, password, meta, 'sr25519');
    return shownAccount(deps, added.pair.address);
  } catch (error) {
    throw asAppsError(error);
  }
}
