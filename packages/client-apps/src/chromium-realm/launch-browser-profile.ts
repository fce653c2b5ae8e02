import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ClientError, chromiumPath } from '@interop/core';
import type { PageScryptMemoApi } from '@interop/core/rpc';
import { activeScryptMemo, BrowserScryptLink, callTimeoutMs } from '@interop/core/rpc';
import type { BrowserContext, Page } from 'playwright-core';
import { resolveChain } from '../connected-chains.js';
import { type ConnectedChain, type HarnessAnswer, type HarnessPageApi, harnessQuery } from '../operations/index.js';
import { HARNESS_ORIGIN, serveHarness } from './harness-origin.js';

/** One Chromium profile showing the Apps harness page: one "computer". */
export interface AppsBrowserProfile {
  readonly page: Page;
  /** The harness RPC: the same methods as the Node realm (operations/apps-rpc.ts). */
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  /** JSON.parse(JSON.stringify(localStorage)). */
  dumpLocalStorage(): Promise<Record<string, string>>;
  /** localStorage.clear(), setItem for each entry, then reload. */
  loadLocalStorage(dump: Record<string, string>): Promise<void>;
  /** Page reload: ui-keyring's loadAll runs again. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The profile directory; kept on close. Default: a fresh one under the OS temp dir, removed on close. */
  readonly userDataDir?: string;
  /** polkadot (default), kusama, westend (core networks) or moonbeam (an Ethereum chain). */
  readonly network?: string;
  /** Settings → "Allow local in-browser account storage" (default on). */
  readonly allowStorage?: boolean;
}

declare global {
  interface Window {
    __harness: HarnessPageApi;
    __scryptMemo: PageScryptMemoApi;
  }
}

/** Per-call limit, as the Node realm's WorkerChannel: a page that does not answer cannot be trusted. */
const CALL_TIMEOUT_MS = 120_000;

async function withinTimeout<T>(work: Promise<T>, what: string, onTimeout: () => Promise<void>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  // A caller doing more work in one call (a restore of many accounts) sets its own limit (core/rpc/call-budget.ts).
  const limit = callTimeoutMs(CALL_TIMEOUT_MS);
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void onTimeout();
      reject(new ClientError('E_TIMEOUT', `the Apps harness page did not answer ${what} within ${limit} ms`));
    }, limit);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function settle<T>(answer: HarnessAnswer): T {
  if (answer.ok) return answer.value as T;
  throw new ClientError(answer.error.code, answer.error.message);
}

async function openHarness(page: Page, chain: ConnectedChain, allowStorage: boolean, reload: boolean, scrypt: BrowserScryptLink): Promise<void> {
  if (reload) await page.reload({ waitUntil: 'load' });
  else await page.goto(`${HARNESS_ORIGIN}/${harnessQuery(chain, allowStorage)}`, { waitUntil: 'load' });
  await scrypt.attach(() =>
    page.evaluate(() => {
      window.__scryptMemo.join();
      return window.__scryptMemo.implementation;
    }),
  );
  const answer = await page.evaluate(() => window.__harness.ready);
  settle(answer);
}

/**
 * Starts Debian's Chromium headless with its own profile directory (two profiles are two
 * computers, each with its own localStorage for the harness origin), serves the harness page
 * without network, and waits until ui-keyring has loaded.
 */
export async function launchAppsBrowserProfile(options: LaunchOptions = {}): Promise<AppsBrowserProfile> {
  const chain = resolveChain(options.network);
  const allowStorage = options.allowStorage ?? true;
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new ClientError(
      'E_UNSUPPORTED',
      `Chromium is not installed at ${executablePath}: run scripts/setup.sh --browser (apt-get install chromium) or set INTEROP_CHROMIUM`,
    );
  }
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'interop-apps-chromium-'));
  let context: BrowserContext | undefined;
  try {
    // Loaded here, when a browser starts: importing playwright-core costs a few hundred ms.
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args: [...CHROMIUM_ARGS] });
    await serveHarness(context);
    const page = context.pages()[0] ?? (await context.newPage());
    // A page started by a matrix run joins the run's scrypt memo (core/rpc/browser-scrypt-link.ts).
    const scrypt = new BrowserScryptLink(activeScryptMemo());
    await openHarness(page, chain, allowStorage, false, scrypt);
    const opened = context;
    return {
      page,
      async call<T>(method: string, ...args: unknown[]): Promise<T> {
        const { answer, harvest } = await withinTimeout(
          page.evaluate(
            async ([m, a, seed]) => {
              if (seed.length > 0) window.__scryptMemo.seed(seed);
              const answer = await window.__harness.call(m as never, ...(a as unknown[]));
              return { answer, harvest: window.__scryptMemo.harvest() };
            },
            [method, args, scrypt.seed()] as const,
          ),
          method,
          () => opened.close(),
        );
        scrypt.absorb(harvest);
        return settle<T>(answer);
      },
      dumpLocalStorage: () => page.evaluate(() => JSON.parse(JSON.stringify(localStorage)) as Record<string, string>),
      async loadLocalStorage(dump: Record<string, string>): Promise<void> {
        await page.evaluate((entries) => {
          localStorage.clear();
          for (const [key, value] of entries) localStorage.setItem(key, value);
        }, Object.entries(dump));
        await openHarness(page, chain, allowStorage, true, scrypt);
      },
      reload: () => openHarness(page, chain, allowStorage, true, scrypt),
      async close(): Promise<void> {
        await opened.close();
        if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    if (error instanceof ClientError) throw error;
    throw new ClientError('E_INTERNAL', `Chromium could not start the Apps harness: ${error instanceof Error ? error.message : String(error)}`);
  }
}
