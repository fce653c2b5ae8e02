import { type AccountSpec, type ClientFactory, DEV_PHRASE } from '@interop/core';
import { SharedScryptMemo, scryptTotals, withScryptMemo } from '@interop/core/rpc';
import { describe, expect, it } from 'vitest';
import { CLIENT_FACTORIES } from './registry.js';

/**
 * Each browser realm joins a matrix run's scrypt memo through its link (core/rpc/browser-scrypt-link.ts):
 * the Apps harness page (seeded and harvested around each call, launch-browser-profile.ts) and the
 * extension's MV3 service worker (mv3/service-worker-scrypt.ts, around each popup message,
 * extension-browser.ts). A keystore the Node realm of the same release wrote is decrypted in the
 * browser without running that scrypt again, and restores the same account; outside a run,
 * nothing is served.
 */
const SPEC: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//memo', type: 'sr25519', name: 'memo', password: 'memo-password' };

function profile(id: string): ClientFactory {
  const factory = CLIENT_FACTORIES.find((f) => f.info.id === id);
  if (factory === undefined) throw new Error(`no profile ${id} in the registry`);
  return factory;
}

/** `writer` backs the account up as a keystore, a fresh `reader` restores it: what came back, and the restore's scrypt census. */
async function restoreInBrowser(writer: ClientFactory, reader: ClientFactory): Promise<{ restored: string[]; served: number; computed: number }> {
  const maker = await writer.start();
  const opened = [maker];
  try {
    const artifact = await maker.backup(await maker.create(SPEC), 'json', SPEC.password);
    const browser = await reader.start();
    opened.push(browser);
    const before = scryptTotals();
    const restored = await browser.restore(artifact, { password: SPEC.password });
    // Disposed before reading the totals: the realm's census comes in with its last answer.
    await Promise.all(opened.splice(0).map((c) => c.dispose()));
    const after = scryptTotals();
    return { restored: restored.map((i) => `${i.type} ${i.publicKey}`), served: after.served - before.served, computed: after.count - before.count };
  } finally {
    await Promise.all(opened.map((c) => c.dispose().catch(() => undefined)));
  }
}

describe.each([
  ['the Apps Chromium page', 'apps@0.171.1', 'apps@0.171.1-chromium'],
  ['the MV3 service worker', 'extension@0.62.3', 'extension@0.62.3-chromium'],
])('%s and the run scrypt memo', (_realm, node, chromium) => {
  it('decrypts a keystore the Node realm of its release wrote from the memo, with the same result', async () => {
    const probe = () => restoreInBrowser(profile(node), profile(chromium));
    const plain = await probe();
    const shared = await withScryptMemo(new SharedScryptMemo(), probe);
    expect(shared.restored).toEqual(plain.restored);
    expect(shared.restored).toHaveLength(1);
    // Outside a run the browser computes both evaluations of the restore (decrypt, re-encrypt) ...
    expect([plain.served, plain.computed]).toEqual([0, 2]);
    // ... inside one, the decrypt (the Node realm's backup wrote and so computed it) is served.
    expect([shared.served, shared.computed]).toEqual([1, 1]);
  });
});
