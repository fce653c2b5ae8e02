import type { Client } from '@interop/core';
import { DEV_PHRASE } from '@interop/core';
import { SharedScryptMemo, scryptTotals, withScryptMemo } from '@interop/core/rpc';
import { afterEach, describe, expect, it } from 'vitest';
import { appsChromiumFactory, appsNodeFactory } from '../apps-factories.js';

/**
 * The Chromium realm joins a matrix run's scrypt memo through its link (core/rpc/browser-scrypt-link.ts): a
 * keystore the Node realm of the same Apps release wrote and decrypted is decrypted in the page
 * without running scrypt again, and restores the same account; outside a run, nothing is served.
 */
const open: Client[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.dispose()));
});

async function start(factory: typeof appsNodeFactory): Promise<Client> {
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

async function backupAndRestoreInChromium(): Promise<{ restored: string[]; served: number; computed: number }> {
  const node = await start(appsNodeFactory);
  const ref = await node.create(SPEC);
  const artifact = await node.backup(ref, 'json', SPEC.password);
  const page = await start(appsChromiumFactory);
  const before = scryptTotals();
  const restored = await page.restore(artifact, { password: SPEC.password });
  await Promise.all(open.splice(0).map((c) => c.dispose()));
  const after = scryptTotals();
  return { restored: restored.map((i) => `${i.type} ${i.publicKey}`), served: after.served - before.served, computed: after.count - before.count };
}

describe('the Apps Chromium page and the run scrypt memo', () => {
  it('decrypts a keystore the Node realm already decrypted from the memo, with the same result', async () => {
    const plain = await backupAndRestoreInChromium();
    const shared = await withScryptMemo(new SharedScryptMemo(), backupAndRestoreInChromium);
    expect(shared.restored).toEqual(plain.restored);
    expect(shared.restored).toHaveLength(1);
    // Outside a run the page computes both its scrypt evaluations (decrypt, re-encrypt) ...
    expect([plain.served, plain.computed]).toEqual([0, 2]);
    // ... inside one, the decrypt (the Node realm's backup wrote and so computed it) is served.
    expect([shared.served, shared.computed]).toEqual([1, 1]);
  });
});
