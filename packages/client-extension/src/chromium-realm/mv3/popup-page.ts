// The page this harness drives the extension from: an extension page (index.html, the manifest's
// default_popup) that talks to the service worker exactly as the popup does. extension-ui is not
// on npm past 0.22.1, so its messaging.ts (polkadot-js/extension v0.62.3
// packages/extension-ui/src/messaging.ts lines 34-88) is followed here line for line, over the
// profile's own extension-base utilities it imports: PORT_EXTENSION (defaults.ts), getId
// (utils/getId.ts) and ensurePortConnection (utils/portUtils.ts: the `wakeup` message, retried
// five times a second apart, then chrome.runtime.connect with the popup's port name).

import '@polkadot/extension-inject/crossenv';

import type { KeyType } from '@interop/core';
import { PORT_EXTENSION } from '@polkadot/extension-base/defaults';
import { getId } from '@polkadot/extension-base/utils/getId';
import { ensurePortConnection } from '@polkadot/extension-base/utils/portUtils';
import { selectableNetworks } from '@polkadot/networks';
import { hexToU8a, isHex } from '@polkadot/util';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { type ListedAccount, type PopupAddressDeps, popupShownAddress } from '../../popup-address.js';
import type { PopupAnswer } from '../page-api.js';

interface Handler {
  resolve: (data: unknown) => void;
  reject: (error: Error) => void;
}

/** messaging.ts Message['data']: an answer, an error or a subscription update for a request id. */
interface PortData {
  readonly id: string;
  readonly error?: string;
  readonly response?: unknown;
  readonly subscription?: unknown;
}

// messaging.ts lines 34-69
const handlers: Record<string, Handler> = {};

let port: chrome.runtime.Port | undefined;

function onPortMessageHandler(data: PortData): void {
  const handler = handlers[data.id];

  if (!handler) {
    console.error(`Unknown response: ${JSON.stringify(data)}`);

    return;
  }

  // No subscriptions are sent from here, so every answer ends its request.
  delete handlers[data.id];

  if (data.error) {
    handler.reject(new Error(data.error));
  } else {
    handler.resolve(data.response);
  }
}

function onPortDisconnectHandler(): void {
  port = undefined;
}

const portConfig = {
  onPortDisconnectHandler,
  onPortMessageHandler,
  portName: PORT_EXTENSION,
};

// messaging.ts lines 74-88 (`request || {}` as there)
function sendMessage(message: string, request?: unknown): Promise<unknown> {
  return new Promise((resolve, reject): void => {
    const id = getId();

    handlers[id] = { reject, resolve };

    ensurePortConnection(port, portConfig)
      .then((connectedPort) => {
        connectedPort.postMessage({ id, message, request: request || {} });
        port = connectedPort;
      })
      .catch((error: unknown) => {
        console.error(`Failed to send message: ${(error as Error).message}`);
        reject(error);
      });
  });
}

function answer(work: Promise<unknown>): Promise<PopupAnswer> {
  return work.then(
    (value): PopupAnswer => ({ ok: true, value }),
    (error: unknown): PopupAnswer => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
}

/** extension-ui util/chains.ts: the networks the popup knows without metadata, by their first genesis hash. */
const addressDeps: PopupAddressDeps = {
  isHex: (value) => isHex(value),
  hexToU8a: (value) => hexToU8a(value),
  decodeAddress: (value) => decodeAddress(value),
  encodeAddress: (key, prefix) => encodeAddress(key, prefix),
  chainPrefix: (genesisHash) => selectableNetworks.find((n) => n.genesisHash.length > 0 && n.genesisHash[0] === genesisHash)?.prefix,
};

window.__popup = {
  portName: PORT_EXTENSION,
  connect: () =>
    answer(
      ensurePortConnection(port, portConfig).then((connectedPort) => {
        port = connectedPort;
        return true;
      }),
    ),
  send: (message, request) => answer(sendMessage(message, request)),
  unanswered: () => Object.keys(handlers).length,
  async storage() {
    const items = await chrome.storage.local.get(null);
    return Object.fromEntries(
      Object.keys(items)
        .sort()
        .map((key) => [key, items[key]]),
    );
  },
  shownAddress(accounts, address, genesisHash) {
    try {
      // The harness lists only accounts of the key types it knows (chromium-background-realm.ts).
      const listed = accounts.map((a): ListedAccount => ({ ...a, type: a.type as KeyType }));
      return { ok: true, value: popupShownAddress(addressDeps, listed, address, genesisHash) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },
};
