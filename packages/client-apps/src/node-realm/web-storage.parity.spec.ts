import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@interop/core';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './web-storage.js';

/**
 * The oracle for the Node realm's localStorage is the browser's: the same probes run on the
 * emulation and on Chromium's real localStorage (an https origin served by Playwright), and must
 * give the same answers. Key order is the one documented difference (Chromium: hash order,
 * emulation: insertion order), so order is compared as "Object.keys order equals key(i) order" in
 * each realm, never across them.
 */
type Probe = (storage: Storage) => unknown;

const PROBES: Readonly<Record<string, Probe>> = {
  coercion: (s) => {
    s.clear();
    s.setItem(1 as unknown as string, {} as unknown as string);
    s.setItem('u', undefined as unknown as string);
    (s as unknown as Record<string, unknown>).foo = 42;
    return { one: s.getItem('1'), u: s.getItem('u'), foo: s.getItem('foo'), missing: s.getItem('missing'), outOfRange: s.key(999), length: s.length };
  },
  namedProperties: (s) => {
    s.clear();
    s.setItem('getItem', 'item named getItem');
    s.setItem('length', 'item named length');
    const r = s as unknown as Record<string, unknown>;
    const before = {
      getItemIsMethod: typeof r.getItem === 'function',
      length: r.length,
      hasItem: 'getItem' in s,
      hasMissing: 'missing' in s,
      hasKeyMethod: 'key' in s,
      keys: Object.keys(s).sort(),
    };
    // Assigning a name the prototype has makes an own property, not an item.
    r.getItem = 'own property';
    const shadowed = { type: typeof r.getItem, keys: Object.keys(s).sort(), length: s.length };
    delete r.getItem;
    Object.defineProperty(s, 'defined', { value: 5, configurable: true, enumerable: true, writable: true });
    return { before, shadowed, restored: typeof r.getItem, defined: s.getItem('defined') };
  },
  stringify: (s) => {
    s.clear();
    const entries: [string, string][] = [
      ['b', '1'],
      ['10', 'ten'],
      ['9', 'nine'],
      ['account:0xd435', '{"address":"5Grw","meta":{"name":"it\'s \\"quoted\\""}}'],
      ['é', 'e\u0301'],
      ['😀', '\ud800x\u0000'],
    ];
    for (const [k, v] of entries) s.setItem(k, v);
    const keysInOrder = Array.from({ length: s.length }, (_, i) => s.key(i));
    const parsed = JSON.parse(JSON.stringify(s)) as Record<string, string>;
    return {
      objectKeysFollowKeyOrder: JSON.stringify(Object.keys(s)) === JSON.stringify(keysInOrder),
      stringifyFollowsKeyOrder: JSON.stringify(s) === `{${keysInOrder.map((k) => `${JSON.stringify(k)}:${JSON.stringify(s.getItem(k ?? ''))}`).join(',')}}`,
      sortedEntries: Object.entries(parsed).sort(([a], [b]) => (a < b ? -1 : 1)),
      loneSurrogateKept: s.getItem('😀') === '\ud800x\u0000',
    };
  },
  removal: (s) => {
    s.clear();
    s.setItem('a', '1');
    s.setItem('b', '2');
    delete (s as unknown as Record<string, unknown>).a;
    s.removeItem('nothing');
    return { keys: Object.keys(s), length: s.length };
  },
  quota: (s) => {
    s.clear();
    const limit = 5 * 1024 * 1024;
    s.setItem('k', 'x'.repeat(limit - 1));
    let error = '';
    try {
      s.setItem('k', 'x'.repeat(limit));
    } catch (e) {
      error = (e as DOMException).name;
    }
    const kept = s.getItem('k')?.length;
    s.clear();
    return { error, kept };
  },
};

describe('the Node realm localStorage answers as Chromium does', () => {
  let context: BrowserContext;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'interop-storage-parity-'));
    context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
    await context.route('https://storage-parity.interop.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html>' }));
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://storage-parity.interop.test/');
  });

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, probe] of Object.entries(PROBES)) {
    it(name, async () => {
      const inChromium = await page.evaluate(`(${probe.toString()})(localStorage)`);
      const inNode = probe(createLocalStorage());
      expect(inNode).toEqual(inChromium);
    });
  }
});
