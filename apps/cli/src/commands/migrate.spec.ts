import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TempDirs } from '@interop/core/testing';
import { afterAll, describe, expect, it } from 'vitest';

/** Every directory a test here makes, removed when the file's tests are done. */
const temp = new TempDirs();
afterAll(() => temp.removeAll());

/** `interop migrate`, run as a user runs it, on the example dumps of scenarios/migration (real ui-keyring data). */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const SCENARIO = fileURLToPath(new URL('../../../../scenarios/migration/hostile-names/', import.meta.url));
const OLD = join(SCENARIO, 'old.json');
const NEW = join(SCENARIO, 'new.json');

function interop(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 120_000 });
}

/** Every `encoded` value (encrypted keys) of both dumps: none may ever be printed, not even in part. */
function secrets(): string[] {
  const out: string[] = [];
  for (const file of [OLD, NEW]) {
    for (const value of Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
      const encoded = /"encoded":"([^"]+)"/.exec(value)?.[1];
      if (encoded) out.push(encoded.slice(0, 16));
    }
  }
  return out;
}

/**
 * What the wiki procedure does to these two computers, worked out by hand from its text
 * (stringify, remove every backslash, slice the quotes; same public key = same key) and
 * ui-keyring's loadAll (invalid JSON is skipped with a warning), not from this code's output.
 * Dev addresses: Alice 5Grwva…, Bob 5FHneW…, Charlie 5FLSig…, Dave 5DAAnr…, Eve 5HGjWA…, Ferdie 5CiPPs….
 */
const EXPECTED: Record<string, { outcome: string; shownAs: string | null }> = {
  // meta.name `Alice "savings"` is stored as `Alice \"savings\"`; without the backslashes the JSON ends early.
  '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY': { outcome: 'lost-from-view', shownAs: null },
  // A single quote needs no JSON escape: written intact (but it breaks `raw = '…'` when the raw contents are pasted).
  '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty': { outcome: 'added', shownAs: "Bob's account" },
  // External on the old computer, in-browser on the new: same public key, same key; the old entry wins.
  '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y': { outcome: 'secret-lost', shownAs: 'Charlie (extension)' },
  // The reverse: in-browser on the old computer replaces the new computer's external entry.
  '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw': { outcome: 'overwritten', shownAs: 'Eve' },
  // `back\slash` is stored as `back\\slash`: both backslashes removed.
  '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy': { outcome: 'corrupted', shownAs: 'backslash' },
  // A newline is stored as `\n`: the backslash goes, the n stays.
  '5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL': { outcome: 'corrupted', shownAs: 'twonlines' },
};

describe('interop migrate plan', () => {
  it('names each consequence on the hostile-names dumps (quote, backslash, newline, shared public key)', () => {
    const { status, stdout, stderr } = interop('migrate', 'plan', '--old', OLD, '--new', NEW, '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const plan = JSON.parse(stdout) as {
      procedure: { status: string };
      accounts: { address: string; outcome: string; listedAfter: boolean; nameAfter?: string; nameOld?: string; nameNew?: string; roleAfter?: string }[];
      otherKeys: { key: string; outcome: string }[];
    };
    expect(plan.procedure.status).toBe('completed');
    for (const [address, { outcome, shownAs }] of Object.entries(EXPECTED)) {
      const line = plan.accounts.find((a) => a.address === address);
      expect(line, address).toBeDefined();
      expect(line?.outcome, address).toBe(outcome);
      expect(line?.listedAfter ? line.nameAfter : null, address).toBe(shownAs);
    }
    expect(plan.accounts.find((a) => a.address === '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y')).toMatchObject({
      roleNew: 'in-browser',
      roleAfter: 'external',
    });
    expect(plan.accounts.find((a) => a.nameNew === 'Gina')).toMatchObject({ outcome: 'kept' });
    expect(plan.accounts.find((a) => a.nameOld === 'Zoë 🔑 ünïcødé')).toMatchObject({ outcome: 'added', nameAfter: 'Zoë 🔑 ünïcødé' });
    expect(plan.otherKeys).toContainEqual(expect.objectContaining({ key: 'settings', outcome: 'settings-replaced' }));
  });

  it('prints a line per account with name, address and outcome, and never an encrypted key', () => {
    const { status, stdout } = interop('migrate', 'plan', '--old', OLD, '--new', NEW);
    expect(status).toBe(0);
    for (const [address, { outcome }] of Object.entries(EXPECTED)) expect(stdout).toMatch(new RegExp(`${outcome} +(account|address) +${address}`));
    expect(stdout).toContain('"Alice \\"savings\\""');
    expect(stdout).toContain('raw-ticked: fails at `raw = …` with SyntaxError');
    for (const s of secrets()) expect(stdout).not.toContain(s);
  });

  it('a single quote in a name breaks the paste when the raw contents are pasted between tick marks', () => {
    const raw = interop('migrate', 'plan', '--old', join(SCENARIO, 'old.raw-ticked.txt'), '--new', NEW, '--paste', 'as-saved', '--json');
    expect(raw.status).toBe(0);
    const plan = JSON.parse(raw.stdout) as { procedure: unknown; accounts: { outcome: string }[] };
    expect(plan.procedure).toMatchObject({ status: 'failed', stage: 'paste', error: 'SyntaxError' });
    expect(new Set(plan.accounts.map((a) => a.outcome))).toEqual(new Set(['kept']));
    const literal = interop('migrate', 'plan', '--old', join(SCENARIO, 'old.console-literal.txt'), '--new', NEW, '--paste', 'as-saved', '--json');
    expect((JSON.parse(literal.stdout) as { procedure: { status: string } }).procedure.status).toBe('completed');
  });
});

describe('interop migrate apply', () => {
  const dir = temp.make('interop-migrate-');
  const old = JSON.parse(readFileSync(OLD, 'utf8')) as Record<string, string>;
  const neu = JSON.parse(readFileSync(NEW, 'utf8')) as Record<string, string>;
  const charlie = 'account:0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22';
  const alice = 'account:0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';

  it('safe: keeps the in-browser Charlie, copies every other value byte for byte, writes a script and the values not taken', () => {
    const out = join(dir, 'safe.json');
    const { status, stdout } = interop('migrate', 'apply', '--old', OLD, '--new', NEW, '--out', out);
    expect(status).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string>;
    expect(result[charlie]).toBe(neu[charlie]);
    expect(result[alice]).toBe(old[alice]);
    expect(result.settings).toBe(neu.settings);
    for (const [k, v] of Object.entries(result)) expect([old[k], neu[k]]).toContain(v);
    const displaced = JSON.parse(readFileSync(join(dir, 'safe.conflicts.json'), 'utf8')) as Record<string, { from: string; value: string }>;
    expect(displaced[charlie]).toEqual({ from: 'old', value: old[charlie] });
    expect(displaced.settings).toEqual({ from: 'old', value: old.settings });
    expect(readFileSync(join(dir, 'safe.console.js'), 'utf8')).toMatch(/^\/\/ interop migrate apply --mode safe/);
    expect(statSync(out).mode & 0o077).toBe(0);
    expect(stdout).toMatch(/kept-new +account 5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y: the new computer's entry holds a secret key/);
    for (const s of secrets()) expect(stdout).not.toContain(s);
  });

  it('verbatim: the wiki result — Charlie replaced by the external entry, Alice left as invalid JSON', () => {
    const out = join(dir, 'verbatim.json');
    const { status } = interop('migrate', 'apply', '--old', OLD, '--new', NEW, '--out', out, '--mode', 'verbatim');
    expect(status).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string>;
    expect(result[charlie]).toBe(old[charlie]);
    expect(() => JSON.parse(result[alice] as string)).toThrow();
    expect(result[alice]).toBe((old[alice] as string).replace(/\\/g, ''));
    expect(result.settings).toBe(old.settings);
  });

  it('refuses to overwrite an input', () => {
    const copy = join(dir, 'new-copy.json');
    writeFileSync(copy, readFileSync(NEW));
    const { status, stderr } = interop('migrate', 'apply', '--old', OLD, '--new', copy, '--out', copy);
    expect(status).toBe(2);
    expect(stderr).toMatch(/E_OUTPUT_IS_INPUT: refusing to write .*the same file as an input/);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(NEW, 'utf8'));
  });
});

describe('interop migrate verify (real Chromium, two browser profiles)', () => {
  it('runs the procedure, prints what happened to each account, and finds the model right', () => {
    const { status, stdout } = interop('migrate', 'verify', '--old', OLD, '--new', NEW);
    expect(status).toBe(0);
    expect(stdout).toMatch(/secret-lost +account +5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y .*-> Apps shows "Charlie \(extension\)" without a secret/);
    expect(stdout).toMatch(/lost-from-view +account +5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY .*-> Apps warns "Unable to load" and does not show it/);
    expect(stdout).toMatch(/corrupted +address +5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy .*-> Apps shows "backslash"/);
    expect(stdout).toContain('The model predicted the browser key for key');
    for (const s of secrets()) expect(stdout).not.toContain(s);
  });

  it('the raw contents between tick marks: the paste throws in the browser, as predicted', () => {
    const { status, stdout } = interop('migrate', 'verify', '--old', OLD, '--new', NEW, '--paste', 'raw-ticked', '--json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { browser: { pasteError: string | null }; predicted: { stage?: string }; matches: boolean };
    expect(report).toMatchObject({ browser: { pasteError: 'SyntaxError' }, predicted: { stage: 'paste' }, matches: true });
  });
});

describe('interop migrate: usage and input errors', () => {
  it.each([
    [['migrate'], 2, /plan, apply, verify/],
    [['migrate', 'frob'], 2, /plan, apply, verify/],
    [['migrate', 'plan', '--old', OLD], 2, /--new FILE/],
    [['migrate', 'plan', '--old', OLD, '--new', NEW, '--paste', 'bogus'], 2, /--paste must be one of/],
    [['migrate', 'apply', '--old', OLD, '--new', NEW], 2, /--out FILE/],
    [['migrate', 'apply', '--old', OLD, '--new', NEW, '--out', '/tmp/x.json', '--mode', 'bogus'], 2, /--mode must be safe or verbatim/],
    [['migrate', 'plan', '--old', '/nonexistent/old.json', '--new', NEW], 2, /E_INPUT_UNREADABLE/],
    [['migrate', 'plan', '--old', MAIN, '--new', NEW], 1, /E_JSON_MALFORMED/],
  ])('%j exits %i', (args, code, message) => {
    const { status, stderr } = interop(...args);
    expect(status).toBe(code);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
