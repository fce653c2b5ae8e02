import type { Client } from '@interop/core';
import { DEV_PHRASE } from '@interop/core';
import { SharedScryptMemo, scryptTotals, withScryptMemo } from '@interop/core/rpc';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTENSION_0_62_3, EXTENSION_0_62_3_CHROMIUM } from '../profiles.js';

/**
 * The MV3 service worker joins a matrix run's scrypt memo (mv3/service-worker-scrypt.ts, seeded and
 * harvested around each popup message by extension-browser.ts): a keystore the Node realm of the
 * same release wrote is decrypted in the worker without running that scrypt again, and restores
 * the same account; outside a run, nothing is served.
 */
const open: Client[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.dispose()));
});

async function start(factory: typeof EXTENSION_0_62_3): Promise<Client> {
  const client = await factory.start();
  open.push(client);
  return client;
}

const SPEC = {
  secret: { kind: 'phrase', phrase: DEV_PHRASE },
  path: '//memo',
  type: 'sr25519',
  name: 'memo',
  password: 'memo-password',
} as const;

async function backupInNodeRestoreInChromium(): Promise<{ restored: string[]; served: number; computed: number }> {
  const node = await start(EXTENSION_0_62_3);
  const ref = await node.create(SPEC);
  const artifact = await node.backup(ref, 'json', SPEC.password);
  const browser = await start(EXTENSION_0_62_3_CHROMIUM);
  const before = scryptTotals();
  const restored = await browser.restore(artifact, { password: SPEC.password });
  await Promise.all(open.splice(0).map((c) => c.dispose()));
  const after = scryptTotals();
  return { restored: restored.map((i) => `${i.type} ${i.publicKey}`), served: after.served - before.served, computed: after.count - before.count };
}

describe('the MV3 service worker and the run scrypt memo', () => {
  it('decrypts a keystore the Node realm of its release wrote from the memo, with the same result', async () => {
    const plain = await backupInNodeRestoreInChromium();
    const shared = await withScryptMemo(new SharedScryptMemo(), backupInNodeRestoreInChromium);
    expect(shared.restored).toEqual(plain.restored);
    expect(shared.restored).toHaveLength(1);
    // Outside a run the worker computes every evaluation of the restore (it counts them: census) ...
    expect(plain.served).toBe(0);
    expect(plain.computed).toBeGreaterThanOrEqual(2);
    // ... inside one, what the Node realm's backup computed (the keystore's own key) is served.
    expect(shared.served).toBeGreaterThanOrEqual(1);
    expect(shared.computed + shared.served).toBe(plain.computed);
  });
});
