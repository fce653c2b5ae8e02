import { SharedScryptMemo, withScryptMemo } from '@interop/core/rpc';
import { memoRestoreProbe } from '@interop/core/testing';
import { describe, expect, it } from 'vitest';
import { EXTENSION_0_62_3, EXTENSION_0_62_3_CHROMIUM } from '../profiles.js';

/**
 * The MV3 service worker joins a matrix run's scrypt memo (mv3/service-worker-scrypt.ts, seeded and
 * harvested around each popup message by extension-browser.ts): a keystore the Node realm of the
 * same release wrote is decrypted in the worker without running that scrypt again, and restores
 * the same account; outside a run, nothing is served.
 */
describe('the MV3 service worker and the run scrypt memo', () => {
  it('decrypts a keystore the Node realm of its release wrote from the memo, with the same result', async () => {
    const probe = () => memoRestoreProbe(EXTENSION_0_62_3, EXTENSION_0_62_3_CHROMIUM);
    const plain = await probe();
    const shared = await withScryptMemo(new SharedScryptMemo(), probe);
    expect(shared.restored).toEqual(plain.restored);
    expect(shared.restored).toHaveLength(1);
    // Outside a run the worker computes both evaluations of the restore (decrypt, re-encrypt) ...
    expect([plain.served, plain.computed]).toEqual([0, 2]);
    // ... inside one, the decrypt (the Node realm's backup wrote and so computed it) is served.
    expect([shared.served, shared.computed]).toEqual([1, 1]);
  });
});
