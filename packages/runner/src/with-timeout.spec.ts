import { callTimeoutMs } from '@interop/core/rpc';
import { describe, expect, it } from 'vitest';
import { withCallLimit } from './with-timeout.js';

describe('withCallLimit', () => {
  it('gives the realm that runs the call the same limit (a worker reads it, not its own 120 s)', async () => {
    const seen = await withCallLimit(240_000, 'restore', async () => callTimeoutMs(120_000));
    expect(seen).toBe(240_000);
    expect(callTimeoutMs(120_000)).toBe(120_000); // only inside the call
  });

  it('ends a call that takes longer than the limit with E_TIMEOUT', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withCallLimit(20, 'restore', () => never)).rejects.toMatchObject({ code: 'E_TIMEOUT' });
  });
});
