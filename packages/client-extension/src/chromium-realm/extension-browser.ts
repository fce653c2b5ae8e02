import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ClientError, chromiumPath } from '@interop/core';
import { activeScryptMemo, BrowserScryptLink } from '@interop/core/rpc';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { POPUP_PAGE, SERVICE_WORKER } from './mv3-manifest.js';
import type { ListedAccountData, PopupAnswer, ProbedAccount } from './page-api.js';
import { ServiceWorkerStatus } from './service-worker-status.js';

/** Per-step limit, as the Node realm's WorkerChannel: an extension that does not answer cannot be trusted. */
export const STEP_TIMEOUT_MS = 120_000;

/** One launch of Chromium on the profile directory: what a restart replaces. */
interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly devtools: CDPSession;
  readonly status: ServiceWorkerStatus;
  readonly scriptUrl: string;
  worker: Worker | undefined;
  readonly workerWaiters: Set<(worker: Worker) => void>;
}

async function within<T>(work: Promise<T>, what: string, onTimeout: () => Promise<void>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void onTimeout().catch(() => undefined);
      reject(new ClientError('E_TIMEOUT', `the extension did not ${what} within ${STEP_TIMEOUT_MS} ms`));
    }, STEP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function isBackground(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://') && new URL(worker.url()).pathname === `/${SERVICE_WORKER}`;
}

/**
 * The unpacked MV3 extension loaded into Debian's Chromium, headless (`--headless` in Chromium
 * 132+ is the new headless mode, a full browser that runs extensions), on a persistent profile
 * directory: one "computer" with the extension installed. The popup page (index.html) is open in
 * a tab and every message goes through it; DevTools watches the service worker, stops it, and
 * reads the probe. The profile directory is fresh (removed on close) unless the caller gives one;
 * `restart()` closes the browser and opens it again on the same directory.
 */
export class ExtensionBrowser {
  readonly #extensionDir: string;
  readonly #userDataDir: string;
  readonly #ownDir: boolean;
  readonly #logs: string[] = [];
  #session: Session | undefined;
  #closed = false;
  /** The service worker realm's link to a matrix run's scrypt memo, and the worker it last joined. */
  readonly #scrypt: BrowserScryptLink;
  #scryptWorker: Worker | undefined;

  private constructor(extensionDir: string, userDataDir: string, ownDir: boolean) {
    this.#extensionDir = extensionDir;
    this.#userDataDir = userDataDir;
    this.#ownDir = ownDir;
    // A browser started by a matrix run joins the run's memo (core/rpc/browser-scrypt-link.ts).
    this.#scrypt = new BrowserScryptLink(activeScryptMemo());
  }

  static async launch(extensionDir: string, userDataDir?: string): Promise<ExtensionBrowser> {
    const executablePath = chromiumPath();
    if (!existsSync(executablePath)) {
      throw new ClientError(
        'E_UNSUPPORTED',
        `Chromium is not installed at ${executablePath}: run scripts/setup.sh --browser (apt-get install chromium) or set INTEROP_CHROMIUM`,
      );
    }
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new ClientError('E_INTERNAL', `the MV3 extension is not built (${extensionDir} has no manifest.json): run the build (pnpm exec turbo run build)`);
    }
    const ownDir = userDataDir === undefined;
    const browser = new ExtensionBrowser(extensionDir, userDataDir ?? mkdtempSync(join(tmpdir(), 'interop-extension-chromium-')), ownDir);
    try {
      await browser.#open();
      return browser;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** What the service worker and the popup page printed. */
  get logs(): readonly string[] {
    return this.#logs;
  }

  get alive(): boolean {
    return !this.#closed && this.#session !== undefined;
  }

  /** How many times the service worker has stopped in this launch of the browser. */
  get workerStops(): number {
    return this.#live().status.stops;
  }

  /**
   * Opens the popup's port as the popup does before each message (ensurePortConnection: `wakeup`,
   * retried, then connect), which starts a stopped worker, then waits until the worker has read
   * the stored accounts back (the probe's `ready`): what a user waits for when the popup lists them.
   */
  async ready(): Promise<void> {
    const session = this.#live();
    await this.#within(
      (async () => {
        const woke = await session.page.evaluate(() => window.__popup.connect());
        if (!woke.ok) throw new ClientError('E_WORKER_CRASHED', `the popup could not wake the service worker: ${woke.error}`);
        const worker = await this.#worker(session);
        const started = await worker.evaluate(async () => {
          if (globalThis.__interop === undefined) return 'no probe';
          await globalThis.__interop.ready;
          return 'ready';
        });
        if (started !== 'ready') throw new ClientError('E_INTERNAL', 'the service worker has no probe: is dist/mv3 built from this source?');
      })(),
      'start its service worker',
    );
  }

  /** One popup message; answers the page's own {ok, value | error}. Rejects if the worker stops before answering. */
  async send(message: string, request: unknown): Promise<PopupAnswer> {
    await this.ready();
    const session = this.#live();
    const worker = await this.#within(this.#seedScrypt(session), 'take the scrypt memo');
    const stopsBefore = session.status.stops;
    const stopped = session.status.until((s) => s.stops > stopsBefore);
    const answer = session.page.evaluate(([m, r]) => window.__popup.send(m, r), [message, request] as const);
    const answered = await this.#within(
      Promise.race([
        answer,
        stopped.then((): never => {
          throw new ClientError(
            'E_WORKER_CRASHED',
            `the service worker stopped before answering ${message}; the popup keeps waiting (extension-ui messaging.ts leaves a request pending when its port disconnects)`,
          );
        }),
      ]),
      `answer ${message}`,
    );
    // What the worker computed while answering. A worker that stopped since took its entries along:
    // they only cost a recomputation elsewhere, so losing them never fails the call.
    if (session.worker === worker) {
      const harvest = await worker.evaluate(() => globalThis.__scryptMemo?.harvest()).catch(() => undefined);
      if (harvest !== undefined) this.#scrypt.absorb(harvest);
    }
    return answered;
  }

  /**
   * Hands the running service worker the memo's entries it has not seen (joining the memo first
   * when this is a worker the link has not joined: a restarted worker is a new realm).
   */
  async #seedScrypt(session: Session): Promise<Worker> {
    const worker = await this.#worker(session);
    if (this.#scryptWorker !== worker) {
      this.#scryptWorker = worker;
      await this.#scrypt.attach(async () => {
        const implementation = await worker.evaluate(() => {
          globalThis.__scryptMemo?.join();
          return globalThis.__scryptMemo?.implementation;
        });
        if (implementation === undefined)
          throw new ClientError('E_INTERNAL', 'the service worker has no scrypt memo hook: is dist/mv3 built from this source?');
        return implementation;
      });
    }
    const entries = this.#scrypt.seed();
    if (entries.length > 0) await worker.evaluate((seed) => globalThis.__scryptMemo?.seed(seed), entries);
    return worker;
  }

  /** The probe's account list, once the stored accounts are loaded. */
  async accounts(): Promise<ProbedAccount[]> {
    await this.ready();
    const session = this.#live();
    return this.#within(
      this.#worker(session).then((worker) => worker.evaluate(() => globalThis.__interop?.accounts() ?? [])),
      'list its accounts',
    );
  }

  /** chrome.storage.local as read by the popup page (the worker need not run). */
  storage(): Promise<Record<string, unknown>> {
    const session = this.#live();
    return this.#within(
      session.page.evaluate(() => window.__popup.storage()),
      'read chrome.storage.local',
    );
  }

  /** What the popup's Address component shows for an address, given the account list. */
  async shownAddress(accounts: readonly ListedAccountData[], address: string, genesisHash: string | null): Promise<PopupAnswer> {
    const session = this.#live();
    return this.#within(
      session.page.evaluate(([list, a, g]) => window.__popup.shownAddress(list, a, g), [accounts, address, genesisHash] as const),
      'show an address',
    );
  }

  /** Stops the service worker as Chromium does when it is idle (DevTools ServiceWorker.stopWorker) and waits until it has stopped. */
  async stopWorker(): Promise<void> {
    const session = this.#live();
    await this.#within(
      (async () => {
        const { status } = session;
        if (status.status === undefined || status.status === 'stopped') return;
        const stopsBefore = status.stops;
        await session.devtools.send('ServiceWorker.stopWorker', { versionId: status.versionId ?? '' });
        await status.until((s) => s.stops > stopsBefore);
      })(),
      'stop its service worker',
    );
  }

  /** The popup page's DevTools session and the worker's script URL, for a debugger on the worker (worker-debugger.ts). */
  devtools(): { readonly session: CDPSession; readonly scriptUrl: string; readonly status: ServiceWorkerStatus } {
    const session = this.#live();
    return { session: session.devtools, scriptUrl: session.scriptUrl, status: session.status };
  }

  /** Closes the browser (Chromium writes its profile out) and starts it again on the same profile directory. */
  async restart(): Promise<void> {
    const session = this.#live();
    this.#session = undefined;
    await session.context.close();
    await this.#open();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const session = this.#session;
    this.#session = undefined;
    await session?.context.close().catch(() => undefined);
    if (this.#ownDir) rmSync(this.#userDataDir, { recursive: true, force: true });
  }

  #live(): Session {
    if (this.#closed || this.#session === undefined) throw new ClientError('E_WORKER_CRASHED', 'the extension browser was closed');
    return this.#session;
  }

  #within<T>(work: Promise<T>, what: string): Promise<T> {
    return within(work, what, () => this.close());
  }

  /** The Playwright handle of the running service worker (kept across worker restarts; a new one after a browser restart). */
  #worker(session: Session): Promise<Worker> {
    if (session.worker !== undefined) return Promise.resolve(session.worker);
    return new Promise((resolve) => session.workerWaiters.add(resolve));
  }

  async #open(): Promise<void> {
    const context = await chromium.launchPersistentContext(this.#userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      // Playwright disables extensions by default; this profile exists to run one.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${this.#extensionDir}`, `--load-extension=${this.#extensionDir}`],
    });
    try {
      const workerWaiters = new Set<(worker: Worker) => void>();
      let opened: Session | undefined;
      let current: Worker | undefined;
      const adopt = (worker: Worker) => {
        if (!isBackground(worker)) return;
        current = worker;
        worker.on('close', () => {
          if (current === worker) current = undefined;
          if (opened !== undefined && opened.worker === worker) opened.worker = undefined;
        });
        if (opened !== undefined) opened.worker = worker;
        for (const waiter of [...workerWaiters]) {
          workerWaiters.delete(waiter);
          waiter(worker);
        }
      };
      context.on('serviceworker', adopt);
      // The context reports the worker's console and the page's, each once.
      context.on('console', (m) => this.#logs.push(`[${m.worker() === null ? 'popup' : 'service worker'}] ${m.text()}`));
      const firstWorker = new Promise<Worker>((resolve) => workerWaiters.add(resolve));
      for (const worker of context.serviceWorkers()) adopt(worker);
      const worker = await within(current !== undefined ? Promise.resolve(current) : firstWorker, 'register its service worker', () => context.close());
      const scriptUrl = worker.url();
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(new URL(POPUP_PAGE, scriptUrl).href, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__popup !== undefined, undefined, { timeout: STEP_TIMEOUT_MS });
      const devtools = await context.newCDPSession(page);
      const status = await ServiceWorkerStatus.watch(devtools, scriptUrl);
      opened = { context, page, devtools, status, scriptUrl, worker: current, workerWaiters };
      this.#session = opened;
      await this.ready();
    } catch (error) {
      this.#session = undefined;
      await context.close().catch(() => undefined);
      if (error instanceof ClientError) throw error;
      throw new ClientError('E_INTERNAL', `Chromium could not start the extension: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
