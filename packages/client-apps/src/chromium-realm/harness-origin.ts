import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClientError } from '@interop/core';
import type { BrowserContext } from 'playwright-core';
import { HARNESS_DIR } from '../built-files.js';

/**
 * The fixed origin the harness page is served on. Playwright answers every request to it from
 * the apps/apps-harness package (context.route), so nothing leaves the machine, and localStorage
 * belongs to a real https origin — a secure context, as Apps at https://polkadot.js.org/apps is.
 */
export const HARNESS_ORIGIN = 'https://apps-harness.interop.test';

/** URL path -> file of the harness package (the page in public/, the built bundle in dist/). */
const FILES: Readonly<Record<string, { readonly file: string; readonly contentType: string }>> = {
  '/': { file: 'public/index.html', contentType: 'text/html; charset=utf-8' },
  '/index.html': { file: 'public/index.html', contentType: 'text/html; charset=utf-8' },
  '/bundle.js': { file: 'dist/bundle.js', contentType: 'text/javascript; charset=utf-8' },
};

function readHarnessFiles(harnessDir: string): Map<string, Buffer> {
  const bundle = join(harnessDir, 'dist/bundle.js');
  if (!existsSync(bundle)) {
    throw new ClientError('E_INTERNAL', `the Apps harness page is not built (${bundle} is missing): run the build (pnpm exec turbo run build)`);
  }
  const contents = new Map<string, Buffer>();
  for (const { file } of Object.values(FILES)) if (!contents.has(file)) contents.set(file, readFileSync(join(harnessDir, file)));
  return contents;
}

/** Serves the harness on HARNESS_ORIGIN inside `context`; anything else on that origin is a 404. */
export async function serveHarness(context: BrowserContext, harnessDir: string = HARNESS_DIR): Promise<void> {
  const contents = readHarnessFiles(harnessDir);
  await context.route(`${HARNESS_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const entry = FILES[pathname];
    const body = entry === undefined ? undefined : contents.get(entry.file);
    if (entry === undefined || body === undefined) {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      return;
    }
    await route.fulfill({ status: 200, contentType: entry.contentType, body });
  });
}
