import { launchAppsBrowserProfile } from '@interop/client-apps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySafe } from '../apply.js';
import { LOCAL_STORAGE_QUOTA } from '../browser-quota.js';
import { toDump } from '../testing/dump-arbitraries.js';
import type { BrowserComputer, LaunchComputer } from './browser-computer.js';
import { readStorage } from './read-storage.js';

/**
 * The browser quota and the console script in real Chromium (one profile with the Apps harness
 * page, whose origin holds Apps' localStorage). The script is pasted as the user pastes it:
 * evaluated as text in the page.
 */
const launch = launchAppsBrowserProfile as unknown as LaunchComputer;
let computer: BrowserComputer;

beforeAll(async () => {
  computer = await launch();
});
afterAll(async () => {
  await computer?.close();
});

async function fill(entries: Record<string, string>): Promise<void> {
  await computer.page.evaluate(`localStorage.clear(); for (const [k, v] of ${JSON.stringify(Object.entries(entries))}) localStorage.setItem(k, v);`);
}

async function paste(script: string): Promise<string | undefined> {
  try {
    await computer.page.evaluate(script);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe("Chromium's localStorage quota", () => {
  it(`is ${LOCAL_STORAGE_QUOTA} UTF-16 code units of keys and values: exactly that fits, one more is QuotaExceededError`, async () => {
    const result = await computer.page.evaluate(`(() => {
      localStorage.clear();
      localStorage.setItem('k', '\\u4e00'.repeat(${LOCAL_STORAGE_QUOTA - 1}));
      let over = 'stored';
      try { localStorage.setItem('k2', 'x'); } catch (e) { over = e.name; }
      localStorage.clear();
      return over;
    })()`);
    expect(result).toBe('QuotaExceededError');
    const atQuota = await computer.page.evaluate(
      `(() => { localStorage.clear(); localStorage.setItem('k', 'a'.repeat(${LOCAL_STORAGE_QUOTA - 1})); const n = localStorage.getItem('k').length; localStorage.clear(); return n; })()`,
    );
    expect(atQuota).toBe(LOCAL_STORAGE_QUOTA - 1);
  });
});

describe('the console script in Chromium: all or nothing', () => {
  const neu = toDump([['settings', '{"apiUrl":"wss://rpc.polkadot.io"}']]);
  const old = toDump(
    Array.from({ length: 4_000 }, (_, i) => [`address:0x${i.toString(16).padStart(64, '0')}`, `{"address":"${i}","meta":{"name":"n${i}"}}`] as const),
  );

  it('writes every entry when they fit', async () => {
    await fill(neu);
    const apply = applySafe(old, neu);
    expect(await paste(apply.script)).toBeUndefined();
    expect(await readStorage(computer)).toStrictEqual({ ...apply.result });
  });

  it('when this computer holds more than the dump said and the entries no longer fit: refused before any write', async () => {
    const busy = { ...neu, cache: 'c'.repeat(LOCAL_STORAGE_QUOTA - 100_000) };
    await fill(busy);
    const apply = applySafe(old, neu);
    expect(await paste(apply.script)).toMatch(/over the browser quota of 5242880\. Nothing was written/);
    expect(await readStorage(computer)).toStrictEqual(busy);
  });

  it('when the browser refuses a write part-way, every entry written is put back', async () => {
    await fill(neu);
    const apply = applySafe(old, neu);
    // The browser's own setItem refuses the 2,500th write, as a full disk or a policy would.
    await computer.page.evaluate(`(() => {
      const real = Storage.prototype.setItem;
      let calls = 0;
      Storage.prototype.setItem = function (k, v) {
        calls++;
        if (calls === 2500) { Storage.prototype.setItem = real; throw new DOMException('refused', 'QuotaExceededError'); }
        return real.call(this, k, v);
      };
    })()`);
    expect(await paste(apply.script)).toMatch(/refused an entry \(QuotaExceededError\); every entry written was put back/);
    expect(await readStorage(computer)).toStrictEqual({ ...neu });
  });
});
