import type { StartOptions, Support } from '@interop/core';
import { describe, expect, it } from 'vitest';
import { heldTypes, setupFor } from './start-setup.js';

const ok = (setup?: StartOptions): Support => ({ supported: true, ui: true, ...(setup ? { setup } : {}) });

describe('setupFor', () => {
  it('nothing to set up: undefined', () => {
    expect(setupFor(ok(), { supported: false, reason: 'no' })).toBeUndefined();
  });

  it("keeps the network a capability needs (Apps' ethereum keys: an Ethereum chain)", () => {
    expect(setupFor(ok({ network: 'moonbeam' }))).toEqual({ network: 'moonbeam' });
  });

  it('merges add_specs without repeats, and keeps the first network', () => {
    const ed = { network: 'polkadot', encryption: 'ed25519' } as const;
    const eth = { network: 'polkadot', encryption: 'ethereum' } as const;
    expect(setupFor(ok({ addSpecs: [ed] }), ok({ addSpecs: [ed, eth], network: 'kusama' }), ok({ network: 'moonbeam' }))).toEqual({
      network: 'kusama',
      addSpecs: [ed, eth],
    });
  });

  it('an ethereum spec holds ecdsa keys', () => {
    expect(heldTypes({ addSpecs: [{ network: 'polkadot', encryption: 'ethereum' }] })).toEqual(['ecdsa']);
  });
});
