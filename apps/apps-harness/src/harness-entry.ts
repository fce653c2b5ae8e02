// First import: the warning capture must be in place before any @polkadot/* module runs.

import {
  AppsError,
  type AppsMethod,
  type AppsRpc,
  type ConnectedChain,
  type HarnessAnswer,
  type HarnessPageApi,
  isConnectedChain,
  startAppsInstance,
} from '@interop/client-apps/operations';
import { installBrowserScryptMemo, type PageScryptMemoApi } from '@interop/core/page-scrypt-memo';
import { knownGenesis, knownLedger } from '@polkadot/networks/defaults';
import { keyring } from '@polkadot/ui-keyring';
import { settings } from '@polkadot/ui-settings';
import { isHex, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, decodeAddress, hdLedger, hdValidatePath, keyExtractPath, keyExtractSuri, mnemonicValidate } from '@polkadot/util-crypto';
import * as wasmCrypto from '@polkadot/wasm-crypto';
import { capturedWarnings } from './capture-warnings.js';
import { renderFailure, renderView } from './render-view.js';

declare global {
  interface Window {
    __harness: HarnessPageApi;
    __scryptMemo: PageScryptMemoApi;
  }
}

// This realm's scrypt: counted, and joined to a matrix run's memo when the runner asks
// (core/rpc/browser-scrypt-link.ts seeds and harvests it around each call). The hook is on
// util-crypto's own wasm-crypto, before any keyring code runs.
window.__scryptMemo = installBrowserScryptMemo(wasmCrypto);

function answerOf(error: unknown): HarnessAnswer {
  if (error instanceof AppsError) return { ok: false, error: { code: error.code, message: error.message } };
  return { ok: false, error: { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) } };
}

function chainFromQuery(): ConnectedChain {
  const raw = new URLSearchParams(location.search).get('chain');
  let chain: unknown;
  try {
    chain = raw === null ? undefined : JSON.parse(raw);
  } catch {
    chain = undefined;
  }
  if (!isConnectedChain(chain)) throw new AppsError('E_USAGE', 'the page needs ?chain={name, genesisHash, ss58Format, isEthereum}');
  return chain;
}

/**
 * The harness page: Apps' keyring on this origin's real localStorage, through ui-keyring's
 * default BrowserStore, started as Apps starts (apps-instance.ts), and the same modal
 * operations the Node worker serves. Calls run one at a time, like the worker's queue.
 */
async function start(): Promise<{ chain: ConnectedChain; rpc: AppsRpc }> {
  const chain = chainFromQuery();
  const allowStorage = new URLSearchParams(location.search).get('storage') !== 'off';
  const rpc = await startAppsInstance(
    {
      keyring,
      networks: { knownGenesis, knownLedger },
      settings,
      util: { isHex, u8aToHex },
      utilCrypto: { cryptoWaitReady, decodeAddress, hdLedger, hdValidatePath, keyExtractPath, keyExtractSuri, mnemonicValidate },
      storage: localStorage,
      warnings: capturedWarnings,
    },
    { chain, allowStorage },
  );
  return { chain, rpc };
}

const instance = start();
let queue: Promise<unknown> = instance.catch(() => undefined);

window.__harness = {
  ready: instance.then(
    ({ chain, rpc }): HarnessAnswer => {
      renderView(chain, rpc.view(), capturedWarnings());
      return { ok: true, value: chain };
    },
    (error: unknown): HarnessAnswer => {
      renderFailure(error instanceof Error ? error.message : String(error));
      return answerOf(error);
    },
  ),
  call(method: AppsMethod, ...args: unknown[]): Promise<HarnessAnswer> {
    const answer = queue.then(async (): Promise<HarnessAnswer> => {
      try {
        const { chain, rpc } = await instance;
        const handler = rpc[method] as ((...a: unknown[]) => unknown) | undefined;
        if (typeof handler !== 'function') throw new AppsError('E_USAGE', `unknown method ${String(method)}`);
        const value = await handler(...args);
        renderView(chain, rpc.view(), capturedWarnings());
        return { ok: true, value };
      } catch (error) {
        return answerOf(error);
      }
    });
    queue = answer;
    return answer;
  },
};
