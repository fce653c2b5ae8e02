import type { ErrorInfo } from '@interop/core';
import type { AppsMethod } from './apps-rpc.js';
import type { ConnectedChain } from './connected-chain.js';

/** One answer of the harness page: plain data, or the {code, message} of a refusal. */
export type HarnessAnswer = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ErrorInfo };

/**
 * What the harness page (apps/apps-harness) puts on `window.__harness`: the AppsRpc methods,
 * called by name from Playwright (`page.evaluate`), answered in order like the Node worker.
 */
export interface HarnessPageApi {
  /** Settles when ui-keyring has loaded localStorage for the chain (or failed to). */
  readonly ready: Promise<HarnessAnswer>;
  call(method: AppsMethod, ...args: unknown[]): Promise<HarnessAnswer>;
}

/** Query parameters of the harness page: which chain the instance is connected to. */
export function harnessQuery(chain: ConnectedChain, allowStorage: boolean): string {
  return `?chain=${encodeURIComponent(JSON.stringify(chain))}&storage=${allowStorage ? 'on' : 'off'}`;
}
