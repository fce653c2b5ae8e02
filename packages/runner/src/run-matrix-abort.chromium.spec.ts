import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appsChromiumFactory } from '@interop/client-apps';
import { type ClientFactory, chromiumPath } from '@interop/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runMatrix } from './run-matrix.js';

// npm test installs Chromium first (scripts/setup.sh --browser); without it this cannot run.
describe.skipIf(!existsSync(chromiumPath()))('an interrupted run in Chromium (skipped only when Chromium is not installed)', () => {
  const previous = process.env.TMPDIR;
  // The Apps realm makes its browser profile under the OS temp dir: a private one shows whether it is left behind.
  const temp = mkdtempSync(join(tmpdir(), 'interop-abort-tmp-'));
  afterAll(() => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(temp, { recursive: true, force: true });
  });

  it('closes the browser and removes its temporary profile when the signal comes during a restore', async () => {
    process.env.TMPDIR = temp;
    const controller = new AbortController();
    const seen: string[] = [];
    // The real Chromium client; the signal fires the moment a restore is sent into the page.
    const apps: ClientFactory = {
      ...appsChromiumFactory,
      start: async (options) => {
        const client = await appsChromiumFactory.start(options);
        seen.push(...readdirSync(temp).filter((n) => n.startsWith('interop-apps-chromium-')));
        return new Proxy(client, {
          get(target, property) {
            if (property === 'restore')
              return (...args: Parameters<typeof client.restore>) => {
                const call = target.restore(...args);
                controller.abort();
                return call;
              };
            const value = Reflect.get(target, property, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    };
    const result = await runMatrix({ factories: [apps], methods: ['json'], types: ['sr25519'], runs: 1, seed: 2, divergences: [], signal: controller.signal });
    expect(result.interrupted).toEqual({ inFlight: ['apps@0.171.1-chromium --json--> apps@0.171.1-chromium [sr25519]'] });
    expect(result.cells).toEqual([]);
    expect(seen.length).toBeGreaterThan(0); // a profile existed while the client ran
    expect(readdirSync(temp).filter((n) => n.startsWith('interop-apps-chromium-'))).toEqual([]);
  });
});
