import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientError } from './client-error.js';
import { detectArtifact } from './detect-artifact.js';
import { keystoreBodyProblem } from './keystore-body.js';
import { isBatchJson, isKeystoreJson, type KeystoreJson } from './keystore-json.js';
import { readScryptHeader } from './scrypt-header.js';

/**
 * Whatever a file holds, the parsers answer with a value or a ClientError (a code and a message
 * for the user), never another throw: no TypeError from a missing field, no RangeError from
 * nesting, no prototype trickery.
 */
const SEED = Number(process.env.INTEROP_SEED ?? 16);

function onlyClientErrors(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    if (!(error instanceof ClientError)) throw error;
  }
}

const nasty = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'length',
  'encoded',
  'encoding',
  'accounts',
  'v',
  't',
  'r',
  'd',
);
const anyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.dictionary(fc.oneof(nasty, fc.string()), tie('value'), { maxKeys: 6 }),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

/** Objects shaped like the formats, with fields of the wrong type, missing or hostile. */
const keystoreLike = fc.record(
  {
    address: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    encoded: fc.oneof(
      fc.base64String(),
      fc.string(),
      fc.constant(''),
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef') }).map((h) => `0x${h}`),
    ),
    encoding: fc.oneof(
      fc.record(
        {
          content: fc.oneof(fc.array(fc.string()), fc.string(), fc.constant(null)),
          type: fc.oneof(fc.array(fc.constantFrom('scrypt', 'xsalsa20-poly1305', 'none')), fc.string(), fc.integer()),
          version: fc.string(),
        },
        { requiredKeys: [] },
      ),
      anyJson,
    ),
    meta: anyJson,
    accounts: fc.oneof(fc.array(anyJson, { maxLength: 3 }), anyJson),
  },
  { requiredKeys: [] },
);
const bananaLike = fc.record(
  { v: anyJson, t: fc.oneof(fc.string(), anyJson), r: anyJson, d: fc.oneof(fc.string(), anyJson), n: anyJson },
  { requiredKeys: [] },
);

/** Ways a file wraps a value: as is, between tick marks, as a JSON string, one share a line, with a BOM. */
const asFileText = (value: unknown) =>
  fc.constantFrom('plain', 'ticked', 'string', 'bom', 'lines').map((form) => {
    const json = JSON.stringify(value) ?? 'null';
    if (form === 'ticked') return `'${json}'`;
    if (form === 'string') return JSON.stringify(json);
    if (form === 'bom') return `\uFEFF${json}`;
    if (form === 'lines') return Array.isArray(value) ? value.map((v) => JSON.stringify(v) ?? 'null').join('\n') : json;
    return json;
  });

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  anyJson.chain(asFileText),
  keystoreLike.chain(asFileText),
  fc.array(fc.oneof(keystoreLike, bananaLike), { maxLength: 4 }).chain(asFileText),
  fc.nat({ max: 5000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.nat({ max: 5000 }).map((n) => `[{"v":${'['.repeat(n)}${']'.repeat(n)},"t":"a","r":1,"d":"x"}]`),
  fc.constantFrom('secret:', 'substrate:', '0x', "''", '\uFEFF', '{', '[', 'a b c', 'word//hard///pw'),
);

describe('parsers never throw anything but ClientError (fast-check)', () => {
  it('detectArtifact, with and without --path/--type', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(fc.string()),
        fc.option(fc.constantFrom('sr25519', 'ed25519', 'ecdsa', 'ethereum') as fc.Arbitrary<'sr25519'>),
        (t, path, type) => {
          onlyClientErrors(() => detectArtifact(t, { ...(path !== null ? { path } : {}), ...(type !== null ? { type } : {}) }));
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('the keystore readers: shape checks, scrypt header, body length', () => {
    fc.assert(
      fc.property(fc.oneof(keystoreLike, anyJson), (value) => {
        isKeystoreJson(value);
        isBatchJson(value);
        if (!isKeystoreJson(value)) return;
        onlyClientErrors(() => readScryptHeader(value as KeystoreJson));
        onlyClientErrors(() => keystoreBodyProblem(value as KeystoreJson));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('nesting a hundred thousand deep is a coded refusal, not a RangeError', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => detectArtifact(`[{"v":${deep},"t":"a","r":1,"d":"x"}]`)).toThrow(ClientError);
    expect(() => detectArtifact(`{"encoded":"x","encoding":${deep},"address":1}`)).toThrow(/nested more than 64 levels/);
  });
});
