import type { AccountSpec } from '../account-spec.js';
import type { ClientFactory } from '../client.js';
import { DEV_PHRASE } from '../known-answers.js';
import { scryptTotals } from '../rpc/scrypt-totals.js';

/** The account both realms' memo specs carry over (the dev phrase; a test password). */
export const MEMO_PROBE_SPEC: AccountSpec = {
  secret: { kind: 'phrase', phrase: DEV_PHRASE },
  path: '//memo',
  type: 'sr25519',
  name: 'memo',
  password: 'memo-password',
};

export interface MemoRestoreProbe {
  /** What the reader restored, as `type publicKey`. */
  readonly restored: readonly string[];
  /** Scrypt evaluations served from the run's memo, and computed, during the reader's restore. */
  readonly served: number;
  readonly computed: number;
}

/**
 * For the browser realms' scrypt memo specs: `writer` creates the probe account and backs it up as
 * a keystore, `reader` (a fresh instance) restores it, and the scrypt census of that restore is
 * returned. Run it inside `withScryptMemo` and outside to compare. Both instances are disposed.
 */
export async function memoRestoreProbe(writer: ClientFactory, reader: ClientFactory): Promise<MemoRestoreProbe> {
  const maker = await writer.start();
  const opened = [maker];
  try {
    const ref = await maker.create(MEMO_PROBE_SPEC);
    const artifact = await maker.backup(ref, 'json', MEMO_PROBE_SPEC.password);
    const restorer = await reader.start();
    opened.push(restorer);
    const before = scryptTotals();
    const restored = await restorer.restore(artifact, { password: MEMO_PROBE_SPEC.password });
    await Promise.all(opened.splice(0).map((c) => c.dispose()));
    const after = scryptTotals();
    return { restored: restored.map((i) => `${i.type} ${i.publicKey}`), served: after.served - before.served, computed: after.count - before.count };
  } finally {
    await Promise.all(opened.map((c) => c.dispose().catch(() => undefined)));
  }
}
