import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClientFactory, forAllTypes, KEY_TYPES, SUPPORTED_UI, UTIL_CRYPTO_RULES, unsupported } from '@interop/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runClients } from './clients.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const PROFILES = fileURLToPath(new URL('../../../../profiles/', import.meta.url));

/** A release as `interop clients` must name it: the upstream repository, tag, and same-source substitutes. */
interface ExpectedRelease {
  readonly repo: string;
  readonly tag: string;
  readonly substitutes: readonly string[];
}

/**
 * What the table must show, read from outside the CLI: each installed profile's release.json
 * (written from the release tag's lockfile), and the profiles without an install of their own as
 * the README's client table lists them (the Chromium realms of Apps and the extension, the two Vault/Signer models).
 */
function expectedReleases(): Map<string, ExpectedRelease> {
  const expected = new Map<string, ExpectedRelease>();
  for (const dir of readdirSync(PROFILES, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const release = JSON.parse(readFileSync(join(PROFILES, dir.name, 'release.json'), 'utf8')) as {
      profile: string;
      repo: string;
      tag: string;
      substitutions: { package: string; shipped: string; installed: string }[];
    };
    expected.set(release.profile, {
      repo: release.repo,
      tag: release.tag,
      substitutes: release.substitutions.map((s) => `${s.package} ${s.installed} for ${s.shipped}`),
    });
  }
  // A Chromium realm runs its release's own install: the same release line as the Node realm.
  for (const id of ['apps@0.171.1', 'extension@0.62.3', 'extension@0.62.2', 'extension@0.55.1']) {
    const release = expected.get(id);
    if (release) expected.set(`${id}-chromium`, release);
  }
  expected.set('signer@7.2.0', { repo: 'novasamatech/parity-signer', tag: 'v7.2.0', substitutes: [] });
  expected.set('signer@4.5.3-beta', { repo: 'novasamatech/parity-signer', tag: 'v4.5.3-beta', substitutes: [] });
  return expected;
}

/** The table's blocks: a header line `<id>  (<realm>)  <description>` and the lines under it. */
function tableBlocks(stdout: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split('\n')) {
    const header = /^(\S+@\S+) {2}\((node|chromium)\) {2}\S/.exec(line);
    if (header) {
      current = [];
      blocks.set(header[1] as string, current);
    } else current?.push(line);
  }
  return blocks;
}

function interop(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 120_000 });
}

/** The shape `clients --json` promises for one entry (issue 2). */
function expectClientEntry(entry: unknown): void {
  expect(entry).toMatchObject({
    id: expect.stringMatching(/^(extension|apps|signer|papi|subwallet)@/),
    client: expect.stringMatching(/^(extension|apps|signer|papi|subwallet)$/),
    version: expect.any(String),
    realm: expect.stringMatching(/^(node|chromium)$/),
    packages: expect.any(Object),
    capabilities: { create: { phrase: expect.any(Object), seed: expect.any(Object) }, backup: expect.any(Object), restore: expect.any(Object) },
  });
  const e = entry as { id: string; client: string; capabilities: { create: { phrase: Record<string, unknown> } } };
  expect(e.id.startsWith(`${e.client}@`)).toBe(true);
  for (const type of KEY_TYPES) expect(e.capabilities.create.phrase[type]).toHaveProperty('supported');
}

describe('interop clients', () => {
  it('--json prints a JSON array of client profiles and exits 0', () => {
    const { status, stdout } = interop('clients', '--json');
    expect(status).toBe(0);
    const list: unknown = JSON.parse(stdout);
    expect(Array.isArray(list)).toBe(true);
    for (const entry of list as unknown[]) expectClientEntry(entry);
    const ids = (list as { id: string }[]).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('without --json prints every registered profile with its release, as release.json and the README state it', () => {
    const { status, stdout } = interop('clients');
    expect(status).toBe(0);
    const blocks = tableBlocks(stdout);
    const expected = expectedReleases();
    // Every profile the suite installs or models is registered, and nothing else.
    expect([...blocks.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, release] of expected) {
      const releaseLine = blocks.get(id)?.find((line) => line.startsWith('  release: '));
      expect(releaseLine, id).toBeDefined();
      expect(releaseLine, id).toContain(`release: ${release.repo} ${release.tag}, `);
      for (const substitute of release.substitutes) expect(releaseLine, id).toContain(substitute);
      if (release.substitutes.length === 0) expect(releaseLine, id).not.toContain('substitutes');
    }
  });
});

describe('runClients with a registered profile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // A fake profile: the real ones are added by the client packages in parallel.
  const fake: ClientFactory = {
    info: {
      id: 'extension@0.0.0-fake',
      client: 'extension',
      version: '0.0.0-fake',
      realm: 'node',
      packages: { '@polkadot/util-crypto': '14.0.3' },
      description: 'a fake for the CLI test',
      release: { repo: 'none', tag: 'fake', pinnedFrom: 'model', note: 'a fake for the CLI test', substitutions: [] },
      traits: { derivation: UTIL_CRYPTO_RULES, phraseDefaults: [{ path: '', type: 'sr25519' }], pathSyntax: 'suri' },
    },
    capabilities: () => ({
      create: { phrase: forAllTypes(SUPPORTED_UI), seed: { ...forAllTypes(SUPPORTED_UI), ed25519: { supported: true, ui: false } } },
      backup: { json: forAllTypes(SUPPORTED_UI) } as never,
      restore: { phrase: { ...forAllTypes(SUPPORTED_UI), ecdsa: unsupported('the popup sends sr25519 or ethereum only', 'extension#697') } } as never,
    }),
    start: () => Promise.reject(new Error('not used')),
  };

  function captured(run: () => number): { code: number; out: string } {
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    const code = run();
    vi.restoreAllMocks();
    return { code, out: chunks.join('') };
  }

  it('--json gives the promised entry shape, reasons included', () => {
    const { code, out } = captured(() => runClients(true, [fake]));
    expect(code).toBe(0);
    const list = JSON.parse(out) as unknown[];
    expect(list).toHaveLength(1);
    expectClientEntry(list[0]);
    expect(JSON.stringify(list[0])).toContain('extension#697');
  });

  it('the table marks UI-reachable, API-only and unsupported cells', () => {
    const { code, out } = captured(() => runClients(false, [fake]));
    expect(code).toBe(0);
    expect(out).toContain('extension@0.0.0-fake');
    expect(out).toMatch(/create seed\s+yes\s+api\s+yes\s+yes/);
    expect(out).toMatch(/restore phrase\s+yes\s+yes\s+no\s+yes/);
  });
});
