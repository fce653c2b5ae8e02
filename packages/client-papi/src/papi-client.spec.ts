import { test as fcTest } from '@fast-check/vitest';
import { type AccountSpec, type Client, DEV_PHRASE, expectedPublicKey, HDKD_RULES, type KeyType, toErrorInfo, UTIL_CRYPTO_RULES } from '@interop/core';
import { accountSpecArb } from '@interop/core/arbitraries';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPI_0_0_28 } from './profiles.js';

const dev = (path: string, type: KeyType = 'sr25519'): AccountSpec => ({
  secret: { kind: 'phrase', phrase: DEV_PHRASE },
  path,
  type,
  name: 'n',
  password: 'p',
});

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return toErrorInfo(error).code;
  }
  return 'accepted';
}

describe('papi@0.0.28: polkadot-api key stack in a worker', () => {
  let client: Client;
  beforeAll(async () => {
    client = await PAPI_0_0_28.start();
  });
  afterAll(async () => {
    await client?.dispose();
  });

  /** hdkd's own published subkey answers (polkadot-labs/hdkd hdkd-v0.0.28 packages/hdkd/test/subkey-inspect-test-cases.json). */
  it.each([
    ['//Alice', 'sr25519', '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d'],
    ['//Alice///password', 'sr25519', '0x32fc18294f88e02ec071e59bb3996aa21f4519d92593dc6e01fda2921d459b23'],
    ['//Alice/foo//bar', 'sr25519', '0x964be39cf833c7575b3bd2c903c25e7da40db799457f58f04f0d050bfdd44568'],
    ['//Alice///password', 'ed25519', '0x2818a78aba524c30f6054d7bf23dd78bc2d20c4111d00f6ba56a060e97e0d8d4'],
    ['//Alice//0', 'ecdsa', '0x03ca2e6606a5c42b9671765ff60aaa98c3033ab0fb155f08afa884343def0857f0'],
  ] as const)('creates DEV%s (%s) as subkey does', async (path, type, publicKey) => {
    const ref = await client.create(dev(path, type));
    expect(ref.identity).toMatchObject({ publicKey, type, hasSecret: true });
  });

  it.each(['//0x1234', '//4294967296', '//-1', '//a///caf\u00e9', '//a///\ufb01'])(
    'creates DEV%s as the oracle under its own rules, not util-crypto',
    async (path) => {
      const ref = await client.create(dev(path));
      expect(ref.identity.publicKey).toBe(expectedPublicKey(dev(path), HDKD_RULES));
      expect(ref.identity.publicKey).not.toBe(expectedPublicKey(dev(path), UTIL_CRYPTO_RULES));
    },
  );

  it('backs up what a script keeps and derives it again; a phrase alone is the root sr25519 key', async () => {
    const spec = dev('//polkadot//0', 'ed25519');
    const ref = await client.create(spec);
    const kept = await client.backup(ref, 'phrase-path-type', spec.password);
    expect(kept).toEqual({ kind: 'phrase', phrase: DEV_PHRASE, path: '//polkadot//0', type: 'ed25519' });
    expect(await client.restore(kept, {})).toEqual([{ publicKey: ref.identity.publicKey, type: 'ed25519', hasSecret: true }]);
    const alone = await client.restore(await client.backup(ref, 'phrase', spec.password), {});
    expect(alone).toEqual([{ publicKey: '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a', type: 'sr25519', hasSecret: true }]);
  });

  it('a raw seed is the mini-secret itself', async () => {
    const seed = {
      secret: { kind: 'seed', seed: '0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e' },
      path: '//Alice',
      type: 'sr25519',
      name: 's',
      password: 'p',
    } as const;
    const ref = await client.create(seed);
    expect(ref.identity.publicKey).toBe('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
    expect(await client.restore(await client.backup(ref, 'raw-seed', 'p'), {})).toEqual([
      { publicKey: ref.identity.publicKey, type: 'sr25519', hasSecret: true },
    ]);
  });

  it('refuses with coded errors: a bad phrase, soft ed25519/ecdsa, long junction text, ethereum, keystores, unknown accounts', async () => {
    expect(await refusal(() => client.create({ ...dev(''), secret: { kind: 'phrase', phrase: 'bottom drive obey lake' } }))).toBe('E_PHRASE_INVALID');
    expect(await refusal(() => client.create({ ...dev(''), secret: { kind: 'phrase', phrase: DEV_PHRASE.replace('walk', 'wall') } }))).toBe('E_PHRASE_INVALID');
    expect(await refusal(() => client.create(dev('/soft', 'ed25519')))).toBe('E_PATH_INVALID');
    expect(await refusal(() => client.create(dev('//a/soft', 'ecdsa')))).toBe('E_PATH_INVALID');
    expect(await refusal(() => client.create(dev(`//${'x'.repeat(40)}`)))).toBe('E_PATH_INVALID');
    expect(await refusal(() => client.create(dev('', 'ethereum')))).toBe('E_UNSUPPORTED');
    expect(await refusal(() => client.restore({ kind: 'secret-qr', payload: 'secret:0x00:00' }, {}))).toBe('E_UNSUPPORTED');
    expect(await refusal(() => client.backup({ handle: 'nope', identity: { publicKey: '0x00', type: 'sr25519', hasSecret: true } }, 'phrase', 'p'))).toBe(
      'E_NOT_FOUND',
    );
    const ref = await client.create(dev('//a'));
    expect(await refusal(() => client.backup(ref, 'json', 'p'))).toBe('E_UNSUPPORTED');
    expect(await refusal(() => client.restore({ kind: 'raw-seed', seed: '0x1234' }, {}))).toBe('E_CLIENT_REFUSED');
  });

  fcTest.prop([fc.constantFrom<KeyType>('sr25519', 'ed25519', 'ecdsa').chain((type) => accountSpecArb({ type }))], { numRuns: 40 })(
    'creates every generated spec as the oracle does under its own traits (or both refuse)',
    async (spec) => {
      let expected: string;
      try {
        expected = expectedPublicKey(spec, PAPI_0_0_28.info.traits.derivation);
      } catch (error) {
        expected = `refused ${toErrorInfo(error).code}`;
      }
      let actual: string;
      try {
        actual = (await client.create(spec)).identity.publicKey;
      } catch (error) {
        actual = `refused ${toErrorInfo(error).code}`;
      }
      expect(actual).toBe(expected);
    },
  );
});

describe('papi@0.0.28 disposal', () => {
  it('disposes twice safely; a disposed instance answers with a code', async () => {
    const client = await PAPI_0_0_28.start();
    await client.create(dev('//a'));
    await client.dispose();
    await client.dispose();
    expect(await refusal(() => client.create(dev('//a')))).toBe('E_WORKER_CRASHED');
  });
});
