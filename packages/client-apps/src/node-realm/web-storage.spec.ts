import { describe, expect, it } from 'vitest';
import { CHROMIUM_QUOTA_CODE_UNITS, createLocalStorage } from './web-storage.js';

// Behaviours of the HTML Web Storage interface the emulation must have; web-storage.parity.spec.ts
// checks the same probes against real Chromium.
describe('createLocalStorage', () => {
  it('coerces keys and values to strings and answers null for what is missing', () => {
    const s = createLocalStorage();
    s.setItem(1 as unknown as string, {} as unknown as string);
    s.setItem('n', null as unknown as string);
    expect(s.getItem('1')).toBe('[object Object]');
    expect(s.getItem('n')).toBe('null');
    expect(s.getItem('missing')).toBeNull();
    expect(s.key(99)).toBeNull();
    expect(s.key(-1)).toBeNull();
    expect(s.length).toBe(2);
  });

  it('exposes items as named properties, and only items as own keys', () => {
    const s = createLocalStorage() as Storage & Record<string, unknown>;
    s.foo = 42;
    s.setItem('getItem', 'shadow?');
    expect(s.getItem('foo')).toBe('42');
    expect(typeof s.getItem).toBe('function');
    expect('foo' in s).toBe(true);
    expect('getItem' in s).toBe(true);
    expect(Object.keys(s)).toEqual(['foo', 'getItem']);
    delete s.foo;
    expect(s.getItem('foo')).toBeNull();
  });

  it('refuses to assign length (a TypeError in strict code, as Chromium throws)', () => {
    const s = createLocalStorage() as unknown as Record<string, unknown>;
    expect(() => {
      s.length = 3;
    }).toThrow(TypeError);
    expect((s as unknown as Storage).getItem('length')).toBeNull();
  });

  it('serialises with JSON.stringify as the key/value object, in key(i) order, integer-like keys not first', () => {
    const s = createLocalStorage();
    s.setItem('b', '1');
    s.setItem('10', 'ten');
    s.setItem('a', '"quoted"');
    const order = Array.from({ length: s.length }, (_, i) => s.key(i));
    expect(Object.keys(s)).toEqual(order);
    expect(JSON.stringify(s)).toBe('{"b":"1","10":"ten","a":"\\"quoted\\""}');
    expect(JSON.parse(JSON.stringify(s))).toEqual({ a: '"quoted"', b: '1', 10: 'ten' });
  });

  it('keeps lone surrogates and NUL as written', () => {
    const s = createLocalStorage();
    s.setItem('k', '\ud800x\u0000y');
    expect(s.getItem('k')).toBe('\ud800x\u0000y');
  });

  it('throws QuotaExceededError past the quota and leaves the storage as it was', () => {
    const s = createLocalStorage({ keep: 'me' });
    const room = CHROMIUM_QUOTA_CODE_UNITS - 'keep'.length - 'me'.length - 1;
    s.setItem('k', 'x'.repeat(room));
    expect(() => s.setItem('k', 'x'.repeat(room + 1))).toThrow(expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(s.getItem('k')).toHaveLength(room);
    expect(s.getItem('keep')).toBe('me');
    // Replacing a value counts the old one out first.
    s.setItem('k', 'short');
    expect(s.getItem('k')).toBe('short');
  });

  it('removeItem and clear', () => {
    const s = createLocalStorage({ a: '1', b: '2' });
    s.removeItem('a');
    s.removeItem('nothing');
    expect(Object.keys(s)).toEqual(['b']);
    s.clear();
    expect(s.length).toBe(0);
    expect(JSON.stringify(s)).toBe('{}');
  });
});
