import { ClientError, type Hex, isKeyType } from '@interop/core';
import { accountFingerprint } from '../account-fingerprint.js';
import type { ExtensionBackgroundRealm } from '../background-realm.js';
import type { ExtensionAccount } from '../extension-account.js';
import { extensionErrorCode, withholdSecrets } from '../extension-errors.js';
import { ExtensionBrowser } from './extension-browser.js';
import { mv3BuildDir } from './mv3-build-dir.js';
import type { ProbedAccount } from './page-api.js';
import { stopAtAccountWrite, type WorkerStop } from './stop-at-account-write.js';

/** portUtils.ts ensurePortConnection's last words: the worker never answered `wakeup`. */
const WAKE_FAILED = /^Failed to wake up the service worker/;

function accountOf(probed: ProbedAccount): ExtensionAccount {
  if (!isKeyType(probed.type)) throw new ClientError('E_INTERNAL', `the extension holds a ${probed.type} pair, a type this suite does not know`);
  const { meta } = probed;
  return {
    address: probed.address,
    publicKey: probed.publicKey as Hex,
    type: probed.type,
    hasSecret: meta.isExternal !== true && meta.isHardware !== true && meta.isInjected !== true,
    ...(meta.name !== undefined && meta.name !== null ? { name: String(meta.name) } : {}),
    ...(meta.genesisHash !== undefined && meta.genesisHash !== null ? { genesisHash: String(meta.genesisHash) } : {}),
    // The same digest the Node realm takes (extension-background.ts).
    fingerprint: accountFingerprint(JSON.parse(probed.json)),
  };
}

/**
 * The extension as users run it: the MV3 build of the profile (dist/mv3/<profile>/, build-mv3.ts)
 * loaded unpacked into Chromium, its service worker on the browser's own chrome.storage.local,
 * driven from its popup page. Beyond the realm contract it has the service worker's lifecycle:
 * stop the worker, restart the browser on the same profile, stop the worker at an account write.
 */
export class ChromiumBackgroundRealm implements ExtensionBackgroundRealm {
  readonly realm = 'chromium' as const;
  readonly #browser: ExtensionBrowser;

  private constructor(browser: ExtensionBrowser) {
    this.#browser = browser;
  }

  static async start(profileId: string): Promise<ChromiumBackgroundRealm> {
    return new ChromiumBackgroundRealm(await ExtensionBrowser.launch(mv3BuildDir(profileId)));
  }

  async send(message: string, request: unknown): Promise<unknown> {
    const answer = await this.#browser.send(message, request);
    if (answer.ok) return answer.value;
    if (WAKE_FAILED.test(answer.error)) throw new ClientError('E_WORKER_CRASHED', `the popup could not reach the service worker: ${answer.error}`);
    const text = withholdSecrets(answer.error, message, request);
    throw new ClientError(extensionErrorCode(text, message), text);
  }

  async accounts(): Promise<ExtensionAccount[]> {
    return (await this.#browser.accounts()).map(accountOf);
  }

  dumpStorage(): Promise<Record<string, unknown>> {
    return this.#browser.storage();
  }

  async shownAddress(address: string, genesisHash: string | null): Promise<string> {
    const listed = (await this.accounts()).map((a) => ({
      address: a.address,
      type: a.type,
      ...(a.genesisHash !== undefined ? { genesisHash: a.genesisHash } : {}),
    }));
    const answer = await this.#browser.shownAddress(listed, address, genesisHash);
    if (answer.ok) return answer.value as string;
    // The popup's effect throws too (its error boundary shows the page's failure); here it is the file's fault.
    throw new ClientError('E_JSON_MALFORMED', answer.error);
  }

  get alive(): boolean {
    return this.#browser.alive;
  }

  get logs(): readonly string[] {
    return this.#browser.logs;
  }

  /** Stops the service worker now (it is idle between calls); the next message wakes it, as the popup's would. */
  stopWorker(): Promise<void> {
    return this.#browser.stopWorker();
  }

  /** Closes Chromium and opens it again on the same profile directory, then waits until the worker has loaded the accounts. */
  restartBrowser(): Promise<void> {
    return this.#browser.restart();
  }

  /** Arms a stop of the service worker just before its `n`th account write (see stop-at-account-write.ts). */
  async stopAtAccountWrite(n: number): Promise<WorkerStop> {
    await this.#browser.ready();
    return stopAtAccountWrite(this.#browser, n);
  }

  close(): Promise<void> {
    return this.#browser.close();
  }
}
