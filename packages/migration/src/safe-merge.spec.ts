import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySafe } from './apply.js';
import { consoleScript, scriptEntries } from './console-script.js';
import { entryKind, holdsSecret, storeValue } from './keyring-entry.js';
import { safeMerge } from './safe-merge.js';
import { dumpPairArb, SEED, toDump } from './testing/dump-arbitraries.js';
import { exampleDump } from './testing/example-dumps.js';

function secretAt(key: string, value: string | undefined): boolean {
  return value !== undefined && entryKind(key) === 'account' && holdsSecret(storeValue(value));
}

/** The console script run by V8 over a Map-backed localStorage holding `storage`. */
function runScript(script: string, storage: Record<string, string>): { result: Record<string, string>; error?: string; returned?: unknown } {
  const items = new Map(Object.entries(storage));
  const localStorage = {
    getItem: (k: string) => items.get(String(k)) ?? null,
    setItem: (k: string, v: string) => void items.set(String(k), String(v)),
  };
  const context = createContext({ localStorage, console: { log: () => undefined }, atob: (s: string) => Buffer.from(s, 'base64').toString('latin1') });
  let error: string | undefined;
  let returned: unknown;
  try {
    returned = runInContext(script, context, { timeout: 5000 });
  } catch (e) {
    error = e instanceof Error || (typeof e === 'object' && e !== null) ? String((e as { message?: unknown }).message) : String(e);
  }
  return { result: toDump([...items.entries()]) as Record<string, string>, ...(error ? { error } : {}), ...(returned !== undefined ? { returned } : {}) };
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

  it('refuses a truncated copy', () => {
    const m = safeMerge(exampleDump('hostile-names', 'old'), {});
    const script = consoleScript(scriptEntries(m.result, m.writes, {}));
    const cut = script.replace(/\n {4}'[A-Za-z0-9+/=]+',\n/, '\n');
    const run = runScript(cut, {});
    expect(run.error).toBeDefined();
    expect(run.result).toStrictEqual({});
  });
});
