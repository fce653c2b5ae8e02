import { ClientError } from '@interop/core';
import type { StorageDump } from '../storage-dump.js';

/**
 * One "computer" in the Chromium realm: a browser profile with the Apps harness page
 * (packages/client-apps, launchAppsBrowserProfile). Only the parts this package uses are
 * named here, so it builds and its Node tests run whether or not the harness is built.
 */
export interface ConsoleMessageLike {
  type(): string;
  text(): string;
}

export interface PageLike {
  evaluate(expression: string): Promise<unknown>;
  on(event: 'console', listener: (message: ConsoleMessageLike) => void): unknown;
}

export interface BrowserComputer {
  readonly page: PageLike;
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  dumpLocalStorage(): Promise<Record<string, string>>;
  /** localStorage.clear(), setItem for each entry, then a reload (Apps' loadAll runs). */
  loadLocalStorage(dump: StorageDump): Promise<void>;
  /** A page reload: ui-keyring loadAll runs again over the same localStorage. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export type LaunchComputer = (options?: { readonly userDataDir?: string; readonly network?: string }) => Promise<BrowserComputer>;

/** The Apps harness launcher of @interop/client-apps, loaded when first needed. */
export async function appsBrowserLauncher(): Promise<LaunchComputer> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import('@interop/client-apps')) as Record<string, unknown>;
  } catch (error) {
    throw new ClientError('E_UNSUPPORTED', `the Apps client package cannot be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  const launch = mod.launchAppsBrowserProfile;
  if (typeof launch !== 'function') {
    throw new ClientError('E_UNSUPPORTED', 'the Apps Chromium harness is not available: @interop/client-apps does not export launchAppsBrowserProfile');
  }
  return launch as LaunchComputer;
}
