import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { keystoreBodyProblem } from './keystore-body.js';
import type { KeystoreJson } from './keystore-json.js';
import { DEV_PHRASE } from './known-answers.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

const SCRYPT = { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' };

describe('keystoreBodyProblem', () => {
  it.each(['sr25519', 'ecdsa'] as const)('a %s keystore written by @polkadot/keyring has no problem, and its truncation has one', (type) => {
    const json = new Keyring({ type }).addFromUri(DEV_PHRASE).toJson('a password') as unknown as KeystoreJson;
    expect(keystoreBodyProblem(json)).toBeUndefined();
    // Cut on a base64 quantum, as a copy that lost its end would be: it still decodes, shorter.
    const truncated = { ...json, encoded: json.encoded.slice(0, 200) };
    expect(keystoreBodyProblem(truncated)).toMatch(/the encoded body is 150 bytes.*truncated or altered/);
  });

  it('an unencrypted body, or one that is not base64, is left to the client', () => {
    expect(keystoreBodyProblem({ encoded: 'AAAA', encoding: { ...SCRYPT, type: ['none'] } })).toBeUndefined();
    expect(keystoreBodyProblem({ encoded: '%%%', encoding: SCRYPT })).toBeUndefined();
  });

  it('a hex body is measured in bytes', () => {
    expect(keystoreBodyProblem({ encoded: `0x${'00'.repeat(201)}`, encoding: SCRYPT })).toBeUndefined();
    expect(keystoreBodyProblem({ encoded: `0x${'00'.repeat(100)}`, encoding: SCRYPT })).toMatch(/100 bytes/);
  });
});
