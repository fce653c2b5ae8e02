import { type AccountSpec, ClientError, type ErrorCode, expectedPublicKey, jsonAddressField, type KeystoreJson } from '@interop/core';
import { accountSpecArb } from '@interop/core/arbitraries';
import { testSeed, withSeed } from '@interop/core/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionClient } from './extension-client.js';
import { EXTENSION_0_62_3 } from './profiles.js';

/** Few runs, so a fresh seed each run (replay one with INTEROP_TEST_SEED). */
const SEED = testSeed();
/** Each run costs ~5 scrypt operations at N=2^17 (~1.3 s each) plus a fresh instance. */
const RUNS = Number(process.env.INTEROP_EXTENSION_RUNS ?? 5);

/** Extension.ts getSuri: ethereum suris always get this appended. */
const ETH_INDEX_0 = "/m/44'/60'/0'/0/0";

type Expectation = { readonly publicKey: string } | { readonly refused: ErrorCode };

/** What the extension must do with a spec, from the independent oracle and getSuri's rule. */
function expectation(spec: AccountSpec): Expectation {
  if (spec.type === 'ethereum' && spec.secret.kind === 'phrase') {
    // A typed path is followed by the appended one: "Invalid derivation path". No path means index 0.
    if (spec.path !== '') return { refused: 'E_PATH_INVALID' };
    return { publicKey: expectedPublicKey({ ...spec, path: ETH_INDEX_0 }) };
  }
  try {
    return { publicKey: expectedPublicKey(spec) };
  } catch (error) {
    if (error instanceof ClientError) return { refused: error.code };
    throw error;
  }
}

describe('property: any generated spec survives create -> json export -> restore in a fresh instance', () => {
  let source: ExtensionClient;
  beforeAll(async () => {
    source = await EXTENSION_0_62_3.start();
  });
  afterAll(async () => {
    await source?.dispose();
  });

  it(withSeed(`holds for ${RUNS} specs: hostile names, passwords, paths, all key types`, SEED), async () => {
    await fc.assert(
      fc.asyncProperty(accountSpecArb(), async (spec) => {
        const want = expectation(spec);
        if ('refused' in want) {
          await expect(source.create(spec)).rejects.toMatchObject({ code: want.refused });
          return;
        }
        const ref = await source.create(spec);
        expect(ref.identity).toMatchObject({ publicKey: want.publicKey, type: spec.type, hasSecret: true });

        const artifact = await source.backup(ref, 'json', spec.password);
        if (artifact.kind !== 'json-keystore') throw new Error(`expected a keystore, got ${artifact.kind}`);
        const json: KeystoreJson = artifact.json;
        // apps#3717: ecdsa/ethereum files carry the hex compressed public key, sr25519/ed25519 the ss58 address.
        expect(json.address).toBe(jsonAddressField(want.publicKey as `0x${string}`, spec.type));
        expect(json.encoding).toEqual({ content: ['pkcs8', spec.type], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' });

        const target = await EXTENSION_0_62_3.start();
        try {
          const restored = await target.restore(artifact, { password: spec.password });
          expect(restored).toEqual([{ publicKey: want.publicKey, type: spec.type, hasSecret: true, name: spec.name, genesisHash: spec.genesisHash ?? '' }]);
        } finally {
          await target.dispose();
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
