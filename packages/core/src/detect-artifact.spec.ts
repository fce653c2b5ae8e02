import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from './client-error.js';
import { detectArtifact } from './detect-artifact.js';
import type { KeystoreJson } from './keystore-json.js';
import { DEV_PHRASE } from './known-answers.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);
const SEED_HEX = '0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

let alice: KeystoreJson;
let bob: KeystoreJson;

beforeAll(async () => {
  await cryptoWaitReady();
  // Real keystores from the client library; unencrypted (no password) so no scrypt is spent on shape tests.
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  alice = keyring.createFromUri(`${DEV_PHRASE}//Alice`, { name: 'Alice' }).toJson() as unknown as KeystoreJson;
  bob = keyring.createFromUri(`${DEV_PHRASE}//Bob`, { name: 'Bob' }).toJson() as unknown as KeystoreJson;
});

/** The extension's export-all object (polkadot-js/ui packages/ui-keyring/src/Keyring.ts backupAccounts). */
function batch() {
  return {
    encoded: 'AAAA',
    encoding: { content: ['batch-pkcs8'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
    accounts: [
      { address: alice.address, meta: alice.meta },
      { address: bob.address, meta: bob.meta },
    ],
  };
}

/** Banana Split shares as Vault writes them (navigator::banana_split_encode): {v, t, r, d, n}. */
const SHARES = [
  '{"v":1,"t":"my key","r":2,"d":"801a1b2c3d","n":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"}',
  '{"v":1,"t":"my key","r":2,"d":"802b3c4d5e","n":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"}',
  '{"v":1,"t":"my key","r":2,"d":"803c4d5e6f","n":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"}',
];

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClientError);
    return (error as ClientError).code;
  }
  throw new Error('expected a ClientError');
}

describe('detectArtifact: every kind', () => {
  it('a single keystore JSON', () => {
    expect(detectArtifact(JSON.stringify(alice))).toEqual({ kind: 'json-keystore', json: alice });
  });

  it('a pretty-printed keystore with a BOM and CRLF line ends', () => {
    expect(detectArtifact(`\uFEFF${JSON.stringify(alice, null, 2).replace(/\n/g, '\r\n')}\r\n`)).toEqual({ kind: 'json-keystore', json: alice });
  });

  it("the extension's batch object", () => {
    expect(detectArtifact(JSON.stringify(batch()))).toEqual({ kind: 'batch-json', json: batch() });
  });

  it("Apps' export-all array", () => {
    expect(detectArtifact(JSON.stringify([alice, bob]))).toEqual({ kind: 'export-all', json: [alice, bob] });
  });

  it('a JSON.stringify(localStorage) dump', () => {
    const dump = { 'account:0xd435': JSON.stringify(alice), settings: '{"prefix":42}', 'address:0x8eaf': '{}' };
    expect(detectArtifact(JSON.stringify(dump))).toEqual({ kind: 'local-storage', dump });
  });

  it("a dump wrapped in tick marks (the wiki's `raw = '…'` step)", () => {
    const dump = { 'account:0xd435': JSON.stringify(alice) };
    expect(detectArtifact(`'${JSON.stringify(dump)}'\n`)).toEqual({ kind: 'local-storage', dump });
  });

  it('a dump stringified twice (a JSON string holding the dump)', () => {
    const dump = { 'account:0xd435': JSON.stringify(alice) };
    expect(detectArtifact(JSON.stringify(JSON.stringify(dump)))).toEqual({ kind: 'local-storage', dump });
  });

  it('a phrase, whitespace normalised', () => {
    const messy = `  ${DEV_PHRASE.split(' ').join('   ')}\n`;
    expect(detectArtifact(messy)).toEqual({ kind: 'phrase', phrase: DEV_PHRASE });
  });

  it('a phrase of non-English letters with combining marks is still a phrase', () => {
    const phrase = 'cafe\u0301 über naïve';
    expect(detectArtifact(phrase)).toEqual({ kind: 'phrase', phrase });
  });

  it('a phrase with an inline path (a whole suri)', () => {
    expect(detectArtifact(`${DEV_PHRASE}//polkadot/0///pass word`)).toEqual({ kind: 'phrase', phrase: DEV_PHRASE, path: '//polkadot/0///pass word' });
    expect(detectArtifact(`${DEV_PHRASE}/m/44'/60'/0'/0/0`)).toEqual({ kind: 'phrase', phrase: DEV_PHRASE, path: "/m/44'/60'/0'/0/0" });
  });

  it('a 0x seed, lower-cased', () => {
    expect(detectArtifact(SEED_HEX.toUpperCase().replace('0X', '0x'))).toEqual({ kind: 'raw-seed', seed: SEED_HEX });
    expect(detectArtifact(`${SEED_HEX}//Alice`)).toEqual({ kind: 'raw-seed', seed: SEED_HEX, path: '//Alice' });
  });

  it("Vault's secret: and substrate: QR payloads", () => {
    const secret = `secret:${SEED_HEX}:e143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e`;
    const pub = 'substrate:5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY:0xe143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e';
    expect(detectArtifact(`${secret}\n`)).toEqual({ kind: 'secret-qr', payload: secret });
    expect(detectArtifact(pub)).toEqual({ kind: 'public-key-qr', payload: pub });
  });

  it('Banana Split shares, one JSON per line (blank lines and CRLF ignored)', () => {
    expect(detectArtifact(`${SHARES.join('\r\n')}\r\n\r\n`)).toEqual({ kind: 'banana-split', shares: SHARES });
  });

  it('a single Banana Split share, and an array of shares', () => {
    expect(detectArtifact(SHARES[0] as string)).toEqual({ kind: 'banana-split', shares: [SHARES[0]] });
    const fromArray = detectArtifact(`[${SHARES.join(',')}]`);
    expect(fromArray.kind).toBe('banana-split');
    expect(fromArray.kind === 'banana-split' && fromArray.shares.map((s) => JSON.parse(s))).toEqual(SHARES.map((s) => JSON.parse(s)));
  });
});

describe('detectArtifact: --path and --type', () => {
  it('apply to a phrase', () => {
    expect(detectArtifact(DEV_PHRASE, { path: '//kusama', type: 'ed25519' })).toEqual({
      kind: 'phrase',
      phrase: DEV_PHRASE,
      path: '//kusama',
      type: 'ed25519',
    });
  });

  it('apply to a seed', () => {
    expect(detectArtifact(SEED_HEX, { path: '//0', type: 'ecdsa' })).toEqual({ kind: 'raw-seed', seed: SEED_HEX, path: '//0', type: 'ecdsa' });
  });

  it('--path wins over a path written in the file', () => {
    expect(detectArtifact(`${DEV_PHRASE}//Alice`, { path: '//Bob' })).toEqual({ kind: 'phrase', phrase: DEV_PHRASE, path: '//Bob' });
  });

  it('an empty --path means the root key', () => {
    expect(detectArtifact(`${DEV_PHRASE}//Alice`, { path: '' })).toEqual({ kind: 'phrase', phrase: DEV_PHRASE });
  });

  it('do not change a keystore', () => {
    expect(detectArtifact(JSON.stringify(alice), { path: '//x', type: 'ecdsa' })).toEqual({ kind: 'json-keystore', json: alice });
  });
});

describe('detectArtifact: errors', () => {
  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t\r\n'],
    ['only a BOM', '\uFEFF'],
  ])('%s -> E_ARTIFACT_UNKNOWN', (_label, text) => {
    expect(codeOf(() => detectArtifact(text))).toBe('E_ARTIFACT_UNKNOWN');
  });

  it.each([
    ['truncated keystore', JSON.stringify({ address: 'x', encoded: 'y' }).slice(0, -3)],
    ['trailing comma', '{"a": "b",}'],
    ['unterminated array', '[{"v":1}'],
  ])('malformed JSON (%s) -> E_JSON_MALFORMED', (_label, text) => {
    expect(codeOf(() => detectArtifact(text))).toBe('E_JSON_MALFORMED');
  });

  it.each([
    ['an object of numbers', '{"a": 1}'],
    ['an empty object', '{}'],
    ['an empty array', '[]'],
    ['an array of strings', '["a","b"]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('unknown JSON (%s) -> E_ARTIFACT_UNKNOWN', (_label, text) => {
    expect(codeOf(() => detectArtifact(text))).toBe('E_ARTIFACT_UNKNOWN');
  });

  it('several lines of text -> E_ARTIFACT_UNKNOWN', () => {
    expect(codeOf(() => detectArtifact(`${DEV_PHRASE}\n${DEV_PHRASE}`))).toBe('E_ARTIFACT_UNKNOWN');
  });

  it('lines of JSON that are not all Banana Split shares -> E_JSON_MALFORMED', () => {
    expect(codeOf(() => detectArtifact(`${SHARES[0]}\n{"v":1}`))).toBe('E_JSON_MALFORMED');
  });

  it('a 0x value that is not 32 bytes, and text that is no phrase', () => {
    expect(codeOf(() => detectArtifact(SEED_HEX.slice(0, -2)))).toBe('E_ARTIFACT_UNKNOWN');
    expect(codeOf(() => detectArtifact('0xzz'))).toBe('E_ARTIFACT_UNKNOWN');
    expect(codeOf(() => detectArtifact('word1 word2 word3'))).toBe('E_ARTIFACT_UNKNOWN');
  });
});

describe('detectArtifact never echoes its input', () => {
  /** Secret-looking material: hex seeds and phrase-like words (16+ chars so it cannot occur by chance in a fixed message). */
  const secretArb = fc.oneof(
    fc.uint8Array({ minLength: 8, maxLength: 40 }).map((b) => `0x${Buffer.from(b).toString('hex')}`),
    fc.array(fc.stringMatching(/^[a-z]{4,8}$/), { minLength: 4, maxLength: 24 }).map((w) => w.join(' ')),
  );
  /** Wrappers that turn any secret into an input detectArtifact must refuse. */
  const brokenArb = fc.constantFrom(
    (s: string) => `${s}\n${s}`,
    (s: string) => `{"secret": "${s}"`,
    (s: string) => `[${JSON.stringify(s)}]`,
    (s: string) => JSON.stringify({ phrase: s, n: 1 }),
    (s: string) => `${s}1`,
    (s: string) => `{"v":1,"t":"${s}","r":2,"d":"x"}\n${s}`,
    (s: string) => `${s.startsWith('0x') ? s : `0x${s}`}ff`,
  );

  it('error messages never contain the secret', () => {
    let refused = 0;
    fc.assert(
      fc.property(secretArb, brokenArb, (secret, wrap) => {
        const input = wrap(secret);
        let error: unknown;
        try {
          detectArtifact(input);
        } catch (e) {
          error = e;
        }
        if (error === undefined) return; // some wrappings of some secrets are valid input; nothing to check
        expect(error).toBeInstanceOf(ClientError);
        refused++;
        const message = (error as ClientError).message;
        expect(message).not.toContain(secret);
        for (const word of secret.split(' ').filter((w) => w.length >= 6)) expect(message).not.toContain(word);
        expect(message).not.toContain(input.trim().slice(0, 16));
      }),
      { seed: SEED, numRuns: 500 },
    );
    // The property is about refusals: make sure it saw plenty of them.
    expect(refused).toBeGreaterThan(400);
  });

  it('nor for the dev phrase inside malformed JSON', () => {
    const input = `{"phrase": "${DEV_PHRASE}",`;
    expect(() => detectArtifact(input)).toThrow(ClientError);
    try {
      detectArtifact(input);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/bottom|curtain|lonely/);
    }
  });
});
