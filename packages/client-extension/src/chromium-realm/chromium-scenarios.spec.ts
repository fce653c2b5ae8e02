import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The bug scenarios of the extension replayed in Chromium (scenarios/bugs/*.chromium.json) are
 * the Node realm's scenarios with only the client changed: same steps, same recorded observation.
 * The runner's bug library replays both (packages/runner/src/scenario/bug-library.spec.ts), so the
 * two realms give the same results on them or the run goes red.
 */
const LIBRARY = fileURLToPath(new URL('../../../../scenarios/bugs/', import.meta.url));
const NODE = 'extension@0.62.3';
const CHROMIUM = 'extension@0.62.3-chromium';

interface Scenario {
  readonly title: string;
  readonly clients: readonly string[];
  readonly steps: readonly { readonly client?: string }[];
  readonly [key: string]: unknown;
}

const read = (file: string): Scenario => JSON.parse(readFileSync(join(LIBRARY, file), 'utf8')) as Scenario;
const copies = readdirSync(LIBRARY).filter((f) => f.endsWith('.chromium.json'));

describe('the extension’s bug scenarios in Chromium', () => {
  it('exist for the scenarios where the extension itself is observed', () => {
    expect(copies.sort()).toEqual([
      'extension-batch-keeps-account-passwords.chromium.json',
      'extension-batch-preview-public-key.chromium.json',
      'extension-preview-trusts-address-field.chromium.json',
      'vault-ecdsa-public-key-qr-extension.chromium.json',
      'vault-soft-secret-qr-extension.chromium.json',
    ]);
  });

  it.each(copies.map((f) => [f] as const))('%s is its Node scenario with the client changed, and nothing else', (file) => {
    const copy = read(file);
    const original = read(file.replace(/\.chromium\.json$/, '.json'));
    const swap = (client: string | undefined) => (client === NODE ? CHROMIUM : client);
    expect(copy).toEqual({
      ...original,
      title: `${original.title} (the MV3 extension in Chromium)`,
      clients: original.clients.map(swap),
      steps: original.steps.map((step) => (step.client === undefined ? step : { ...step, client: swap(step.client) })),
    });
    expect(JSON.stringify(copy)).not.toContain(`"${NODE}"`);
  });

  // A worker stopped between backup, restore and read-back keeps every account: that is no bug, so it
  // is pinned by service-worker-lifecycle.chromium.spec.ts, not kept in the bug library.
  it('include the service worker stopped by force in a batch restore', () => {
    const s = read('extension-chromium-batch-restore-stopped-midway.json');
    expect(s.clients).toEqual([CHROMIUM]);
    expect(JSON.stringify(s.steps)).toContain('"method":"restoreStoppingWorker"');
    expect(JSON.stringify(s.steps)).toContain('"method":"dumpStorage"');
  });
});
