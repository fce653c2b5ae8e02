import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '@interop/core';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fakeFactory } from '../fakes/fake-client.js';
import { runMatrix } from '../run-matrix.js';
import { renderHtml } from './html.js';
import { buildReport } from './report-json.js';

// npm test installs Chromium first (scripts/setup.sh --browser); without it this cannot run.
describe.skipIf(!existsSync(chromiumPath()))('HTML report in Chromium (skipped only when Chromium is not installed)', () => {
  it('renders one grid per method and shows a cell’s details on click', async () => {
    const factories = [
      fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' }),
      fakeFactory({ id: 'fake-wrong@1', behaviour: 'always-wrong', methods: ['raw-seed'] }),
    ];
    const result = await runMatrix({ factories, runs: 1, seed: 1, methods: ['raw-seed', 'phrase-path-type'], types: ['sr25519', 'ecdsa'], divergences: [] });
    const report = buildReport(result, factories, undefined);
    const dir = mkdtempSync(join(tmpdir(), 'interop-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(report));
    const userDataDir = join(dir, 'profile');
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      expect(await page.locator('table.grid').count()).toBe(2);
      expect(await page.locator('table.grid[data-method="raw-seed"] .sq').count()).toBe(8);
      const failing = page.locator('.sq[data-status="fail"]').first();
      await failing.click();
      const details = await page.locator('#details').textContent();
      expect(details).toContain('status: fail');
      expect(details).toContain('fake-wrong@1');
      expect(details).toMatch(/expected: .*\n.*actual: /s);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
