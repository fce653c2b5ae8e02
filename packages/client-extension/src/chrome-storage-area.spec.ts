import { describe, expect, it } from 'vitest';
import { ChromeStorageArea } from './chrome-storage-area.js';

describe('ChromeStorageArea (chrome.storage.local as the extension uses it)', () => {
  it('get(null) returns everything, get(key) and get([keys]) only what is stored', async () => {
    const area = new ChromeStorageArea();
    await area.set({ a: 1, 'account:0x01': { address: 'x', meta: { name: 'n' } } });
    expect(await area.get(null)).toEqual({ a: 1, 'account:0x01': { address: 'x', meta: { name: 'n' } } });
    expect(await area.get('a')).toEqual({ a: 1 });
    expect(await area.get(['a', 'missing'])).toEqual({ a: 1 });
    expect(await area.get({ missing: 'fallback', a: 0 })).toEqual({ missing: 'fallback', a: 1 });
  });

  it('clones through JSON: later mutation of the written or read object changes nothing stored', async () => {
    const area = new ChromeStorageArea();
    const value = { meta: { name: 'before' }, when: new Date(0) };
    const written = area.set({ k: value });
    value.meta.name = 'after';
    await written;
    const read = (await area.get('k')).k as { meta: { name: string }; when: unknown };
    expect(read).toEqual({ meta: { name: 'before' }, when: '1970-01-01T00:00:00.000Z' });
    read.meta.name = 'mutated';
    expect(((await area.get('k')).k as { meta: { name: string } }).meta.name).toBe('before');
  });

  it('is asynchronous and applies calls in order', async () => {
    const area = new ChromeStorageArea();
    let settled = false;
    const pending = area.set({ k: 1 }).then(() => {
      settled = true;
    });
    expect(settled).toBe(false);
    void area.remove('k');
    void area.set({ k: 2 });
    expect(await area.get('k')).toEqual({ k: 2 });
    await pending;
    expect(settled).toBe(true);
  });

  it('remove and clear delete; callbacks receive the result', async () => {
    const area = new ChromeStorageArea();
    await area.set({ a: 1, b: 2, c: 3 });
    await area.remove(['a', 'b']);
    const viaCallback = await new Promise((resolve) => void area.get(null, resolve));
    expect(viaCallback).toEqual({ c: 3 });
    await area.clear();
    expect(await area.dump()).toEqual({});
  });

  it('refuses values JSON cannot hold, at the call', async () => {
    const area = new ChromeStorageArea();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(area.set({ k: cyclic })).rejects.toThrow();
    await expect(area.set({ k: 1n })).rejects.toThrow();
    expect(await area.dump()).toEqual({});
  });

  it('dump waits for pending writes and lists keys in order', async () => {
    const area = new ChromeStorageArea();
    void area.set({ b: 'two' });
    void area.set({ a: 'one' });
    const dump = await area.dump();
    expect(Object.keys(dump)).toEqual(['a', 'b']);
  });
});
