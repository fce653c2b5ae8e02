import { type Artifact, type BatchJson, DEV_PHRASE, type KeystoreJson, ss58Address } from '@interop/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionClient } from './extension-client.js';
import { EXTENSION_0_62_3 } from './profiles.js';

const PASSWORD = 'right-password';

/** The keystore with its scrypt header (salt 32 | N | p | r, u32 LE) rewritten. */
function withScryptHeader<T extends { encoded: string }>(json: T, N: number, p: number, r: number): T {
  const bytes = Buffer.from(json.encoded, 'base64');
  bytes.writeUInt32LE(N, 32);
  bytes.writeUInt32LE(p, 36);
  bytes.writeUInt32LE(r, 40);
  return { ...json, encoded: bytes.toString('base64') };
}

function truncated(json: KeystoreJson, bytes: number): KeystoreJson {
  return { ...json, encoded: Buffer.from(json.encoded, 'base64').subarray(0, bytes).toString('base64') };
}

describe('bad input: a clear error with a code and the extension’s own text, and the worker lives on', () => {
  let ext: ExtensionClient;
  let good: KeystoreJson;
  let batch: BatchJson;
  let accountsBefore: number;

  beforeAll(async () => {
    ext = await EXTENSION_0_62_3.start();
    const ref = await ext.create({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//bad', type: 'sr25519', name: 'bad input', password: PASSWORD });
    const single = await ext.backup(ref, 'json', PASSWORD);
    const all = await ext.backup(ref, 'batch-json', PASSWORD);
    if (single.kind !== 'json-keystore' || all.kind !== 'batch-json') throw new Error('unexpected backup kinds');
    good = single.json;
    batch = all.json;
    accountsBefore = (await ext.accounts()).length;
  });
  afterAll(async () => {
    await ext?.dispose();
  });
  afterEach(async () => {
    // Still alive, still answering, nothing half-restored.
    expect(ext.alive).toBe(true);
    expect((await ext.accounts()).length).toBe(accountsBefore);
  });

  const refusals: readonly [string, () => Artifact, string | undefined, string, RegExp | string][] = [
    [
      'a keystore without `encoding`',
      () => ({ kind: 'json-keystore', json: { address: good.address, encoded: good.encoded, meta: {} } as unknown as KeystoreJson }),
      PASSWORD,
      'E_JSON_MALFORMED',
      /^Cannot read properties of undefined/,
    ],
    [
      'a keystore whose address is not an address',
      () => ({ kind: 'json-keystore', json: { ...good, address: 'not-an-address' } }),
      PASSWORD,
      'E_JSON_MALFORMED',
      /^Decoding not-an-address: /,
    ],
    [
      'the wrong password',
      () => ({ kind: 'json-keystore', json: good }),
      'wrong-password',
      'E_PASSWORD_WRONG',
      'Unable to decode using the supplied passphrase',
    ],
    [
      'no password (the page sends nothing: popup.restore-json-password-required)',
      () => ({ kind: 'json-keystore', json: good }),
      undefined,
      'E_PASSWORD_REQUIRED',
      /^Restore from JSON sends .*\(popup\.restore-json-password-required, https:\/\/github\.com\/polkadot-js\/extension\/blob\/v0\.62\.3\//,
    ],
    [
      '`encoded` cut inside the scrypt header',
      () => ({ kind: 'json-keystore', json: truncated(good, 20) }),
      PASSWORD,
      'E_ENCODING',
      'Invalid input length: expected 44 bytes, found 20',
    ],
    [
      '`encoded` cut mid-string (not base64 any more)',
      () => ({ kind: 'json-keystore', json: { ...good, encoded: good.encoded.slice(0, 61) } }),
      PASSWORD,
      'E_ENCODING',
      'padding: invalid, string should have whole number of bytes',
    ],
    [
      'a header claiming N=2^20, r=16, p=4 (inside the ceiling: the extension refuses it itself, before any scrypt)',
      () => ({ kind: 'json-keystore', json: withScryptHeader(good, 2 ** 20, 4, 16) }),
      PASSWORD,
      'E_SCRYPT_PARAMS',
      'Invalid injected scrypt params found',
    ],
    [
      'a batch whose header claims N=2^20, r=16, p=4',
      () => ({ kind: 'batch-json', json: withScryptHeader(batch, 2 ** 20, 4, 16) }),
      PASSWORD,
      'E_SCRYPT_PARAMS',
      'Invalid injected scrypt params found',
    ],
    [
      'a header claiming N=2^24 (util-crypto 13.5.7 checks its safe limits before any scrypt: fromU8a.ts L31-33)',
      () => ({ kind: 'json-keystore', json: withScryptHeader(good, 2 ** 24, 1, 8) }),
      PASSWORD,
      'E_SCRYPT_PARAMS',
      'Scrypt parameters exceed safe limits',
    ],
    [
      'a batch whose header claims p=5 and r=32',
      () => ({ kind: 'batch-json', json: withScryptHeader(batch, 2 ** 15, 5, 32) }),
      PASSWORD,
      'E_SCRYPT_PARAMS',
      'Scrypt parameters exceed safe limits',
    ],
    [
      'a batch with the wrong password',
      () => ({ kind: 'batch-json', json: batch }),
      'wrong-password',
      'E_PASSWORD_WRONG',
      'Unable to decode using the supplied passphrase',
    ],
    [
      'an 11-word phrase',
      () => ({ kind: 'phrase', phrase: DEV_PHRASE.split(' ').slice(1).join(' ') }),
      PASSWORD,
      'E_PHRASE_INVALID',
      'Mnemonic needs to contain 12, 15, 18, 21, 24 words',
    ],
    [
      'a phrase with a bad checksum',
      () => ({ kind: 'phrase', phrase: `${DEV_PHRASE.split(' ').slice(0, 11).join(' ')} bottom` }),
      PASSWORD,
      'E_PHRASE_INVALID',
      'Not a valid mnemonic seed',
    ],
    ['a 31-byte seed', () => ({ kind: 'raw-seed', seed: `0x${'11'.repeat(31)}` }), PASSWORD, 'E_PHRASE_INVALID', 'Hex seed needs to be 256-bits'],
    [
      'an ed25519 soft path',
      () => ({ kind: 'phrase', phrase: DEV_PHRASE, path: '/soft', type: 'ed25519' }),
      PASSWORD,
      'E_PATH_INVALID',
      'A soft key was found in the path and is not supported',
    ],
    [
      'a phrase and no password for the new account',
      () => ({ kind: 'phrase', phrase: DEV_PHRASE }),
      undefined,
      'E_PASSWORD_REQUIRED',
      /^Password is too short \(popup\.password-min-length, /,
    ],
    ["Apps' export-all array", () => ({ kind: 'export-all', json: [good] }), PASSWORD, 'E_UNSUPPORTED', /isKeyringPairs\$Json throws/],
    ['Banana Split shares', () => ({ kind: 'banana-split', shares: ['{}'] }), PASSWORD, 'E_UNSUPPORTED', /Polkadot Vault feature/],
    [
      'an ethereum public-key QR',
      () => ({ kind: 'public-key-qr', payload: 'ethereum:0x0000000000000000000000000000000000000000' }),
      PASSWORD,
      'E_CLIENT_REFUSED',
      /found 'ethereum'/,
    ],
  ];

  it.each(refusals)('%s', async (_what, artifact, password, code, message) => {
    const error = await ext.restore(artifact(), password === undefined ? {} : { password }).then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error?.code).toBe(code);
    if (typeof message === 'string') expect(error?.message).toBe(message);
    else expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain(PASSWORD);
    expect(error?.message).not.toContain(DEV_PHRASE.split(' ').slice(0, 3).join(' '));
  });

  // RestoreJson.tsx (v0.62.3): a refused preview shows "Invalid Json file" (L80-85, L139-145); a refused
  // restore shows one warning whatever the reason (L106-110, L154-160). The reason stays the message.
  it.each([
    [
      'a scrypt header off the allow-list, at Restore',
      () => withScryptHeader(good, 2 ** 20, 4, 16),
      'Invalid injected scrypt params found',
      'Unable to decode using the supplied passphrase',
    ],
    ['an address that is no address, at the preview', () => ({ ...good, address: 'not-an-address' }), /^Decoding not-an-address: /, 'Invalid Json file'],
  ] as const)('%s: the page shows its own words beside the reason', async (_what, json, message, shown) => {
    const error = await ext.restore({ kind: 'json-keystore', json: json() }, { password: PASSWORD }).then(
      () => undefined,
      (e: unknown) => e as { message: string; shown?: string },
    );
    expect(error?.message).toMatch(message);
    expect(error?.shown).toBe(shown);
  });

  it('a wrong password: the page shows the message itself, so nothing is said twice', async () => {
    await expect(ext.restore({ kind: 'json-keystore', json: good }, { password: 'wrong-password' })).rejects.toSatisfy(
      (e: { message: string; shown?: string }) => e.message === 'Unable to decode using the supplied passphrase' && e.shown === undefined,
    );
  });

  it('a body cut inside the ciphertext is, to the extension, a wrong password (secretbox cannot tell them apart)', async () => {
    await expect(ext.restore({ kind: 'json-keystore', json: truncated(good, 100) }, { password: PASSWORD })).rejects.toMatchObject({
      code: 'E_PASSWORD_WRONG',
      message: 'Unable to decode using the supplied passphrase',
    });
  });

  it('a backup of an account the extension does not hold is E_NOT_FOUND', async () => {
    const publicKey = `0x${'01'.repeat(32)}` as const;
    const ref = { handle: ss58Address(publicKey, 'sr25519'), identity: { publicKey, type: 'sr25519', hasSecret: true } as const };
    await expect(ext.backup(ref, 'json', PASSWORD)).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    await expect(ext.backup(ref, 'phrase', PASSWORD)).rejects.toMatchObject({ code: 'E_UNSUPPORTED' });
  });
});
