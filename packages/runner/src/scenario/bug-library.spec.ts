import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AccountSpec, type DerivationRules, expectedPublicKey } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_DIVERGENCES } from '../divergences/table.js';
import type { BugScenario } from './scenario.js';

/**
 * The bug library (scenarios/bugs/) replayed through the built CLI, as CI and a user run it:
 * `interop scenario scenarios/bugs --json`. Every scenario must still reproduce what it records
 * (the observation was taken once from the real clients) and name its upstream source.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = join(ROOT, 'apps/cli/dist/main.js');
const LIBRARY = join(ROOT, 'scenarios/bugs');

interface ReplayLine {
  readonly file: string;
  readonly title?: string;
  readonly kind?: string;
  readonly links?: readonly string[];
  readonly status: 'reproduces' | 'no-longer-reproduces' | 'broken';
  readonly detail: string;
}
interface ReplayReport {
  readonly results: readonly ReplayLine[];
  readonly counts: Readonly<Record<ReplayLine['status'], number>>;
}

/**
 * Replaying the whole library runs every scenario's clients (scrypt, workers, Chromium): about
 * five minutes on 2 loaded cores. A child that hangs is killed at its limit, and the hook or test
 * that waits for it has a longer one, so the child never outlives the test that started it.
 */
const LIBRARY_LIMIT_MS = 1_100_000;
const ONE_SCENARIO_LIMIT_MS = 180_000;
const MARGIN_MS = 60_000;

function interop(limitMs: number, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: limitMs }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** One value of an observation stated by a source other than this harness (scenario.schema.json `independentValue`). */
interface IndependentValue {
  readonly at: string;
  readonly equals: unknown;
  readonly source: string;
  readonly oracle?: { readonly spec: Pick<AccountSpec, 'secret' | 'path' | 'type'>; readonly rules: DerivationRules; readonly record?: string };
}
type LibraryScenario = BugScenario & { readonly independent?: readonly IndependentValue[] };

/** The value at an RFC 6901 JSON pointer, or undefined when the path leads nowhere. */
function atPointer(root: unknown, pointer: string): unknown {
  let value = root;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, token)) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

const files = readdirSync(LIBRARY)
  .filter((f) => f.endsWith('.json'))
  .sort();
const scenarios = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(LIBRARY, f), 'utf8')) as LibraryScenario]));

describe('the bug library, replayed by `interop scenario scenarios/bugs --json`', () => {
  let run: { code: number; stdout: string; stderr: string };
  let report: ReplayReport;
  beforeAll(async () => {
    expect(existsSync(MAIN), `${MAIN} is missing: build first (npm run setup)`).toBe(true);
    run = await interop(LIBRARY_LIMIT_MS, 'scenario', 'scenarios/bugs', '--json');
    report = JSON.parse(run.stdout) as ReplayReport;
  }, LIBRARY_LIMIT_MS + MARGIN_MS);

  it('exits 0 with every scenario reproducing (none fixed upstream, none broken)', () => {
    const notReproducing = report.results.filter((r) => r.status !== 'reproduces').map((r) => `${r.file}: ${r.status}: ${r.detail}`);
    expect(notReproducing).toEqual([]);
    expect(run.code).toBe(0);
    expect(report.counts).toEqual({ reproduces: files.length, 'no-longer-reproduces': 0, broken: 0 });
  });

  it('replays every file of the library, each a bug with an upstream link', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(report.results.map((r) => r.file.split('/').pop()).sort()).toEqual(files);
    for (const r of report.results) {
      expect(r.kind, r.file).toBe('bug');
      expect(
        (r.links ?? []).some((l) => /^https:\/\/github\.com\/(polkadot-js|novasamatech|paritytech|Koniverse)\//.test(l)),
        `${r.file} names no upstream link`,
      ).toBe(true);
    }
  });

  it('covers at least twelve distinct upstream bugs (first links differ)', () => {
    const firstLinks = new Set([...scenarios.values()].map((s) => s.links[0]));
    expect(firstLinks.size).toBeGreaterThanOrEqual(12);
  });

  it('records, for each scenario, what the user observes: accounts, the exact error text, or a value', () => {
    for (const [file, s] of scenarios) {
      const o = s.observed;
      expect(
        s.steps.some((step) => step.as === o.step),
        `${file}: observed step '${o.step}' is not a step`,
      ).toBe(true);
      expect(o.error !== undefined || o.accounts !== undefined || 'value' in o, file).toBe(true);
      if (o.error) expect(o.error.message.length, file).toBeGreaterThan(5);
      expect(s.correct.length, file).toBeGreaterThan(20);
      for (const client of new Set(s.steps.flatMap((step) => ('client' in step ? [step.client] : [])))) expect(s.clients, file).toContain(client);
    }
  });

  it('holds the scenario files the known-divergence table cites', () => {
    const cited = KNOWN_DIVERGENCES.map((d) => d.scenario);
    expect(cited).toEqual(
      expect.arrayContaining([
        'scenarios/bugs/vault-network-key-phrase-only.json',
        'scenarios/bugs/extension-ed25519-phrase.json',
        'scenarios/bugs/extension-ethereum-index-0.json',
      ]),
    );
    for (const path of cited) {
      const line = report.results.find((r) => join(ROOT, r.file) === join(ROOT, path) || r.file.endsWith(path));
      expect(line?.status, `${path} is cited by a record in divergences/records`).toBe('reproduces');
    }
  });
});

/**
 * The observations above were recorded through this harness, so the replay alone would keep a
 * harness mistake forever. Where a source outside it states the outcome (a published vector, an
 * upstream issue or line, or the independent oracle under the rules a divergence record names),
 * the scenario carries that value as `independent`, and the recorded observation must equal it.
 */
describe('the bug library against independent values', () => {
  it('every scenario that observes accounts carries an independent value for each of them', () => {
    for (const [file, s] of scenarios) {
      const accounts = s.observed.accounts;
      if (accounts === undefined) continue;
      const covered = new Set((s.independent ?? []).map((v) => v.at));
      if (accounts.length === 0) expect(covered, file).toContain('/accounts');
      else for (const i of accounts.keys()) expect(covered, `${file}: account ${i}`).toContain(`/accounts/${i}/publicKey`);
    }
  });

  it('every recorded observation equals the independent values its scenario carries', () => {
    let checked = 0;
    for (const [file, s] of scenarios) {
      for (const v of s.independent ?? []) {
        expect(atPointer(s.observed, v.at), `${file} ${v.at} (${v.source})`).toEqual(v.equals);
        checked += 1;
      }
    }
    // Most of the library is pinned this way (the rest observe a client's own wording of a UI rule).
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('each oracle value is what the oracle computes under the rules it names, and each named record exists', () => {
    const records = new Set(KNOWN_DIVERGENCES.map((d) => d.id));
    let computed = 0;
    for (const [file, s] of scenarios) {
      for (const v of s.independent ?? []) {
        if (v.oracle === undefined) continue;
        expect(expectedPublicKey(v.oracle.spec, v.oracle.rules), `${file} ${v.at}`).toBe(v.equals);
        if (v.oracle.record !== undefined) expect(records, `${file} ${v.at}`).toContain(v.oracle.record);
        computed += 1;
      }
    }
    expect(computed).toBeGreaterThanOrEqual(15);
  });
});

describe('a scenario whose recorded observation no longer matches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interop-bug-library-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is reported as no longer reproducing, and the run exits 1', { timeout: ONE_SCENARIO_LIMIT_MS + MARGIN_MS }, async () => {
    // The same steps as the library's file, with another error text recorded: the replay compares
    // against what the file says, so a client that changed its answer turns the run red.
    const original = scenarios.get('extension-ethereum-index-0.json');
    expect(original).toBeDefined();
    const altered = { ...original, observed: { step: original?.observed.step, error: { message: 'a text the extension never says' } } };
    writeFileSync(join(dir, 'altered.json'), JSON.stringify(altered));
    const { code, stdout } = await interop(ONE_SCENARIO_LIMIT_MS, 'scenario', join(dir, 'altered.json'), '--json');
    const report = JSON.parse(stdout) as ReplayReport;
    expect(report.results[0]).toMatchObject({ status: 'no-longer-reproduces', detail: expect.stringContaining('Invalid derivation path') });
    expect(code).toBe(1);
  });
});
