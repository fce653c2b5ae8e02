import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { checkAccountInputs } from './account-inputs.js';
import { shownAccount } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { AppsError, asAppsError } from './apps-error.js';
import { appsRefusal, LEDGER_ENABLED } from './apps-rules.js';
import type { ConnectedChain } from './connected-chain.js';
import type { CreateResult } from './create-modal.js';
import { canStoreAccounts } from './load-all.js';

/**
 * "Add account" with the keypair crypto type `ed25519-ledger`: a Ledger's 24 words (a 25th is its
 * passphrase) typed into Apps' Create modal to recover the device's accounts without it
 * (polkadot-js/apps packages/page-accounts/src/modals/Create.tsx, read at commit 0129f74a:
 * `getSuri` turns the words into `u8aToHex(hdLedger(seed, derivePath).secretKey.slice(0, 32))`,
 * `createAccount` stores it as an ed25519 account; CreateSuriLedger.tsx (commit 08370fb5) builds
 * `m/44'/<slip44>'/<account>'/0'/<address>'` from three dropdowns).
 */
export interface LedgerCreateRequest {
  /** The mnemonic typed into the seed box (12 or 24 words, or 24 and the passphrase as a 25th). */
  readonly seed: string;
  /** "Ledger app type (originated from)": the network whose Ledger app made the account. */
  readonly app: LedgerApp;
  /** "account type" and "address index": AVAIL_INDEXES, 0 to 19 (Ledger.tsx, commit 00e8dfdc). */
  readonly accountIndex: number;
  readonly addressIndex: number;
  readonly name: string;
  readonly password: string;
  /** Settings > "manage hardware connections" as the user leaves it before opening the modal ('none' hides the type). */
  readonly ledgerConn: 'none' | 'webusb' | 'hid';
}

/** SLIP-44 coin types of the Ledger apps Apps lists (@polkadot/networks `selectableNetworks` with hasLedgerSupport). */
export const LEDGER_APPS = { polkadot: 354, kusama: 434 } as const;
export type LedgerApp = keyof typeof LEDGER_APPS;

/** Ledger.tsx AVAIL_INDEXES: `new Array(20).fill(0).map((_, index) => index)`. */
const AVAIL_INDEXES = 20;

/** CreateSuriLedger.tsx: the path the three dropdowns make. */
export function ledgerDerivePath(app: LedgerApp, accountIndex: number, addressIndex: number): string {
  return `m/44'/${LEDGER_APPS[app]}'/${accountIndex}'/0'/${addressIndex}'`;
}

function index(value: unknown, what: string): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= AVAIL_INDEXES) {
    throw new AppsError('E_USAGE', `${what} is one of Apps' dropdown values 0 to ${AVAIL_INDEXES - 1}`);
  }
  return value as number;
}

/** useLedger's hasLedgerChain: the connected genesis hash is a knownGenesis hash of a network with a knownLedger slip44. */
function hasLedgerChain(networks: AppsDeps['networks'], chain: ConnectedChain): boolean {
  return Object.keys(networks.knownGenesis).some((n) => Boolean(networks.knownLedger[n]) && networks.knownGenesis[n]?.includes(chain.genesisHash));
}

/**
 * The modal's steps for a Ledger recovery. Apps lists `ed25519-ledger` only when useLedger's
 * isLedgerEnabled holds (react-hooks useLedger.ts, commit 025fbc7b: a browser with WebUSB, a chain
 * with a Ledger app, and Settings' "manage hardware connections" not 'none'); the request says how
 * the user left that setting, and it is written to ui-settings as the Settings page writes it.
 */
export function createLedgerAccount(deps: AppsDeps, chain: ConnectedChain, request: LedgerCreateRequest): CreateResult {
  if (!canStoreAccounts(deps)) {
    throw new AppsError('E_UNSUPPORTED', 'Apps hides "Add account" unless in-browser account storage is allowed (Accounts/index.tsx canStoreAccounts)');
  }
  // The Settings page step the user takes first (ui-settings `ledgerConn`).
  deps.settings.set({ ledgerConn: request.ledgerConn });
  if (deps.settings.ledgerConn === 'none' || chain.isEthereum || !hasLedgerChain(deps.networks, chain)) {
    throw appsRefusal(LEDGER_ENABLED, 'E_UNSUPPORTED');
  }
  if (!(request.app in LEDGER_APPS)) throw new AppsError('E_USAGE', `the Ledger app type is one of ${Object.keys(LEDGER_APPS).join(', ')}`);
  const derivePath = ledgerDerivePath(request.app, index(request.accountIndex, 'the account type'), index(request.addressIndex, 'the address index'));
  // updateAddress: a 25th word is the passphrase; the 24 before it must be a valid mnemonic.
  const words = request.seed.split(' ');
  const isSeedValid = deps.utilCrypto.mnemonicValidate(words.length === 25 ? words.slice(0, 24).join(' ') : request.seed);
  if (!isSeedValid) throw new AppsError('E_PHRASE_INVALID', 'Apps marks the mnemonic seed invalid (Create.tsx updateAddress: mnemonicValidate)');
  let suri: string;
  try {
    suri = deps.util.u8aToHex(deps.utilCrypto.hdLedger(request.seed, derivePath).secretKey.slice(0, 32));
  } catch (error) {
    throw asAppsError(error, 'E_PHRASE_INVALID');
  }
  checkAccountInputs(deps, request.name, request.password);
  try {
    // createAccount: the ledger type is stored as ed25519 (`pairType === 'ed25519-ledger' ? 'ed25519' : pairType`).
    const result = deps.keyring.addUri(
      suri,
      request.password,
      { genesisHash: chain.genesisHash, isHardware: false, name: request.name.trim(), tags: [] },
      'ed25519',
    );
    const json = JSON.parse(JSON.stringify(result.json)) as KeyringPair$Json;
    return { account: shownAccount(deps, result.pair.address), json };
  } catch (error) {
    throw asAppsError(error);
  }
}
