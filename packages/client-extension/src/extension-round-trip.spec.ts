import { type AccountRef, type AccountSpec, DEV_PHRASE, expectedPublicKey, KEY_TYPES, type KeyType, KNOWN_ANSWERS, publicKeyOfSs58 } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionClient } from './extension-client.js';
import { EXTENSION_0_62_3 } from './profiles.js';

/** What the extension turns an empty ethereum path into (Extension.ts getSuri, ETH_DERIVE_DEFAULT). */
const ETH_INDEX_0 = "/m/44'/60'/0'/0/0";

const SPECS: Readonly<Record<KeyType, AccountSpec>> = {
  sr25519: { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'sr25519', name: 'Alice sr', password: 'pass-sr25519' },
  ed25519: { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'ed25519', name: 'Alice ed', password: 'pass-ed25519' },
  ecdsa: { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'ecdsa', name: 'Alice ecdsa', password: 'pass-ecdsa' },
  ethereum: { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'ethereum', name: 'eth', password: 'pass-ethereum', genesisHash: '' },
};

/** The key each spec must give: the independent oracle, and the published vector where there is one. */
function expected(type: KeyType): string {
  const spec = SPECS[type];
  if (type === 'ethereum') return expectedPublicKey({ ...spec, path: ETH_INDEX_0 });
  const vector = KNOWN_ANSWERS.find((v) => v.suri === `${DEV_PHRASE}//Alice` && v.type === type);
  const published = vector?.publicKey ?? (vector?.address !== undefined ? publicKeyOfSs58(vector.address) : undefined);
  const oracle = expectedPublicKey(spec);
  expect(published, `published vector for ${type}`).toBe(oracle);
  return oracle;
}

/** Runs `run` on a fresh extension instance, disposed afterwards whatever happens. */
async function intoFreshInstance(run: (target: ExtensionClient) => Promise<void>): Promise<void> {
  const target = await EXTENSION_0_62_3.start();
  try {
    await run(target);
  } finally {
    await target.dispose();
  }
}

describe('round trips through fresh extension instances, every key type', () => {
  let source: ExtensionClient;
  const refs = new Map<KeyType, AccountRef>();

  beforeAll(async () => {
    source = await EXTENSION_0_62_3.start();
    for (const type of KEY_TYPES) refs.set(type, await source.create(SPECS[type]));
  });
  afterAll(async () => {
    await source?.dispose();
  });

  it.each(KEY_TYPES)('%s: create gives the expected key', (type) => {
    expect(refs.get(type)?.identity).toMatchObject({ publicKey: expected(type), type, hasSecret: true, name: SPECS[type].name });
  });

  it.each(KEY_TYPES)('%s: json export -> restore elsewhere gives the same key', async (type) => {
    const ref = refs.get(type)!;
    const artifact = await source.backup(ref, 'json', SPECS[type].password);
    await intoFreshInstance(async (target) => {
      const restored = await target.restore(artifact, { password: SPECS[type].password });
      expect(restored).toEqual([{ publicKey: expected(type), type, hasSecret: true, name: SPECS[type].name, genesisHash: '' }]);
    });
  });

  it.each(KEY_TYPES)('%s: phrase, path and type as written down -> restore elsewhere gives the same key', async (type) => {
    const artifact = await source.backup(refs.get(type)!, 'phrase-path-type', '');
    await intoFreshInstance(async (target) => {
      const restored = await target.restore(artifact, { password: 'new-password' });
      expect(restored.map((i) => [i.publicKey, i.type])).toEqual([[expected(type), type]]);
    });
  });

  it('batch export of all four -> restore elsewhere gives all four keys', async () => {
    const artifact = await source.backup(refs.get('sr25519')!, 'batch-json', 'batch-password');
    expect(artifact.kind).toBe('batch-json');
    await intoFreshInstance(async (target) => {
      const restored = await target.restore(artifact, { password: 'batch-password' });
      const got = restored.map((i) => `${i.type}:${i.publicKey}`).sort();
      expect(got).toEqual(KEY_TYPES.map((t) => `${t}:${expected(t)}`).sort());
    });
  });
});

describe('extension instances are isolated', () => {
  it('two instances never share accounts or storage', async () => {
    // Two instances of its own: accounts other tests create (here or in the source) cannot change what it sees.
    const storedAccounts = async (c: ExtensionClient) => Object.keys(await c.dumpStorage()).filter((k) => k.startsWith('account:'));
    const keysOf = async (c: ExtensionClient) => (await c.accounts()).map((a) => `${a.type}:${a.publicKey}`);
    const first = await EXTENSION_0_62_3.start();
    try {
      await intoFreshInstance(async (second) => {
        await first.create(SPECS.sr25519);
        expect(await keysOf(first)).toEqual([`sr25519:${expected('sr25519')}`]);
        expect(await keysOf(second)).toEqual([]);
        expect(await storedAccounts(second)).toEqual([]);
        await second.create(SPECS.ed25519);
        expect(await keysOf(second)).toEqual([`ed25519:${expected('ed25519')}`]);
        expect(await keysOf(first)).toEqual([`sr25519:${expected('sr25519')}`]);
        expect(await storedAccounts(first)).toHaveLength(1);
      });
    } finally {
      await first.dispose();
    }
  });
});
