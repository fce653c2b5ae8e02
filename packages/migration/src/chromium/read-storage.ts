import { type StorageDump, setEntry } from '../storage-dump.js';
import type { BrowserComputer } from './browser-computer.js';

/**
 * A page's localStorage, every entry, read with `key(i)` and `getItem`. Chromium's
 * `JSON.stringify(localStorage)` (what the harness's dumpLocalStorage uses) throws TypeError
 * "Illegal invocation" when a key is `__proto__`, and leaves out keys that name a member of
 * Storage.prototype or Object.prototype (`length`, `getItem`, `toString` …): measured on
 * Debian's Chromium 156 (rule D1/D2 in RULES.md). The migration must see what is really stored.
 */
const READ_ALL = `(() => {
  const out = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    out.push([key, localStorage.getItem(key)]);
  }
  return out;
})()`;

export async function readStorage(computer: Pick<BrowserComputer, 'page'>): Promise<StorageDump> {
  const entries = (await computer.page.evaluate(READ_ALL)) as [string, string][];
  const dump: Record<string, string> = {};
  for (const [key, value] of entries) setEntry(dump, key, value);
  return dump;
}
