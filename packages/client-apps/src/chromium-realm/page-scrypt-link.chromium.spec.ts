import { SharedScryptMemo, withScryptMemo } from '@interop/core/rpc';
import { memoRestoreProbe } from '@interop/core/testing';
import { describe, expect, it } from 'vitest';
import { appsChromiumFactory, appsNodeFactory } from '../apps-factories.js';

/**
 * The Chromium realm joins a matrix run's scrypt memo through its link (core/rpc/browser-scrypt-link.ts): a
 * keystore the Node realm of the same Apps release wrote and decrypted is decrypted in the page
 * without running scrypt again, and restores the same account; outside a run, nothing is served.
 */
describe('the Apps Chromium page and the run scrypt memo', () => {
  it('decrypts a keystore the Node realm already decrypted from the memo, with the same result', async () => {
    const probe = () => memoRestoreProbe(appsNodeFactory, appsChromiumFactory);
    const plain = await probe();
    const shared = await withScryptMemo(new SharedScryptMemo(), probe);
    expect(shared.restored).toEqual(plain.restored);
    expect(shared.restored).toHaveLength(1);
    // Outside a run the page computes both its scrypt evaluations (decrypt, re-encrypt) ...
    expect([plain.served, plain.computed]).toEqual([0, 2]);
    // ... inside one, the decrypt (the Node realm's backup wrote and so computed it) is served.
    expect([shared.served, shared.computed]).toEqual([1, 1]);
  });
});
