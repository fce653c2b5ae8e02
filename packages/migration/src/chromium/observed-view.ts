import type { BrowserComputer } from './browser-computer.js';

/**
 * What the Apps harness page reports Apps showing after loadAll (the Accounts and Address book
 * pages: ui-keyring getAccounts/getAddresses/getContracts, packages/client-apps
 * src/operations/accounts-page.ts `appsView`) and the console warnings ui-keyring printed
 * ("Keyring: Unable to load <key>:<value>"; only the key is kept — the value holds the
 * encrypted key).
 */
export interface ObservedEntry {
  readonly publicKey: string;
  readonly address: string;
  readonly name: string;
  readonly hasSecret?: boolean;
  readonly isExternal?: boolean;
}

export interface ObservedView {
  readonly accounts: readonly ObservedEntry[];
  readonly addresses: readonly ObservedEntry[];
  readonly contracts: readonly ObservedEntry[];
  /** Storage keys ui-keyring warned it could not load. */
  readonly skippedKeys: readonly string[];
}

/** The harness RPC methods (packages/client-apps Chromium realm). */
export const HARNESS_METHODS = { view: 'view', warnings: 'warnings' } as const;

const WARNING = /^Keyring: Unable to load ((?:account|address|contract):[^:]*):/;

/** The storage key named in one ui-keyring load warning, if it is one. */
export function skippedKeyOf(warning: string): string | undefined {
  return WARNING.exec(warning)?.[1];
}

interface HarnessView {
  readonly accounts: readonly ObservedEntry[];
  readonly addresses: readonly ObservedEntry[];
  readonly contracts: readonly ObservedEntry[];
}

function pick(entries: readonly ObservedEntry[]): ObservedEntry[] {
  return entries.map((e) => ({
    publicKey: e.publicKey.toLowerCase(),
    address: e.address,
    name: e.name,
    ...(e.hasSecret !== undefined ? { hasSecret: e.hasSecret } : {}),
    ...(e.isExternal !== undefined ? { isExternal: e.isExternal } : {}),
  }));
}

export async function observeView(computer: BrowserComputer): Promise<ObservedView> {
  const view = await computer.call<HarnessView>(HARNESS_METHODS.view);
  const warnings = await computer.call<readonly string[]>(HARNESS_METHODS.warnings);
  return {
    accounts: pick(view.accounts),
    addresses: pick(view.addresses),
    contracts: pick(view.contracts),
    skippedKeys: warnings.map(skippedKeyOf).filter((k): k is string => k !== undefined),
  };
}
