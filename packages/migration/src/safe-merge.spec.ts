import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySafe, applyVerbatim } from './apply.js';
import { consoleScript, scriptEntries } from './console-script.js';
import { entryKind, holdsSecret, storeValue } from './keyring-entry.js';
import { safeMerge } from './safe-merge.js';
import { dumpPairArb, SEED, toDump } from './testing/dump-arbitraries.js';
import { exampleDump } from './testing/example-dumps.js';

function secretAt(key: string, value: string | undefined): boolean {
  return value !== undefined && entryKind(key) === 'account' && holdsSecret(storeValue(value));
}

/**
 * The console script run by V8 over a Map-backed localStorage holding `storage`, with
 * Storage's methods and, when given, a quota in UTF-16 code units that setItem enforces the way
 * Chromium does (QuotaExceededError, nothing stored) — or a write that fails at call `failAt`.
 */
function runScript(
  script: string,
  storage: Record<string, string>,
  limits: { quota?: number; failAt?: number } = {},
): { result: Record<string, string>; error?: string; returned?: unknown; writes: number } {
  const items = new Map(Object.entries(storage));
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  let writes = 0;
  const localStorage = {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(String(k)) ?? null,
    removeItem: (k: string) => void items.delete(String(k)),
    setItem: (k: string, v: string) => {
      writes++;
      const key = String(k);
      const grown = used() - (items.has(key) ? key.length + (items.get(key) as string).length : 0) + key.length + String(v).length;
      if (writes === limits.failAt || (limits.quota !== undefined && grown > limits.quota)) {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      }
      items.set(key, String(v));
    },
  };
  const context = createContext({ localStorage, console: { log: () => undefined }, atob: (s: string) => Buffer.from(s, 'base64').toString('latin1') });
  let error: string | undefined;
  let returned: unknown;
  try {
    returned = runInContext(script, context, { timeout: 5000 });
  } catch (e) {
    error = e instanceof Error || (typeof e === 'object' && e !== null) ? String((e as { message?: unknown }).message) : String(e);
  }
  return {
    result: toDump([...items.entries()]) as Record<string, string>,
    writes,
    ...(error ? { error } : {}),
    ...(returned !== undefined ? { returned } : {}),
  };
}

describe('safe merge', () => {
  it('loses no key, no secret and no byte of any value; settings stay unless asked', () => {
    fc.assert(
      fc.property(dumpPairArb, fc.boolean(), fc.constantFrom('new', 'old') as fc.Arbitrary<'new' | 'old'>, ({ old, new: neu }, takeSettings, prefer) => {
        const m = safeMerge(old, neu, { takeSettings, prefer });
        const keys = new Set([...Object.keys(old), ...Object.keys(neu)]);
        expect(new Set(Object.keys(m.result))).toEqual(keys);
        for (const key of keys) {
          const o = Object.hasOwn(old, key) ? old[key] : undefined;
          const n = Object.hasOwn(neu, key) ? neu[key] : undefined;
          const r = m.result[key] as string;
          // Byte for byte: the result holds one of the two values exactly; the other is displaced.
          expect([o, n]).toContain(r);
          if (o !== undefined && n !== undefined && o !== n) {
            expect(m.conflicts.map((c) => c.key)).toContain(key);
            expect(Object.hasOwn(m.displaced, key) ? m.displaced[key]?.value : undefined).toBe(r === o ? n : o);
          }
          // Never a secret replaced by an entry without one.
          if (secretAt(key, n)) expect(secretAt(key, r)).toBe(true);
          if (secretAt(key, o)) expect(secretAt(key, r)).toBe(true);
          if (key === 'settings' && n !== undefined && !takeSettings) expect(r).toBe(n);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('keeps the in-browser account when the old computer holds the same public key as an external one (hostile-names)', () => {
    const old = exampleDump('hostile-names', 'old');
    const neu = exampleDump('hostile-names', 'new');
    const m = safeMerge(old, neu);
    const charlie = 'account:0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22';
    expect(m.result[charlie]).toBe(neu[charlie]);
    expect(m.conflicts.find((c) => c.key === charlie)).toMatchObject({ decision: 'kept-new' });
    const eve = 'account:0xe659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e';
    expect(m.result[eve]).toBe(old[eve]);
    expect(m.conflicts.find((c) => c.key === eve)).toMatchObject({ decision: 'took-old' });
    expect(m.result.settings).toBe(neu.settings);
  });
});

describe('the console script', () => {
  it('run as pasted, leaves the new computer with exactly the merge result, whatever the values hold', () => {
    fc.assert(
      fc.property(dumpPairArb, ({ old, new: neu }) => {
        const apply = applySafe(old, neu);
        const run = runScript(apply.script, { ...neu });
        expect(run.error).toBeUndefined();
        expect(run.result).toStrictEqual({ ...apply.result });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is plain ASCII with no quote or backslash inside its data', () => {
    const script = applySafe(exampleDump('hostile-names', 'old'), exampleDump('hostile-names', 'new')).script;
    expect(/^[\x20-\x7e\n]*$/.test(script)).toBe(true);
    const data = script.slice(script.indexOf('atob(['), script.indexOf("].join('')"));
    expect(data.replace(/'[A-Za-z0-9+/=]*'/g, '')).not.toMatch(/["\\`]/);
  });

  it('writes nothing when the new computer changed since its dump', () => {
    const old = toDump([
      ['a', 'from old'],
      ['b', 'also from old'],
    ]);
    const neu = toDump([['b', 'new b']]);
    const m = safeMerge(old, neu, { prefer: 'old' });
    const script = consoleScript(scriptEntries(m.result, m.writes, neu));
    const changed = { b: 'changed meanwhile' };
    const run = runScript(script, changed);
    expect(run.error).toMatch(/changed on this computer since the dump/);
    expect(run.result).toStrictEqual(changed);
  });

  it('all or nothing: a write the browser refuses part-way puts back every entry already written (issue 16: 7,755 of 10,000 were left)', () => {
    fc.assert(
      fc.property(dumpPairArb, fc.nat(), ({ old, new: neu }, at) => {
        const apply = applySafe(old, neu);
        const plan = apply.merge.writes.length;
        if (plan === 0) return;
        const run = runScript(apply.script, { ...neu }, { failAt: (at % plan) + 1 });
        expect(run.error).toMatch(/refused an entry \(QuotaExceededError\); every entry written was put back/);
        expect(run.result).toStrictEqual({ ...neu });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('entries that fit the dump but not this computer (it holds more than the dump said): refused before the first write', () => {
    const old = toDump(Array.from({ length: 7_000 }, (_, i) => [`address:0x${i.toString(16).padStart(64, '0')}`, 'x'.repeat(600)] as const));
    const neu = toDump([['settings', '{}']]);
    const apply = applySafe(old, neu); // 7,000 x 673 characters: fits
    // This computer already holds 1,000,000 characters the dump did not know about.
    const busy = { ...neu, cache: 'c'.repeat(1_000_000) };
    const run = runScript(apply.script, busy, { quota: 5 * 1024 * 1024 });
    expect(run.error).toMatch(/over the browser quota of 5242880\. Nothing was written/);
    expect(run.writes).toBe(0);
    expect(run.result).toStrictEqual(busy);
  });

  it('writes entries that shrink first, so no state on the way is larger than the end', () => {
    const neu = toDump([
      ['a', 'x'.repeat(100)],
      ['b', 'y'],
    ]);
    const old = toDump([
      ['a', 'x'],
      ['b', 'y'.repeat(100)],
    ]);
    const apply = applySafe(old, neu, { prefer: 'old' });
    // Final size 1+1 + 1+100 = 103; growing b first would need 1+100 + 1+100 = 202.
    const run = runScript(apply.script, { ...neu }, { quota: 103 });
    expect(run.error).toBeUndefined();
    expect(run.result).toStrictEqual({ ...apply.result });
  });

  it('refuses a truncated copy', () => {
    const m = safeMerge(exampleDump('hostile-names', 'old'), {});
    const script = consoleScript(scriptEntries(m.result, m.writes, {}));
    const cut = script.replace(/\n {4}'[A-Za-z0-9+/=]+',\n/, '\n');
    const run = runScript(cut, {});
    expect(run.error).toBeDefined();
    expect(run.result).toStrictEqual({});
  });
});

describe('apply and the browser quota', () => {
  it('a merge whose localStorage would exceed the quota is E_QUOTA, naming the size and the quota', () => {
    // 9 + 5,242,871 = 5,242,880 characters: exactly the quota; the new computer's settings add 8 + 2.
    const old = toDump([['cache:big', 'z'.repeat(5 * 1024 * 1024 - 9)]]);
    const neu = toDump([['settings', '{}']]);
    expect(() => applySafe(old, neu)).toThrow(
      expect.objectContaining({ code: 'E_QUOTA', message: expect.stringMatching(/5,242,890 characters.*quota of 5,242,880/) }),
    );
    expect(() => applySafe(old, {})).not.toThrow();
  });

  it('10,000 entries of 673 characters (6.7 M): refused in both modes, before anything is written', () => {
    const old = toDump(Array.from({ length: 10_000 }, (_, i) => [`address:0x${i.toString(16).padStart(64, '0')}`, 'x'.repeat(600)] as const));
    expect(() => applySafe(old, {})).toThrow(expect.objectContaining({ code: 'E_QUOTA' }));
    expect(() => applyVerbatim(old, {})).toThrow(expect.objectContaining({ code: 'E_QUOTA' }));
  });
});
