import { type Artifact, type ArtifactKind, type ClientFactory, forAllTypes, type KeystoreJson, utilCryptoTraits } from '@interop/core';
import { describe, expect, it } from 'vitest';
import { fakeFactory } from '../fakes/fake-client.js';
import { predictRefusals } from './predict-refusals.js';

function keystore(N: number): KeystoreJson {
  const body = Buffer.alloc(44 + 24 + 16);
  body.writeUInt32LE(N, 32);
  body.writeUInt32LE(1, 36);
  body.writeUInt32LE(8, 40);
  return {
    address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    encoded: body.toString('base64'),
    encoding: { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
    meta: {},
  } as unknown as KeystoreJson;
}

/** A profile on util-crypto 13.2.1 (reads only N=2^15) that restores the given kinds of file. */
function oldProfile(id: string, reads: readonly ArtifactKind[]): ClientFactory {
  const fake = fakeFactory({ id, behaviour: 'honest' });
  const caps = fake.capabilities();
  const restore = { ...caps.restore };
  for (const kind of reads) restore[kind] = forAllTypes({ supported: true, ui: true });
  return { ...fake, info: { ...fake.info, traits: { ...fake.info.traits, ...utilCryptoTraits('13.2.1') } }, capabilities: () => ({ ...caps, restore }) };
}

describe('predictRefusals', () => {
  const single: Artifact = { kind: 'json-keystore', json: keystore(2 ** 17) };
  const exportAll: Artifact = { kind: 'export-all', json: [keystore(2 ** 17), keystore(2 ** 17)] };

  it('an N=2^17 keystore in a profile before util-crypto 13.5.3 that reads single keystores: refusal predicted, with its code', () => {
    expect(predictRefusals(single, [oldProfile('old@1', ['json-keystore'])])).toEqual([
      expect.objectContaining({ profile: 'old@1', divergence: 'scrypt-params-refused', codes: ['E_SCRYPT_PARAMS'] }),
    ]);
  });

  it('no prediction for a profile that cannot read the kind at all (its capability table says why instead)', () => {
    expect(predictRefusals(exportAll, [oldProfile('old@1', ['json-keystore'])])).toEqual([]);
    expect(predictRefusals(exportAll, [oldProfile('old@1', ['export-all'])])).toEqual([expect.objectContaining({ profile: 'old@1' })]);
  });
});
