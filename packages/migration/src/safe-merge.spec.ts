import { createContext, runInContext } from 'node:vm';
import { DEV_PHRASE, expectedPublicKey } from '@interop/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySafe, applyVerbatim } from './apply.js';
import { consoleScript, scriptEntries } from './console-script.js';
import { entryKind, holdsSecret, storeValue } from './keyring-entry.js';
import { safeMerge } from './safe-merge.js';
import { dumpPairArb, SEED, toDump } from './testing/dump-arbitraries.js';
import { exampleDump } from './testing/example-dumps.js';

/*
 * Whether a localStorage entry holds a secret key, decided here from @polkadot/keyring's own
 * format and NOT with keyring-entry.ts's holdsSecret/entryKind, which safe-merge.ts decides with
 * (a bug there would otherwise pass on both sides). polkadot-js/common tag v14.0.3:
 * - packages/keyring/src/pair/encode.ts L19: the body is u8aConcat(PAIR_HDR, secretKey, PAIR_DIV,
 *   publicKey); L21-29: with a password it is then scrypt + xsalsa20-poly1305 encrypted;
 * - packages/keyring/src/pair/defaults.ts L5 PAIR_DIV, L8 PAIR_HDR, L11 PUB_LENGTH = 32;
 * - packages/util-crypto/src/json/encryptFormat.ts L11-16 and constants.ts L6-7: `encoded` is
 *   base64, `encoding.type` is ['scrypt', 'xsalsa20-poly1305'] when encrypted, ['none'] when not;
 * - packages/keyring/src/keyring.ts L102 addFromAddress (ui-keyring addExternal): secretKey is an
 *   empty Uint8Array, so a watch-only body is header, divider, public key; L186-188 (addFromJson):
 *   `encoded` may also be hex.
 * Keys: polkadot-js/ui v3.16.7 packages/ui-keyring/src/defaults.ts L7, L30 (accountRegex
 * `^account:0x[0-9a-f]*`, not anchored at the end: the prefix `account:0x` is what counts).
 */
const PAIR_HDR = [48, 83, 2, 1, 1, 48, 5, 6, 3, 43, 101, 112, 4, 34, 4, 32];
const PAIR_DIV = [161, 35, 3, 33, 0];
const PUB_LENGTH = 32;

function oracleHoldsSecret(key: string, raw: string | undefined): boolean {
  if (raw === undefined || !key.startsWith('account:0x')) return false;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return false;
  }
  if (typeof json !== 'object' || json === null) return false;
  const { encoded, encoding } = json as { encoded?: unknown; encoding?: { type?: unknown } };
  if (typeof encoded !== 'string' || encoded === '') return false;
  const types = ([] as unknown[]).concat(encoding?.type);
  if (types.includes('xsalsa20-poly1305')) return true; // a secret behind the account password
  // In the clear: header, a secret of at least one byte, divider, 32-byte public key.
  const body = [...(/^0x[0-9a-f]*$/i.test(encoded) ? Buffer.from(encoded.slice(2), 'hex') : Buffer.from(encoded, 'base64'))];
  const secretLength = body.length - PAIR_HDR.length - PAIR_DIV.length - PUB_LENGTH;
  const divAt = body.length - PUB_LENGTH - PAIR_DIV.length;
  return secretLength > 0 && PAIR_HDR.every((b, i) => body[i] === b) && PAIR_DIV.every((b, i) => body[divAt + i] === b);
}

/** What safe-merge.ts's worth() decides with: entryKind + holdsSecret of the value as the store reads it. */
function safeMergeHoldsSecret(key: string, raw: string): boolean {
  return entryKind(key) === 'account' && holdsSecret(storeValue(raw));
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

describe('which entries hold a secret (the oracle above, and what safe-merge.ts decides with)', () => {
  // Literal entries: the first three are hostile-names/old.json's Alice (addUri with a password),
  // Charlie (addExternal) and Dave (saveAddress); the last two are written by hand.
  const ALICE = 'account:0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
  const cases: readonly (readonly [what: string, key: string, value: string, secret: boolean])[] = [
    [
      'encrypted account',
      ALICE,
      JSON.stringify({
        encoded:
          'rW99ouN+53+ZXJVz1V3T3NhHxbfw+x4hmQlOdyxFa2MAAAIAAQAAAAgAAABMEDAQf2noHkeH+wX5uRpygLau4syDFL92/A8Rud2+lTKaGrN/4HRDFfRCPvAQtFJhThJNWDTD5hgwumOA96mHMsKAmhF9NR28FfnnsbBhEVJGmcRPMgxH9tXZGUNO5NozFbkpGdZ+ewaE5cVAS/aW4rmOjdJ+eJq0k2IZ1GAVoTuDA5u9corEQ6pBAho1jfex1ZZbKTVKocW80FgL',
        encoding: { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
        address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
        meta: { isHardware: false, name: 'Alice "savings"', tags: [] },
      }),
      true,
    ],
    [
      'external account (header, divider, public key: no secret)',
      'account:0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22',
      JSON.stringify({
        encoded: 'MFMCAQEwBQYDK2VwBCIEIKEjAyEAkLWrIFxpdMnqhBvmiIZGM9ycqKNXhD7qzyMUZJll/iI=',
        encoding: { content: ['pkcs8', 'ed25519'], type: ['none'], version: '3' },
        address: '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y',
        meta: { name: 'Charlie (extension)', isExternal: true },
      }),
      false,
    ],
    [
      'address book entry',
      'address:0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20',
      JSON.stringify({ address: '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy', meta: { name: 'back\\slash' } }),
      false,
    ],
    [
      'unencrypted account: header, 64 bytes 0x11, divider, public key, base64',
      ALICE,
      JSON.stringify({
        encoded:
          'MFMCAQEwBQYDK2VwBCIEIBERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERGhIwMhANQ1k8cV/dMcYRQavQSpn9aCLIVYhUzN45pWhOelbaJ9',
        encoding: { content: ['pkcs8', 'sr25519'], type: ['none'], version: '3' },
        address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
        meta: { name: 'plain' },
      }),
      true,
    ],
    [
      'external account in hex',
      'account:0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22',
      JSON.stringify({
        encoded: '0x3053020101300506032b657004220420a12303210090b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22',
        encoding: { content: ['pkcs8', 'ed25519'], type: ['none'], version: '3' },
        address: '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y',
        meta: { isExternal: true },
      }),
      false,
    ],
  ];

  it.each(cases)('%s: the oracle and holdsSecret both say so', (_what, key, value, secret) => {
    expect(oracleHoldsSecret(key, value)).toBe(secret);
    expect(safeMergeHoldsSecret(key, value)).toBe(secret);
  });

  it('every entry of the example dumps: a secret exactly where write-example-dumps.ts made the account with addUri and a password', () => {
    // node-realm/write-example-dumps.ts main(): the `op: 'account'` steps (addUri); every other
    // account key there is an `op: 'external'` step (addExternal), and address keys are saveAddress.
    const madeWithPassword: Record<string, Record<'old' | 'new', readonly string[]>> = {
      'hostile-names': { old: ['//Alice', '//Bob', '//Eve', '//Zoë'], new: ['//Charlie', '//Gina'] },
      plain: { old: ['//One'], new: ['//Three'] },
    };
    let accounts = 0;
    for (const [scenario, sides] of Object.entries(madeWithPassword))
      for (const side of ['old', 'new'] as const) {
        const secretKeys = new Set(
          sides[side].map((path) => `account:${expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path, type: 'sr25519' })}`),
        );
        const dump = exampleDump(scenario, side);
        for (const key of secretKeys) expect(Object.hasOwn(dump, key), `${scenario}/${side}: ${key}`).toBe(true);
        for (const [key, value] of Object.entries(dump)) {
          if (key.startsWith('account:')) accounts++;
          expect(oracleHoldsSecret(key, value), `${scenario}/${side}: ${key}`).toBe(secretKeys.has(key));
          expect(safeMergeHoldsSecret(key, value), `${scenario}/${side}: ${key}`).toBe(secretKeys.has(key));
        }
      }
    expect(accounts).toBe(10);
  });
});

describe('safe merge', () => {
  it('loses no key, no secret and no byte of any value; settings stay unless asked', () => {
    let secretMetNone = 0; // keys where one computer's entry holds a secret and the other's does not
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
          if (o !== undefined && n !== undefined && oracleHoldsSecret(key, o) !== oracleHoldsSecret(key, n)) secretMetNone++;
          if (oracleHoldsSecret(key, n)) expect(oracleHoldsSecret(key, r), key).toBe(true);
          if (oracleHoldsSecret(key, o)) expect(oracleHoldsSecret(key, r), key).toBe(true);
          if (key === 'settings' && n !== undefined && !takeSettings) expect(r).toBe(n);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
    expect(secretMetNone).toBeGreaterThan(0);
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
