import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AccountSpec, Artifact } from '@interop/core';
import { CLIENT_FACTORIES } from '@interop/runner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './testing/run-cli.js';

/**
 * Secret hygiene: every command that takes a secret runs with planted canaries — a phrase, a
 * seed, keystore and derivation passwords, a Banana Split passphrase, and for the migration a
 * token in the settings and an encrypted key — and every byte the run writes is searched for
 * them (UTF-8, UTF-16LE as Chromium stores localStorage, and Latin-1): stdout, stderr, every file
 * in its working directory except the inputs and the outputs it was asked to write, and its
 * whole TMPDIR including closed browser profiles (kept for inspection by INTEROP_KEEP_TEMP).
 */
const root = mkdtempSync(join(tmpdir(), 'interop-hygiene-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const tag = randomUUID().slice(0, 8);
const CANARY = {
  password: `canary-password-${tag}`,
  wrongPassword: `canary-wrong-${tag}`,
  derivationPassword: `canary-derive-${tag}`,
  passphrase: `canary-banana-${tag}`,
  seed: `0x${randomBytes(32).toString('hex')}`,
  settingsToken: `canary-token-${tag}`,
  phrase: '',
};

interface UtilCryptoModule {
  cryptoWaitReady(): Promise<boolean>;
  mnemonicGenerate(words: 12): string;
}

/** A fresh mnemonic nobody has seen, made by util-crypto (core's dependency). */
async function freshPhrase(): Promise<string> {
  const require = createRequire(new URL('../../../packages/core/package.json', import.meta.url));
  const crypto = (await import(pathToFileURL(require.resolve('@polkadot/util-crypto')).href)) as UtilCryptoModule;
  await crypto.cryptoWaitReady();
  return crypto.mnemonicGenerate(12);
}

/** A backup made by a client's own code (the factory's worker), with the canary secret in it. */
async function backupWith(clientId: string, method: 'json' | 'banana-split', password: string): Promise<Artifact> {
  const factory = CLIENT_FACTORIES.find((f) => f.info.id === clientId);
  if (!factory) throw new Error(`no ${clientId}`);
  const client = await factory.start();
  try {
    const spec: AccountSpec = { secret: { kind: 'phrase', phrase: CANARY.phrase }, path: '', type: 'sr25519', name: 'canary', password };
    return await client.backup(await client.create(spec), method, password);
  } finally {
    await client.dispose();
  }
}

const file = (name: string, content: string) => {
  writeFileSync(join(root, name), content);
  return join(root, name);
};
let inputs: Readonly<
  Record<'phrase' | 'seed' | 'keystore' | 'shares' | 'password' | 'wrongPassword' | 'derivation' | 'passphrase' | 'old' | 'new' | 'scenario', string>
>;

beforeAll(async () => {
  CANARY.phrase = await freshPhrase();
  const keystore = await backupWith('extension@0.62.3', 'json', CANARY.password);
  const shares = await backupWith('signer@7.2.0', 'banana-split', CANARY.passphrase);
  const settings = JSON.stringify({ apiUrl: `wss://rpc.example/?token=${CANARY.settingsToken}`, storage: 'on' });
  inputs = {
    phrase: file('phrase.txt', `${CANARY.phrase}\n`),
    seed: file('seed.txt', `${CANARY.seed}\n`),
    keystore: file('keystore.json', JSON.stringify(keystore.kind === 'json-keystore' ? keystore.json : {})),
    shares: file('shares.txt', `${keystore.kind === 'json-keystore' && shares.kind === 'banana-split' ? shares.shares.join('\n') : ''}\n`),
    password: file('password.txt', `${CANARY.password}\n`),
    wrongPassword: file('wrong.txt', `${CANARY.wrongPassword}\n`),
    derivation: file('derivation.txt', `${CANARY.derivationPassword}\n`),
    passphrase: file('passphrase.txt', `${CANARY.passphrase}\n`),
    old: file('old.json', JSON.stringify({ settings, 'account:0x00': JSON.stringify({ ...(keystore.kind === 'json-keystore' ? keystore.json : {}) }) })),
    new: file('new.json', JSON.stringify({ settings: '{"storage":"on"}' })),
    scenario: file(
      'scenario.json',
      JSON.stringify({
        schema: 'interop-scenario/v1',
        kind: 'bug',
        title: 'canary phrase restored in Vault',
        links: ['https://example.invalid/canary'],
        clients: ['signer@7.2.0'],
        steps: [
          { do: 'artifact', artifact: { kind: 'phrase', phrase: CANARY.phrase }, as: 'art' },
          { do: 'restore', client: 'signer@7.2.0', artifact: 'art', as: 'restored' },
        ],
        observed: { step: 'restored', accounts: [] },
        correct: 'any',
      }),
    ),
  };
});

/** The secrets of the inputs that must appear nowhere. The encrypted key of the migration dumps is one too. */
function canaries(): string[] {
  const encoded = (JSON.parse(readFileSync(inputs.keystore, 'utf8')) as { encoded?: string }).encoded ?? '';
  return [
    CANARY.phrase,
    CANARY.seed,
    CANARY.seed.slice(2),
    CANARY.password,
    CANARY.wrongPassword,
    CANARY.derivationPassword,
    CANARY.passphrase,
    CANARY.settingsToken,
    encoded.slice(0, 40),
  ];
}

function forms(secret: string): Buffer[] {
  return [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le'), Buffer.from(secret, 'latin1')];
}

/** Every regular file under a directory, except the given paths. */
function filesUnder(dir: string, except: readonly string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => !except.includes(path) && lstatSync(path).isFile());
}

/**
 * Where a canary was found. `allowedInFiles`: secrets a command must carry into files by design
 * (migrate verify loads the dumps, encrypted keys and settings included, into two browser
 * profiles), never into its output.
 */
function leaks(run: CliRun, files: readonly string[], allowedInFiles: readonly string[] = []): string[] {
  const found: string[] = [];
  const outputs: [string, Buffer][] = [
    ['stdout', Buffer.from(run.stdout)],
    ['stderr', Buffer.from(run.stderr)],
  ];
  const written = files.map((f) => [f, readFileSync(f)] as [string, Buffer]);
  for (const secret of canaries().filter((s) => s.length >= 8)) {
    const places = allowedInFiles.includes(secret) ? outputs : [...outputs, ...written];
    for (const [where, bytes] of places) if (forms(secret).some((form) => bytes.includes(form))) found.push(`${secret.slice(0, 12)}… in ${where}`);
  }
  return found;
}

let runs = 0;

/**
 * Runs a command in its own working directory with its TMPDIR kept, and returns every file it
 * wrote. Directory names stay short: Chromium's singleton socket lives under TMPDIR, and a
 * socket path has at most 107 bytes.
 */
async function runKept(args: string[], workDir?: string): Promise<{ run: CliRun; written: string[] }> {
  runs += 1;
  const cwd = workDir ?? join(root, `c${runs}`);
  const tmp = join(root, `t${runs}`);
  const kept = join(root, `k${runs}`);
  for (const d of [cwd, tmp, kept]) mkdirSync(d, { recursive: true });
  const run = await runCli(args, { cwd, tmpDir: tmp, hangLimitMs: 600_000, env: { INTEROP_KEEP_TEMP: kept } });
  expect(run.hung, args.join(' ')).toBe(false);
  return { run, written: [...filesUnder(cwd), ...filesUnder(tmp), ...filesUnder(kept)] };
}

describe('no canary secret in any byte a command writes', () => {
  it.each([
    [
      'extension: phrase with a derivation password',
      () => [
        'restore',
        '--client',
        'extension@0.62.3',
        '--from',
        inputs.phrase,
        '--path',
        '//hard',
        '--derivation-password-file',
        inputs.derivation,
        '--password-file',
        inputs.password,
        '--json',
      ],
      0,
    ],
    [
      'extension: keystore, wrong password',
      () => ['restore', '--client', 'extension@0.62.3', '--from', inputs.keystore, '--password-file', inputs.wrongPassword, '--json'],
      1,
    ],
    [
      'apps in Node: an ecdsa phrase with a soft path and a derivation password (refused)',
      () => [
        'restore',
        '--client',
        'apps@0.171.1',
        '--from',
        inputs.phrase,
        '--type',
        'ecdsa',
        '--path',
        '/soft',
        '--derivation-password-file',
        inputs.derivation,
        '--json',
      ],
      1,
    ],
    ['apps in Node: keystore', () => ['restore', '--client', 'apps@0.171.1', '--from', inputs.keystore, '--password-file', inputs.password, '--json'], 0],
    [
      'apps in Chromium: seed (browser profile searched)',
      () => ['restore', '--client', 'apps@0.171.1-chromium', '--from', inputs.seed, '--password-file', inputs.password, '--json'],
      0,
    ],
    [
      'apps in Chromium: phrase with a derivation password',
      () => ['restore', '--client', 'apps@0.171.1-chromium', '--from', inputs.phrase, '--derivation-password-file', inputs.derivation, '--json'],
      0,
    ],
    [
      'vault: Banana Split with its passphrase',
      () => ['restore', '--client', 'signer@7.2.0', '--from', inputs.shares, '--passphrase-file', inputs.passphrase, '--json'],
      0,
    ],
    [
      'vault: Banana Split, wrong passphrase',
      () => ['restore', '--client', 'signer@7.2.0', '--from', inputs.shares, '--passphrase-file', inputs.wrongPassword],
      1,
    ],
    [
      'vault: phrase with a derivation password, text output',
      () => ['restore', '--client', 'signer@7.2.0', '--from', inputs.phrase, '--path', '//x', '--derivation-password-file', inputs.derivation],
      0,
    ],
    ['scenario replaying a phrase', () => ['scenario', inputs.scenario, '--json'], 1],
    ['migrate plan', () => ['migrate', 'plan', '--old', inputs.old, '--new', inputs.new], 0],
  ] as const)('%s', async (name, args, status) => {
    const { run, written } = await runKept([...args()]);
    expect(run.status, `${name}: ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 300)}`).toBe(status);
    expect(leaks(run, written)).toEqual([]);
  });

  it('migrate verify: the dumps go into the two browser profiles (by design), never into its output', async () => {
    const { run, written } = await runKept(['migrate', 'verify', '--old', inputs.old, '--new', inputs.new, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const encoded = canaries().at(-1) as string;
    expect(leaks(run, written, [encoded, CANARY.settingsToken])).toEqual([]);
    // The profiles were kept and searched: the old computer's localStorage is in them.
    expect(written.some((f) => forms(CANARY.settingsToken).some((form) => readFileSync(f).includes(form)))).toBe(true);
  });

  it('migrate apply: the secrets are only in the outputs it was asked to write, which are 0600', async () => {
    const cwd = join(root, 'apply');
    const out = join(cwd, 'merged.json');
    const { run, written } = await runKept(['migrate', 'apply', '--old', inputs.old, '--new', inputs.new, '--out', out, '--take-settings'], cwd);
    expect(run.status, run.stderr).toBe(0);
    const outputs = written.filter((f) => f.startsWith(cwd));
    expect(outputs.length).toBeGreaterThan(0);
    for (const f of outputs) expect(lstatSync(f).mode & 0o077, f).toBe(0);
    expect(
      leaks(
        run,
        written.filter((f) => !outputs.includes(f)),
      ),
    ).toEqual([]);
    // The outputs do hold the migrated values: the search would have found a leak.
    expect(readFileSync(out, 'utf8')).toContain(CANARY.settingsToken);
  });
});
