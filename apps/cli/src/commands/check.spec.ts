import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
/** Keystores written by the real clients (test/fixtures/check/make-fixtures.mjs): the dev phrase, a test password. */
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/check/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const PASSWORD = fixture('password');
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

const dir = mkdtempSync(join(tmpdir(), 'interop-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly report: {
    warnings: { profile: string; divergence: string }[];
    results: { profile: string; status: string; error?: { code: string }; identities?: { publicKey: string }[] }[];
    comparison: { agree: boolean; verdict: string; differences: { profile: string; explainedBy: { id: string }[] }[] };
    claims: { claimed: string; restored: string; matches: boolean }[];
    file: { kind: string; accounts: { bodyProblem?: string; claimed?: string }[] };
    phraseDefaults?: { profiles: string[]; keys: { address: string; path: string }[] }[];
    expect?: { origins: { type: string; path: string; profiles: string[] }[] };
  };
}

function check(...args: string[]): Run {
  const run = spawnSync(process.execPath, [MAIN, 'check', ...args, '--json'], { encoding: 'utf8', timeout: 600_000, env: { ...process.env, TMPDIR: dir } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, report: JSON.parse(run.stdout || '{}') as Run['report'] };
}

const resultOf = (r: Run, profile: string) => r.report.results.find((x) => x.profile === profile);

describe('interop check on keystores written by the real clients', () => {
  it('an N=2^17 keystore: the refusal of extension 0.55.1 predicted before decrypting and explained after; Vault cannot read it', () => {
    const html = join(dir, 'single.html');
    const r = check(
      '--from',
      fixture('single-n17.json'),
      '--password-file',
      PASSWORD,
      '--clients',
      'extension@0.62.3,extension@0.55.1,signer@7.2.0',
      '--html',
      html,
    );
    expect(r.status).toBe(1);
    expect(r.report.warnings).toEqual([expect.objectContaining({ profile: 'extension@0.55.1', divergence: 'scrypt-params-refused' })]);
    expect(resultOf(r, 'extension@0.62.3')).toMatchObject({ status: 'restored' });
    expect(resultOf(r, 'extension@0.55.1')).toMatchObject({ status: 'refused', error: { code: 'E_SCRYPT_PARAMS' } });
    expect(resultOf(r, 'signer@7.2.0')).toMatchObject({ status: 'unsupported' });
    expect(r.report.comparison.differences).toEqual([{ profile: 'extension@0.55.1', explainedBy: [expect.objectContaining({ id: 'scrypt-params-refused' })] }]);
    expect(r.report.comparison.verdict).toMatch(/^same keys in 1 of 2 profiles that read this file; extension@0\.55\.1 refuses: E_SCRYPT_PARAMS/);
    expect(r.report.claims).toEqual([{ claimed: ALICE, restored: ALICE, matches: true }]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('scrypt-params-refused');
    expect(page).not.toContain(readFileSync(PASSWORD, 'utf8'));
  });

  it('an N=2^15 keystore restores as the same key in the old and the new extension: exit 0', () => {
    const r = check('--from', fixture('single-n15.json'), '--password-file', PASSWORD, '--clients', 'extension@0.62.3,extension@0.55.1');
    expect(r.report.comparison.agree).toBe(true);
    expect(r.status).toBe(0);
  });

  it('a tampered address field: the claim is shown false against the key restored from the body', () => {
    const r = check('--from', fixture('tampered-address.json'), '--password-file', PASSWORD, '--clients', 'extension@0.62.3');
    expect(r.report.claims).toEqual([{ claimed: BOB, restored: ALICE, matches: false }]);
  });

  it('a truncated body is said before any password is tried, and refused with a code', () => {
    const r = check('--from', fixture('truncated.json'), '--password-file', PASSWORD, '--clients', 'extension@0.62.3');
    expect(r.report.file.accounts[0]?.bodyProblem).toMatch(/truncated or altered/);
    expect(resultOf(r, 'extension@0.62.3')?.status).toBe('refused');
    expect(resultOf(r, 'extension@0.62.3')?.error?.code).not.toBe('E_INTERNAL');
  });

  it('a scrypt bomb (N=2^30) is refused by every reader in its own words, before any scrypt: their common answer, not a finding', () => {
    const r = check('--from', fixture('scrypt-bomb.json'), '--password-file', PASSWORD, '--clients', 'extension@0.62.3,apps@0.171.1,extension@0.55.1');
    // util-crypto 13.5.7 and 14.0.3 check their safe limits first (fromU8a.ts L31-33); 13.2.1 accepts only N=2^15 (L27-29).
    expect(resultOf(r, 'extension@0.62.3')).toMatchObject({
      status: 'refused',
      error: { code: 'E_SCRYPT_PARAMS', message: 'Scrypt parameters exceed safe limits' },
    });
    expect(resultOf(r, 'apps@0.171.1')).toMatchObject({
      status: 'refused',
      error: { code: 'E_SCRYPT_PARAMS', message: 'Scrypt parameters exceed safe limits' },
    });
    expect(resultOf(r, 'extension@0.55.1')).toMatchObject({
      status: 'refused',
      error: { code: 'E_SCRYPT_PARAMS', message: 'Invalid injected scrypt params found' },
    });
    expect(r.report.comparison.differences).toEqual([]);
    expect(r.report.comparison.verdict).toBe(
      'no profile restored it: all 3 profiles that read this file refuse it with E_SCRYPT_PARAMS (the scrypt parameters in the file are refused)',
    );
    expect(r.status).toBe(1);
  });

  it('a wrong password: every reader refuses it, said once as their common answer, each client’s words kept', () => {
    const wrong = join(dir, 'wrong-password');
    writeFileSync(wrong, 'not the password');
    const r = check('--from', fixture('single-n15.json'), '--password-file', wrong, '--clients', 'extension@0.62.3,apps@0.171.1');
    for (const profile of ['extension@0.62.3', 'apps@0.171.1'])
      expect(resultOf(r, profile)).toMatchObject({
        status: 'refused',
        error: { code: 'E_PASSWORD_WRONG', message: 'Unable to decode using the supplied passphrase' },
      });
    expect(r.report.comparison.differences).toEqual([]);
    expect(r.report.comparison.verdict).toMatch(/^no profile restored it: all 2 profiles that read this file refuse it with E_PASSWORD_WRONG/);
    expect(r.stdout).not.toContain('not the password');
    expect(r.status).toBe(1);
  });

  it('an ethereum keystore: Apps reads it connected to an Ethereum chain, as its capability says, and restores the same key', () => {
    const r = check('--from', fixture('ethereum.json'), '--password-file', PASSWORD, '--clients', 'extension@0.62.3,apps@0.171.1');
    expect(resultOf(r, 'apps@0.171.1')).toMatchObject({ status: 'restored', apiOnly: true, network: 'moonbeam' });
    expect(resultOf(r, 'apps@0.171.1')?.identities?.map((i) => i.publicKey)).toEqual(resultOf(r, 'extension@0.62.3')?.identities?.map((i) => i.publicKey));
    expect(r.report.comparison.agree).toBe(true);
  });

  it("the extension's batch file: two accounts in the extension; Apps cannot read the batch object", () => {
    const r = check('--from', fixture('batch.json'), '--password-file', PASSWORD, '--clients', 'extension@0.62.3,apps@0.171.1');
    expect(resultOf(r, 'extension@0.62.3')?.identities).toHaveLength(2);
    expect(resultOf(r, 'apps@0.171.1')?.status).toBe('unsupported');
  });
});

describe('interop check with a phrase in hand', () => {
  it('lists what each client makes from it, and --expect finds where a Vault network key and a BIP44 account come from', () => {
    const phrase = fixture('phrase.txt');
    const vaultPolkadot = '16Zaf6BT6xc6WeYCX6YNAf67RumWaEiumwawt7cTdKMU7HqW';
    const r = check('--from', phrase, '--clients', 'signer@7.2.0,extension@0.62.3', '--expect', vaultPolkadot);
    expect(r.report.expect?.origins).toEqual([expect.objectContaining({ type: 'sr25519', path: '//polkadot' })]);
    const vault = r.report.phraseDefaults?.find((row) => row.profiles.includes('signer@7.2.0'));
    expect(vault?.keys.map((k) => k.path)).toEqual(['', '//polkadot', '//kusama', '//westend']);
    const eth = check('--from', phrase, '--clients', 'extension@0.62.3', '--expect', '0xf24FF3a9CF04c71Dbc94D0b566f7A27B94566cac');
    expect(eth.report.expect?.origins).toEqual([expect.objectContaining({ type: 'ethereum', path: "/m/44'/60'/0'/0/0" })]);
  });

  it('never prints, writes or leaves the phrase or the password anywhere', () => {
    // A public BIP39 test vector stands for a user's phrase; its words must appear nowhere.
    const canary = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
    const phrase = join(dir, 'canary-phrase');
    writeFileSync(phrase, `${canary}\n`);
    const password = join(dir, 'canary-password');
    writeFileSync(password, 'canary password 8c1f');
    const html = join(dir, 'canary.html');
    const r = check('--from', phrase, '--password-file', password, '--clients', 'extension@0.62.3,apps@0.171.1', '--html', html);
    const written = [r.stdout, r.stderr, readFileSync(html, 'utf8')];
    for (const name of readdirSync(dir)) if (!name.startsWith('canary')) written.push(name);
    for (const text of written) {
      expect(text).not.toContain(canary);
      expect(text).not.toContain('wave sausage');
      expect(text).not.toContain('canary password 8c1f');
    }
  });
});

describe('interop check: usage', () => {
  it('a ///password in --path is refused before anything is read', () => {
    const r = spawnSync(process.execPath, [MAIN, 'check', '--from', fixture('phrase.txt'), '--path', '//a///secret'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--derivation-password-file/);
  });

  it('an unknown client or network is a usage error', () => {
    expect(spawnSync(process.execPath, [MAIN, 'check', '--from', fixture('phrase.txt'), '--clients', 'nosuch@1'], { encoding: 'utf8' }).status).toBe(2);
    expect(spawnSync(process.execPath, [MAIN, 'check', '--from', fixture('phrase.txt'), '--network', 'mars'], { encoding: 'utf8' }).status).toBe(2);
  });
});
