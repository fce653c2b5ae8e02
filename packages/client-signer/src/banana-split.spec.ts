import { createHash, scryptSync } from 'node:crypto';
import { DEV_PHRASE } from '@interop/core';
import { testSeed, withSeed } from '@interop/core/testing';
import fc from 'fast-check';
import secrets from 'secrets.js-grempe';
import nacl from 'tweetnacl';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBananaSplit } from './banana-split-encode.js';
import { recoverBananaSplit } from './banana-split-recover.js';
import { BANANA_SPLIT_FIXTURES, type BananaSplitFixture } from './testing/banana-split-fixtures.js';
import { refusal } from './testing/refusal.js';

/** Each run costs a scrypt: few runs, so a fresh seed each run (replay one with INTEROP_TEST_SEED). */
const SEED = testSeed();

afterEach(() => secrets.init(8));

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...tail] = items;
  return [...subsets(tail, size - 1).map((rest) => [head as T, ...rest]), ...subsets(tail, size)];
}

interface ShareJson {
  readonly v?: number;
  readonly t: string;
  readonly r: number;
  readonly d: string;
  readonly n: string;
}
const json = (share: string): ShareJson => JSON.parse(share) as ShareJson;
/** id byte + share bytes of a v1 share. */
const body = (share: string): Buffer => Buffer.from(json(share).d.slice(1), 'base64');

/** The same share with its body replaced. */
function withBody(share: string, bytes: Uint8Array, bitsChar = json(share).d[0]): string {
  return JSON.stringify({ ...json(share), d: `${bitsChar}${Buffer.from(bytes).toString('base64')}` });
}

/**
 * The web app's reader, built from other code than ours: secrets.js combine (its Shamir
 * library), Node's own scrypt and SHA-512, tweetnacl (paritytech/banana_split src/util/crypto.ts
 * reconstruct, version 1).
 */
function webAppReconstruct(shares: readonly string[], passphrase: string): string | null {
  const parsed = shares.map(json);
  const combined = secrets.combine(parsed.map((s) => `${s.d[0]}${Buffer.from(s.d.slice(1), 'base64').toString('hex')}`));
  const key = scryptSync(passphrase, createHash('sha512').update(parsed[0]!.t).digest(), 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const opened = nacl.secretbox.open(Buffer.from(combined, 'hex'), Buffer.from(parsed[0]!.n, 'base64'), key);
  return opened === null ? null : new TextDecoder().decode(opened);
}

/** The share with the last base64 character before '==' changed so that bits are left over ("QQ==" -> "QR=="). */
function nonCanonical(share: string): string {
  const { d } = json(share);
  if (!d.endsWith('==')) throw new Error('fixture share ends without ==');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const last = alphabet.indexOf(d.at(-3)!);
  return JSON.stringify({ ...json(share), d: `${d.slice(0, -3)}${alphabet[last | 1]}==` });
}

const FIXTURES = Object.entries(BANANA_SPLIT_FIXTURES) as [string, BananaSplitFixture][];

describe('Banana Split sets written by the reference implementations', () => {
  it.each(FIXTURES.filter(([name]) => name !== 'webAppV0'))(
    '%s: any required subset recovers the secret and title, one share fewer asks for more',
    (_name, fixture) => {
      for (const subset of subsets(fixture.shares, fixture.required)) {
        expect(recoverBananaSplit(subset, fixture.passphrase), fixture.source).toEqual({ secret: fixture.secret, title: fixture.title });
      }
      const short = refusal(() => recoverBananaSplit(fixture.shares.slice(0, fixture.required - 1), fixture.passphrase));
      expect([short.code, short.message]).toEqual([
        'E_SHARES',
        expect.stringMatching(new RegExp(`^not enough shares: have ${fixture.required - 1}, need ${fixture.required} \\(banana\\.more-shares`)),
      ]);
    },
  );

  it('webAppV0: combines the first-format set but refuses its 36-byte nonce, on which Vault panics (banana.nonce-length)', () => {
    const { shares, passphrase } = BANANA_SPLIT_FIXTURES.webAppV0;
    const error = refusal(() => recoverBananaSplit(shares.slice(0, 2), passphrase));
    expect([error.code, error.message]).toEqual([
      'E_SHARES',
      expect.stringMatching(/^the nonce is 36 bytes, not 24 \(Vault itself panics on it\) \(banana\.nonce-length, /),
    ]);
  });

  it('the web app pads to 128 bits (96 bytes of content for the dev phrase) and escapes non-ASCII; Vault reads both', () => {
    expect(body(BANANA_SPLIT_FIXTURES.webAppDevPhrase.shares[0]!).length - 1).toBe(96);
    expect(BANANA_SPLIT_FIXTURES.webAppUnicode.shares[0]).toContain('"t":"\\u042d\\u0442\\u043e');
  });
});

describe("Vault's writer (banana-recovery-rust encrypt at a6d8d321)", () => {
  it('writes 91 bytes of share content for the dev phrase: 84 sealed + 6 zero bytes + the 0x01 marker (banana.writer-padding)', () => {
    const shares = encodeBananaSplit(DEV_PHRASE, 'Alice', 'correct-horse', 4, 3);
    for (const share of shares) expect(body(share).length - 1).toBe(91);
  });

  it('writes serde_json text: fields v,t,r,d,n; only quote, backslash and control characters escaped (banana.writer-share)', () => {
    const [share] = encodeBananaSplit('x', 'Это "q" \\ \n', 'p', 3, 2);
    expect(share).toMatch(/^\{"v":1,"t":"Это \\"q\\" \\\\ \\n","r":2,"d":"8A[A-Za-z0-9+/]+=*","n":"[A-Za-z0-9+/]{32}"\}$/);
  });

  it(withSeed('numbers the shares 1..n, and every padded byte is a Shamir share: secrets.js interpolates [0 × k, 1, sealed box] at 0', SEED), () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 6 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 12 }), (total, secret, title) => {
        const required = Math.floor(total / 2) + 1;
        const shares = encodeBananaSplit(secret, title, 'pass', total, required);
        expect(shares.map((s) => body(s)[0])).toEqual(Array.from({ length: total }, (_, i) => i + 1));
        const picked = shares.slice(total - required);
        const ids = picked.map((s) => body(s)[0]!);
        const length = body(picked[0]!).length - 1;
        const padded = Array.from({ length }, (_, position) =>
          secrets._lagrange(
            0,
            ids,
            picked.map((s) => body(s)[position + 1]!),
          ),
        );
        const sealedLength = new TextEncoder().encode(secret).length + nacl.secretbox.overheadLength;
        const left = 7 - ((sealedLength + 1) % 7);
        expect(padded.slice(0, left + 1)).toEqual([...Array<number>(left).fill(0), 1]);
        expect(length).toBe(left + 1 + sealedLength);
      }),
      { seed: SEED, numRuns: 8 },
    );
  });

  it(withSeed('writes shares the web app reads, and reads them back itself from every required subset', SEED), () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 2, max: n }))),
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        ([n, required], title, passphrase, secret) => {
          const shares = encodeBananaSplit(secret, title, passphrase, n, required);
          expect(webAppReconstruct(shares.slice(0, required), passphrase)).toBe(secret);
          for (const subset of subsets(shares, required)) expect(recoverBananaSplit(subset, passphrase)).toEqual({ secret, title });
        },
      ),
      { seed: SEED, numRuns: 4 },
    );
  });

  it.each([
    [1, 1, /^Too few shares\. \(banana\.writer-share-count/],
    [2, 3, /^Too few shares\. \(banana\.writer-share-count/],
    [256, 129, /^Threshold number of shares must be an integer between 2 and 2\^bits-1 \(255\), inclusive\. \(banana\.writer-max-shares/],
    [3, 1, /^at least 2 shares must be required/],
  ])('refuses %i shares with %i required as the crate does', (total, required, message) => {
    expect(refusal(() => encodeBananaSplit('x', 't', 'p', total, required)).message).toMatch(message);
  });
});

describe("Vault's reader (banana-recovery-rust Share::new, ShareSet at a6d8d321)", () => {
  const alice = BANANA_SPLIT_FIXTURES.rustAlice;

  it('says the passphrase is wrong (vault.banana-split-wrong-password) and asks for one only once the set combines', () => {
    const wrong = refusal(() => recoverBananaSplit(alice.shares.slice(0, 2), 'not-the-passphrase'));
    expect([wrong.code, wrong.message]).toEqual([
      'E_PASSWORD_WRONG',
      expect.stringMatching(/^Banana Split password is wrong \(vault\.banana-split-wrong-password, https:/),
    ]);
    expect(refusal(() => recoverBananaSplit(alice.shares.slice(0, 2), undefined)).code).toBe('E_PASSWORD_REQUIRED');
    expect(refusal(() => recoverBananaSplit(alice.shares.slice(0, 1), undefined)).code).toBe('E_SHARES');
  });

  it('combines only when a second share is added, even when one is required (ShareSet::init never combines)', () => {
    const one = alice.shares.map((s) => s.replace('"r":2', '"r":1'));
    expect(refusal(() => recoverBananaSplit(one.slice(0, 1), alice.passphrase)).message).toMatch(/^not enough shares: have 1, need 1 /);
    expect(recoverBananaSplit(one.slice(0, 2), alice.passphrase).secret).toBe(DEV_PHRASE);
  });

  it('reads field sizes 3 to 20: a 5-bit set made with secrets.js combines, byte per field element', () => {
    const nonce = new Uint8Array(24).fill(7);
    const key = scryptSync('p', createHash('sha512').update('t').digest(), 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const secretHex = Buffer.from(nacl.secretbox(new TextEncoder().encode('five bits'), nonce, key)).toString('hex');
    secrets.init(5);
    const written = secrets.share(secretHex, 3, 2, 0).map((s) => secrets.extractShareComponents(s));
    secrets.init(8);
    // secrets.js packs 5-bit values in hex; Vault's share holds one field element per byte.
    const toBytes = (data: string, count: number): number[] => {
      const bits = BigInt(`0x${data}`)
        .toString(2)
        .padStart(count * 5, '0')
        .slice(-count * 5);
      return Array.from({ length: count }, (_, i) => Number.parseInt(bits.slice(i * 5, i * 5 + 5), 2));
    };
    const count = Math.ceil((1 + secretHex.length * 4) / 5);
    const n = Buffer.from(nonce).toString('base64');
    const texts = written.map((s) => JSON.stringify({ v: 1, t: 't', r: 2, d: `5${Buffer.from([s.id, ...toBytes(s.data, count)]).toString('base64')}`, n }));
    for (const pair of subsets(texts, 2)) expect(recoverBananaSplit(pair, 'p')).toEqual({ secret: 'five bits', title: 't' });
  });

  it('reads a 12-bit share with a 2-byte id instead of refusing it, as Vault does (the box then does not open)', () => {
    const relabelled = alice.shares.slice(0, 2).map((s) => withBody(s, body(s), 'c'));
    expect(refusal(() => recoverBananaSplit(relabelled, alice.passphrase)).code).toBe('E_PASSWORD_WRONG');
  });

  it.each([
    ['the same share twice', () => [alice.shares[0]!, alice.shares[0]!], 'Share is already in the set.'],
    [
      'shares of two sets',
      () => [alice.shares[0]!, BANANA_SPLIT_FIXTURES.rustFriends.shares[0]!],
      'Share could not be added to the set, because its title is different.',
    ],
    ['a share that is not JSON', () => ['{"v":1,', alice.shares[0]!], 'Unable to parse the input as a json object.'],
    ['a JSON array', () => ['[1]', alice.shares[0]!], 'Required shards value null has unsupported format.'],
    ['a version 2 share', () => [alice.shares[0]!.replace('"v":1', '"v":2')], 'Version 2 is not supported.'],
    [
      'a damaged body',
      () => [alice.shares[0]!.replace('"d":"8', '"d":"8*'), alice.shares[1]!],
      'Share with version V1 was expected to have content in base64 format.',
    ],
    [
      'a body with leftover bits',
      () => [nonCanonical(alice.shares[0]!), alice.shares[1]!],
      'Share with version V1 was expected to have content in base64 format.',
    ],
    [
      'a bits char out of range',
      () => [alice.shares[0]!.replace('"d":"8', '"d":"z'), alice.shares[1]!],
      'Bits in share data 35 are outside of expected range [3..=20]. Likely the share is damaged.',
    ],
    ['a non-ASCII bits char', () => [alice.shares[0]!.replace('"d":"8', '"d":"٣')], "Unable to parse first data char '٣' as a number in radix36 format"],
    [
      'a share with id 0',
      () => [
        alice.shares[0]!,
        withBody(
          alice.shares[1]!,
          Uint8Array.from(body(alice.shares[1]!), (b, i) => (i === 0 ? 0 : b)),
        ),
      ],
      'a share id of 0 is not in the field (Vault itself panics on it)',
    ],
    [
      'a 3-bit share with bytes above 7',
      () => [alice.shares[0]!, alice.shares[1]!].map((s) => withBody(s, body(s), '3')),
      /^While processing, tried addressing log\[\d+\] out of expected range\./,
    ],
    [
      'a changed nonce',
      () => [alice.shares[0]!, alice.shares[1]!.replace('"n":"o', '"n":"p')],
      'Share could not be added to the set, because its nonce is different.',
    ],
    ['a nonce that is not base64', () => alice.shares.slice(0, 2).map((s) => s.replace(/"n":"[^"]+"/, '"n":"not base64!"')), 'Nonce is not in base64 format'],
  ])('refuses %s with E_SHARES and the crate text', (_what, shares, message) => {
    const error = refusal(() => recoverBananaSplit(shares(), alice.passphrase));
    expect(error.code).toBe('E_SHARES');
    if (typeof message === 'string') expect(error.message.startsWith(`${message} (banana.`)).toBe(true);
    else expect(error.message).toMatch(message);
  });
});
