import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

function interop(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 1_100_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const files = readdirSync(LIBRARY)
  .filter((f) => f.endsWith('.json'))
  .sort();
const scenarios = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(LIBRARY, f), 'utf8')) as BugScenario]));

describe('the bug library, replayed by `interop scenario scenarios/bugs --json`', () => {
  let run: { code: number; stdout: string; stderr: string };
  let report: ReplayReport;
  beforeAll(async () => {
    expect(existsSync(MAIN), `${MAIN} is missing: build first (npm run setup)`).toBe(true);
    run = await interop('scenario', 'scenarios/bugs', '--json');
    report = JSON.parse(run.stdout) as ReplayReport;
    // The whole library starts dozens of client instances (Chromium among them): a hang limit, not a timing.
  }, 1_200_000);

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

describe('a scenario whose recorded observation no longer matches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interop-bug-library-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is reported as no longer reproducing, and the run exits 1', async () => {
    // The same steps as the library's file, with another error text recorded: the replay compares
    // against what the file says, so a client that changed its answer turns the run red.
    const original = scenarios.get('extension-ethereum-index-0.json');
    expect(original).toBeDefined();
    const altered = { ...original, observed: { step: original?.observed.step, error: { message: 'a text the extension never says' } } };
    writeFileSync(join(dir, 'altered.json'), JSON.stringify(altered));
    const { code, stdout } = await interop('scenario', join(dir, 'altered.json'), '--json');
    const report = JSON.parse(stdout) as ReplayReport;
    expect(report.results[0]).toMatchObject({ status: 'no-longer-reproduces', detail: expect.stringContaining('Invalid derivation path') });
    expect(code).toBe(1);
  });
});
