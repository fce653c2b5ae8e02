import { SUBWALLET_TRAITS } from '@interop/client-subwallet';
import {
  type Artifact,
  type ClientFactory,
  DEV_PHRASE,
  type ErrorCode,
  expectedPublicKey,
  forAllTypes,
  type Identity,
  type KeystoreJson,
  utilCryptoTraits,
} from '@interop/core';
import { describe, expect, it } from 'vitest';
import { fakeFactory } from '../fakes/fake-client.js';
import { compareResults } from './compare-results.js';
import type { ProfileResult } from './restore-everywhere.js';

/** A keystore whose body is only its scrypt header (salt 32 | N | p | r): enough for what the comparison reads. */
function keystore(N: number): Artifact {
  const body = Buffer.alloc(44 + 24 + 16);
  body.writeUInt32LE(N, 32);
  body.writeUInt32LE(1, 36);
  body.writeUInt32LE(8, 40);
  const json = {
    address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    encoded: body.toString('base64'),
    encoding: { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
    meta: {},
  } as unknown as KeystoreJson;
  return { kind: 'json-keystore', json };
}

/** A profile on a given util-crypto that restores single keystores: the comparison reads its traits and capabilities. */
function profile(id: string, utilCrypto: string): ClientFactory {
  const fake = fakeFactory({ id, behaviour: 'honest' });
  const caps = fake.capabilities();
  const restore = { ...caps.restore, 'json-keystore': forAllTypes({ supported: true, ui: true }) };
  return { ...fake, info: { ...fake.info, traits: { ...fake.info.traits, ...utilCryptoTraits(utilCrypto) } }, capabilities: () => ({ ...caps, restore }) };
}

const NEW = profile('new@1', '13.5.7');
const OLD = profile('old@1', '13.2.1');
const OTHER = profile('other@1', '14.0.3');

const refused = (p: ClientFactory, code: ErrorCode, message: string): ProfileResult => ({
  profile: p.info.id,
  status: 'refused',
  error: { code, message },
  apiOnly: false,
  durationMs: 1,
});

describe('compareResults when no profile restores the file', () => {
  it('a wrong password refused by every reader is their common answer, not a difference', () => {
    const results = [
      refused(NEW, 'E_PASSWORD_WRONG', 'Unable to decode using the supplied passphrase'),
      refused(OTHER, 'E_PASSWORD_WRONG', 'Incorrect password'),
      refused(OLD, 'E_PASSWORD_WRONG', 'Unable to decode using the supplied passphrase'),
    ];
    const c = compareResults(keystore(2 ** 15), results, [NEW, OTHER, OLD]);
    expect(c.commonRefusal).toEqual({
      code: 'E_PASSWORD_WRONG',
      meaning: 'the password does not decrypt the backup',
      profiles: ['new@1', 'other@1', 'old@1'],
    });
    expect(c.differences).toEqual([]);
    expect(c.agree).toBe(false);
    expect(c.verdict).toBe(
      'no profile restored it: all 3 profiles that read this file refuse it with E_PASSWORD_WRONG (the password does not decrypt the backup)',
    );
  });

  it('another refusal beside the common one is explained by a divergence predicting it from the file (an N=2^17 file in a client before 13.5.3)', () => {
    const results = [
      refused(NEW, 'E_PASSWORD_WRONG', 'Unable to decode using the supplied passphrase'),
      refused(OTHER, 'E_PASSWORD_WRONG', 'Unable to decode using the supplied passphrase'),
      refused(OLD, 'E_SCRYPT_PARAMS', 'Invalid injected scrypt params found'),
    ];
    const c = compareResults(keystore(2 ** 17), results, [NEW, OTHER, OLD]);
    expect(c.commonRefusal?.profiles).toEqual(['new@1', 'other@1']);
    expect(c.differences).toEqual([{ profile: 'old@1', explainedBy: [expect.objectContaining({ id: 'scrypt-params-refused' })] }]);
    expect(c.verdict).toBe(
      'no profile restored it: 2 of 3 profiles that read this file refuse it with E_PASSWORD_WRONG (the password does not decrypt the backup); old@1 refuses: E_SCRYPT_PARAMS: Invalid injected scrypt params found (known: scrypt-params-refused)',
    );
  });

  it('one against one: the refusal a divergence predicts is the difference, whichever profile comes first', () => {
    const results = [refused(OLD, 'E_SCRYPT_PARAMS', 'Invalid injected scrypt params found'), refused(NEW, 'E_PASSWORD_WRONG', 'x')];
    const c = compareResults(keystore(2 ** 17), results, [OLD, NEW]);
    expect(c.commonRefusal).toMatchObject({ code: 'E_PASSWORD_WRONG', profiles: ['new@1'] });
    expect(c.differences).toEqual([{ profile: 'old@1', explainedBy: [expect.objectContaining({ id: 'scrypt-params-refused' })] }]);
  });

  it('a refusal no divergence predicts stays a finding: an N=2^15 file, which every util-crypto reads, refused for its parameters', () => {
    const results = [refused(NEW, 'E_PASSWORD_WRONG', 'x'), refused(OTHER, 'E_PASSWORD_WRONG', 'x'), refused(OLD, 'E_SCRYPT_PARAMS', 'x')];
    const c = compareResults(keystore(2 ** 15), results, [NEW, OTHER, OLD]);
    expect(c.differences).toEqual([{ profile: 'old@1', explainedBy: [] }]);
    expect(c.verdict).toMatch(/old@1 refuses: E_SCRYPT_PARAMS: x \(unexplained\)$/);
  });

  it('the one reader that refuses: said as such; a broken client is not a refusal', () => {
    const one = compareResults(keystore(2 ** 15), [refused(NEW, 'E_PASSWORD_WRONG', 'x')], [NEW]);
    expect(one.verdict).toBe(
      'no profile restored it: the one profile that reads this file refuses it with E_PASSWORD_WRONG (the password does not decrypt the backup)',
    );
    const broke = compareResults(
      keystore(2 ** 15),
      [{ profile: 'new@1', status: 'error', error: { code: 'E_WORKER_CRASHED', message: 'x' }, durationMs: 1 }],
      [NEW],
    );
    expect(broke.commonRefusal).toBeUndefined();
    expect(broke.differences).toEqual([{ profile: 'new@1', explainedBy: [] }]);
  });
});

describe('compareResults on watch-only entries', () => {
  // Alice's public key (Substrate's dev accounts): one address, whatever type a client files it under.
  const ALICE = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
  const pkQr: Artifact = {
    kind: 'public-key-qr',
    payload: 'substrate:5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY:0x91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3',
  };
  const restored = (p: ClientFactory, type: 'sr25519' | 'ed25519', hasSecret = false): ProfileResult => ({
    profile: p.info.id,
    status: 'restored',
    identities: [{ publicKey: ALICE, type, hasSecret }],
    apiOnly: false,
    durationMs: 1,
  });

  it('the same address filed as sr25519 by one client and ed25519 by another is one answer', () => {
    const c = compareResults(pkQr, [restored(NEW, 'sr25519'), restored(OTHER, 'ed25519')], [NEW, OTHER]);
    expect(c.groups).toHaveLength(1);
    expect(c.differences).toEqual([]);
    expect(c.agree).toBe(true);
  });

  it('a key with its secret is not the watch-only entry of its address', () => {
    const c = compareResults(pkQr, [restored(NEW, 'sr25519'), restored(OTHER, 'sr25519', true)], [NEW, OTHER]);
    expect(c.groups).toHaveLength(2);
    expect(c.agree).toBe(false);
  });
});

describe('compareResults on a phrase written with its path: the file names its key', () => {
  // The dev phrase's root sr25519 key (subkey) and its ethereum key at index 0 (Moonbeam's Alith).
  const ROOT = '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a';
  const ALITH = '0x02509540919faacf9ab52146c9aa40db68172d83777250b28e4679176e49ccdd9f';
  const PATH = '//Alice//stash//1';
  const artifact: Artifact = { kind: 'phrase', phrase: DEV_PHRASE, path: PATH, type: 'sr25519' };
  const named = expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: PATH, type: 'sr25519' });
  /** A words-only phrase import (SubWallet's traits): its defaults, the path dropped. */
  const wordsOnly = (id: string): ClientFactory => {
    const fake = fakeFactory({ id, behaviour: 'honest' });
    return { ...fake, info: { ...fake.info, traits: SUBWALLET_TRAITS } };
  };
  const restored = (p: ClientFactory, keys: readonly [string, 'sr25519' | 'ethereum'][]): ProfileResult => ({
    profile: p.info.id,
    status: 'restored',
    identities: keys.map(([publicKey, type]) => ({ publicKey: publicKey as Identity['publicKey'], type, hasSecret: true })),
    apiOnly: false,
    durationMs: 1,
  });
  const defaults: [string, 'sr25519' | 'ethereum'][] = [
    [ROOT, 'sr25519'],
    [ALITH, 'ethereum'],
  ];

  it('one against one, the words-only import first: the key at the path is the answer, the defaults the known divergence', () => {
    const words = wordsOnly('words@1');
    const c = compareResults(artifact, [restored(words, defaults), restored(NEW, [[named, 'sr25519']])], [words, NEW]);
    expect(c.reference?.profiles).toEqual(['new@1']);
    expect(c.differences).toEqual([{ profile: 'words@1', explainedBy: [expect.objectContaining({ id: 'phrase-import-takes-words-only' })] }]);
    expect(c.verdict).toBe('same keys in 1 of 2 profiles that read this file; words@1 restores other keys (known: phrase-import-takes-words-only)');
  });

  it('two words-only imports against one: the majority does not make the named key the odd one', () => {
    const [a, b] = [wordsOnly('words@1'), wordsOnly('words@2')];
    const c = compareResults(artifact, [restored(a, defaults), restored(b, defaults), restored(NEW, [[named, 'sr25519']])], [a, b, NEW]);
    expect(c.reference?.profiles).toEqual(['new@1']);
    expect(c.differences.map((d) => [d.profile, d.explainedBy.map((e) => e.id)])).toEqual([
      ['words@1', ['phrase-import-takes-words-only']],
      ['words@2', ['phrase-import-takes-words-only']],
    ]);
  });

  it("a profile that restores the named key among others is in the named key's group", () => {
    const words = wordsOnly('words@1');
    const c = compareResults(artifact, [restored(words, [...defaults, [named, 'sr25519']]), restored(NEW, [[named, 'sr25519']])], [words, NEW]);
    expect(c.groups).toHaveLength(1);
    expect(c.agree).toBe(true);
  });
});
