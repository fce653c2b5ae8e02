import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath, type Hex, UTIL_CRYPTO_RULES } from '@interop/core';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnownDivergence } from '../divergences/divergence.js';
import { fakeFactory } from '../fakes/fake-client.js';
import { runMatrix } from '../run-matrix.js';
import { hostileReport } from './testing/hostile-report.js';
import { reportOf, TEST_META } from './testing/test-report.js';
import { writeReports } from './write-reports.js';

/** Screenshots land beside the package's other test output (.vitest/ is not committed). */
const OUTPUT = fileURLToPath(new URL('../../.vitest/report-html/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ISSUE = 'https://github.com/polkadot-js/extension/issues/697';
const SCENARIO = 'scenarios/bugs/extension-ed25519-phrase.json';
const REPOSITORY = 'https://github.com/example/interop';
const COMMIT = 'c0ffee'.padEnd(40, '0');

const honest = fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' });
// Its traits carry a marker (one BIP39 round) so the test record below can recognise it by traits alone.
const MARKED = { ...UTIL_CRYPTO_RULES, bip39SeedRounds: 1 };
const wrong = fakeFactory({ id: 'fake-wrong@1', behaviour: 'always-wrong', methods: ['raw-seed', 'phrase-path-type'], claims: MARKED });
const flipLastByte = (hex: Hex): Hex => `${hex.slice(0, -2)}${((Number.parseInt(hex.slice(-2), 16) ^ 1) & 0xff).toString(16).padStart(2, '0')}` as Hex;
const factories = [honest, wrong];
// json: no fake supports it, so its section is all unsupported and folded away.
const selection = { methods: ['raw-seed', 'phrase-path-type', 'json'], types: ['sr25519', 'ecdsa'] } as const;
const divergences: KnownDivergence[] = [
  {
    id: 'fake-wrong-phrase',
    claim: 'the wrong fake restores phrases to another key (documented)',
    sources: [ISSUE],
    scenario: SCENARIO,
    predict: ({ method, target, sourceKey }) =>
      method === 'phrase-path-type' && target.derivation.bip39SeedRounds === 1
        ? { kind: 'keys', keys: [{ publicKey: flipLastByte(sourceKey.publicKey), type: sourceKey.type }] }
        : undefined,
  },
];

/** Rows the filters let through (a row inside a folded section is let through, though not on screen). */
async function shownRows(page: Page, verdict: string): Promise<number> {
  return page.locator(`tr.cell[data-verdict="${verdict}"]:not([hidden])`).count();
}

// npm test installs Chromium first (scripts/setup.sh --browser); without it this cannot run.
describe.skipIf(!existsSync(chromiumPath()))('the HTML report in Chromium (skipped only when Chromium is not installed)', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  const errors: string[] = [];

  beforeAll(async () => {
    const result = await runMatrix({ factories, runs: 1, seed: 1, ...selection, divergences });
    const report = reportOf(result, factories, selection, { ...TEST_META, repository: REPOSITORY, git: { commit: COMMIT, dirty: false } });
    dir = mkdtempSync(join(tmpdir(), 'interop-html-'));
    writeReports(join(dir, 'report'), report);
    writeReports(join(dir, 'hostile'), hostileReport());
    url = pathToFileURL(join(dir, 'report', 'report.html')).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
    // This machine has no network: answer the upstream address so a click can be followed.
    await context.route('https://github.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>upstream issue</title>' }));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    mkdirSync(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens with the verdict, the run’s metadata and an overview source x target grid', async () => {
    await page.goto(url);
    await expect(page.locator('.verdict').textContent()).resolves.toBe('✗ RED — 4 fail');
    await expect(page.locator('.facts').textContent()).resolves.toContain(COMMIT);
    const overview = page.locator('table.overview');
    expect(await overview.count()).toBe(1);
    expect(await overview.locator('thead th').allTextContents()).toEqual(['source \\ target', 'fake-honest@1', 'fake-wrong@1']);
    const honestToWrong = overview.locator('td[data-source="fake-honest@1"][data-target="fake-wrong@1"]');
    expect(await honestToWrong.locator('li').allTextContents()).toEqual(['phrase-path-type ~ sr25519 ~ ecdsa', 'raw-seed ✗ sr25519 ✗ ecdsa']);
    await expect(honestToWrong.locator('.muted').textContent()).resolves.toBe('unsupported: json');
    expect(await page.locator('section.method[data-method="json"] details').getAttribute('open')).toBeNull();
    expect(await page.locator('section.method[data-method="raw-seed"] details').getAttribute('open')).toBe('');
    await page.screenshot({ path: join(OUTPUT, 'overview.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('a known divergence links to its upstream issue and its scenario file at the commit, and the link opens the issue', async () => {
    await page.goto(url);
    const row = page.locator('tr.cell[data-verdict="known-divergence"]').first();
    expect(await row.locator('a.upstream').getAttribute('href')).toBe(ISSUE);
    expect(await row.locator('a.scenario').getAttribute('href')).toBe(`${REPOSITORY}/blob/${COMMIT}/${SCENARIO}`);
    await row.locator('a.upstream').click();
    await page.waitForURL(ISSUE);
    expect(page.url()).toBe(ISSUE);
  });

  it('filters hide unsupported cells (by default, and when unticked from the keyboard) and narrow by client, method and key type', async () => {
    await page.goto(url);
    const unsupported = await page.locator('tr.cell[data-verdict="unsupported"]').count();
    expect(unsupported).toBeGreaterThan(0);
    expect(await shownRows(page, 'unsupported')).toBe(0);
    const box = page.locator('input[name="verdict"][value="unsupported"]');
    await box.focus();
    await page.keyboard.press('Space');
    expect(await shownRows(page, 'unsupported')).toBe(unsupported);
    await page.keyboard.press('Space');
    expect(await shownRows(page, 'unsupported')).toBe(0);
    await expect(page.locator('#shown').textContent()).resolves.toContain('Unsupported cells are hidden');
    await page.selectOption('select[name="method"]', 'raw-seed');
    await page.selectOption('select[name="type"]', 'ecdsa');
    expect(await page.locator('tr.cell:visible').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-method'), r.getAttribute('data-type')]))).toEqual([
      ['raw-seed', 'ecdsa'],
      ['raw-seed', 'ecdsa'],
      ['raw-seed', 'ecdsa'],
      ['raw-seed', 'ecdsa'],
    ]);
    await page.screenshot({ path: join(OUTPUT, 'filtered.png'), fullPage: true });
  });

  it('a permalink opens its cell even when filters hide it, and every cell has a copyable rerun command', async () => {
    await page.goto(url);
    const id = await page.locator('tr.cell[data-verdict="unsupported"]').first().getAttribute('id');
    await page.goto(`${url}#${id}`);
    const row = page.locator(`tr[id="${id}"]`);
    expect(await row.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe(id);
    const command = await row.locator('td.cmd code').first().textContent();
    expect(command).toMatch(/^pnpm -s interop matrix --clients \S+ .*--methods \S+ --types \S+ --runs 1 --seed 1$/);
    await row.locator('button.copy').first().click();
    // The page writes the status when the clipboard's promise settles, after the click returns: wait for it.
    await expect.poll(() => page.locator('#copied').textContent(), { timeout: 10_000 }).toMatch(/^(Copied: pnpm -s interop matrix|Selected)/);
  });

  it('is reachable by keyboard: Tab reaches the filters, the overview links, the permalinks and the copy buttons', async () => {
    await page.goto(url);
    const reached = new Set<string>();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}.${document.activeElement?.className.split(' ')[0] ?? ''}`));
    }
    for (const element of ['a.chip', 'input.', 'select.', 'a.perma', 'button.copy', 'summary.']) expect([...reached]).toContain(element);
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    await page.goto(url);
    await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('a hostile report runs no script of its own, and both junit.xml files parse as XML', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, 'hostile', 'report.html')).href);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.locator('tr.cell').first().hover();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'hostile.png'), fullPage: true });
    for (const name of ['report', 'hostile']) {
      const xml = readFileSync(join(dir, name, 'junit.xml'), 'utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, cases: doc.querySelectorAll('testcase').length };
      }, xml);
      expect(parsed.error, name).toBeNull();
      expect(parsed.cases, name).toBeGreaterThan(0);
    }
  });
});
