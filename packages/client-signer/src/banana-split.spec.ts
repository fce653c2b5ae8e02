import { DEV_PHRASE } from '@interop/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBananaSplit } from './banana-split-encode.js';
import { recoverBananaSplit } from './banana-split-recover.js';
import { refusal } from './testing/refusal.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);

// paritytech/banana-recovery-rust src/tests.rs: the QR payloads (hex of each share's JSON) of three
// Banana Split sets, scanned from real QR codes, with their passphrases and secrets.
const SCAN_A: readonly string[] = [
  '7b2276223a312c2274223a22416c6963652074726965732042616e616e6153706c697420616761696e222c2272223a322c2264223a223841666c74524d465a42425930326b3675457262364e747a375855364957796747764649444c4247566167542f6e7a5365507a55304e7a436e7175795975363765666634675462674564445542787671594f4d32557048326c6758544c673667583437546c694958554d66317562322f7675726c7479727769516b564e5636505158673d3d222c226e223a226f39446270426939723755574a484f726975444172523456726330564f6f336c227d',
  '7b2276223a312c2274223a22416c6963652074726965732042616e616e6153706c697420616761696e222c2272223a322c2264223a223841752f61694a2b794343786f715a7843434d6e32312f426358675a4b4935316b55742b644a6d6f782f7255456c3434485149547a437055414a38516835635a302b7155717067554d76697161777238763671786d3959544f4e636e66667942774249693067634b576f776463776f31664270456b5176357757694358654f38486a773d3d222c226e223a226f39446270426939723755574a484f726975444172523456726330564f6f336c227d',
  '7b2276223a312c2274223a22416c6963652074726965732042616e616e6153706c697420616761696e222c2272223a322c2264223a2238417861337a4637724444706363394c743952667969422f4b587a372f43775778434b516349454f6d6564716d5a424e776e75744636766157584e79394a425553683263732f32372f2b4e51594e58644370486a444d644d6357614c544b31696d575a787768762b6f4a6c4735557450456d596e6f4f73433155674d716c69424b77413d3d222c226e223a226f39446270426939723755574a484f726975444172523456726330564f6f336c227d',
].map((hex) => Buffer.from(hex, 'hex').toString('utf8'));
const SCAN_B: readonly string[] = [
  '7b2276223a312c2274223a227465727269626c655c2274727574685c5c5c226573636170696e67222c2272223a322c2264223a2238415553374d6556585855746f6d4e75744a5a55794d3571776f43553978484e527754335a7855345634772f6b2b7a392b326e4f4e53755041635039786d74313766413d3d222c226e223a2232657364784b536243436b4b4b59626b63465269446b692b2b5447304e5a6258227d',
  '7b2276223a312c2274223a227465727269626c655c2274727574685c5c5c226573636170696e67222c2272223a322c2264223a2238416f687259746575757062514c617448536a646e47594f6a5a63314347614f514a6359373163376c39766565425a4a477734644c6c4c4b63784352744833546b55513d3d222c226e223a2232657364784b536243436b4b4b59626b63465269446b692b2b5447304e5a6258227d',
  '7b2276223a312c2274223a227465727269626c655c2274727574685c5c5c226573636170696e67222c2272223a322c2264223a223841387a51557a4c35353932347458447162364a553948395a4a7057635568676b6557526c4c6b5731446c524470414b6c5079414a336e616f714732536c784f5253673d3d222c226e223a2232657364784b536243436b4b4b59626b63465269446b692b2b5447304e5a6258227d',
].map((hex) => Buffer.from(hex, 'hex').toString('utf8'));
const SCAN_C: readonly string[] = [
  '7b2276223a312c2274223a22616c6963652068617320746f6f206d616e7920667269656e6473222c2272223a332c2264223a2238416639685249636c676879765935706f4178535a59317664546c79625a37324862354e494d536f686257334e44477139477462552f514e32577130704b505a754a6a6c344d586c7a6e636e4e787a567743493367686f682f377a686b4544682f376c725654587445716a5066424e48652b3867575a76757761617944335744454d673d3d222c226e223a22774c4a2b4b31663456654955784a6a7051736f6c724864725a49645a61657176227d',
  '7b2276223a312c2274223a22616c6963652068617320746f6f206d616e7920667269656e6473222c2272223a332c2264223a2238416f4e556549754463476641597134496c4e496c513159493653785162673075694e5963517965536c645a50786d766b754d76586c326a377333424c2f505461505a782b6a436c704e4c49314c366b79776b7a6f6f6f386236333550394171316376345655526b7959464b774a2b434875414a3471334d525156686a7830676369773d3d222c226e223a22774c4a2b4b31663456654955784a6a7051736f6c724864725a49645a61657176227d',
  '7b2276223a312c2274223a22616c6963652068617320746f6f206d616e7920667269656e6473222c2272223a332c2264223a2238413377315041796d386e7476415452687430336552396a50327946447259333935726b72555a71556d514d66545a7247464d74722b486a3266673532785855567243782f564a7a706c6e792b414966557a367249686d6a765530335a42543161694d332f5172654c58736450674f676d784e446b714466306d7551764431394943413d3d222c226e223a22774c4a2b4b31663456654955784a6a7051736f6c724864725a49645a61657176227d',
].map((hex) => Buffer.from(hex, 'hex').toString('utf8'));

/** The same share with its id byte set to 0. */
function zeroId(share: string): string {
  const json = JSON.parse(share) as { d: string };
  const body = Buffer.from(json.d.slice(1), 'base64');
  body[0] = 0;
  return JSON.stringify({ ...json, d: `${json.d[0]}${body.toString('base64')}` });
}

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...tail] = items;
  return [...subsets(tail, size - 1).map((rest) => [head as T, ...rest]), ...subsets(tail, size)];
}

describe('Banana Split recovery, published sets', () => {
  it('recovers the dev phrase from any two of set A (alice_recovers_secret1..3)', () => {
    for (const pair of subsets(SCAN_A, 2)) {
      expect(recoverBananaSplit(pair, 'blighted-comprised-bucktooth-disjoin')).toEqual({ secret: DEV_PHRASE, title: 'Alice tries BananaSplit again' });
    }
  });

  it('salts with the unescaped title (alice_makes_weird_title, alice_recovers_secret4)', () => {
    const recovered = recoverBananaSplit([SCAN_B[1]!, SCAN_B[2]!], 'clapping-deskbound-carving-compress');
    expect(recovered).toEqual({ secret: 'it was the butler!', title: 'terrible"truth\\"escaping' });
  });

  it('needs three of set C and refuses two (alice_recovers_secret5)', () => {
    expect(recoverBananaSplit(SCAN_C, 'appetizer-deserving-accompany-cusp').secret).toBe(DEV_PHRASE);
    const short = refusal(() => recoverBananaSplit(SCAN_C.slice(0, 2), 'appetizer-deserving-accompany-cusp'));
    expect([short.code, short.message]).toEqual(['E_SHARES', 'not enough shares: have 2, need 3']);
  });

  it('reads the web app v1 reference set (paritytech/banana_split tests/unit/crypto.spec.ts "reference example of v1")', () => {
    const shares = [
      '{"v":1,"t":"Pssst","r":2,"d":"8AdI3F1Xn4CK9mXEVWLWgg2gzho5WV38E/hn1OYyRMZenL/Jm6dmrZoiji2ZlMSVEW+XN9WW1I/ilDC1yiu4oBa4=","n":"a17TDZHP2iL/sdPHgFJUP3NlAC7bDgrp"}',
      '{"v":1,"t":"Pssst","r":2,"d":"8ArluLqrT3URnL+IqsHddG9MpXqvSNt5JBLfTqSJmCg4raIFLg2XhfbnFLCTgCumI4qByThq9bBxnwLy8EgEHYiw=","n":"a17TDZHP2iL/sdPHgFJUP3NlAC7bDgrp"}',
      '{"v":1,"t":"Pssst","r":2,"d":"8A2tZOf80PWbatpM/6ML9mLrUFkOu4kpyUiY62bPA6HmkVVtQpfosdF3nuhpo6K3MfmjsJ8ROokDShDgNka/ptFI=","n":"a17TDZHP2iL/sdPHgFJUP3NlAC7bDgrp"}',
    ];
    expect(recoverBananaSplit([shares[2]!, shares[0]!], 'excess-torch-unfold-fix').secret).toBe('Version one is all-around better');
  });

  it('refuses the web app v0 reference set: banana-recovery-rust decodes every nonce as base64, and this hex nonce is 36 bytes', () => {
    // paritytech/banana_split tests/unit/crypto.spec.ts "reference example of v0"; in Vault,
    // src/shares.rs combine() base64-decodes the nonce and XSalsa20Poly1305 panics on its length.
    const shares = [
      '{"t":"Very secret info","r":2,"d":"803c12929ba469d720a63fc8ca6f6ef1cc441f8f0b830ea04f8a484169ec800e4a7","n":"29abbb2c509adedb470f6d3fd3d083362b8c1a9283adf987"}',
      '{"t":"Very secret info","r":2,"d":"801b4196813bb664141169f939414fec30c7f343326d8df45e557b25b0249fd43e2","n":"29abbb2c509adedb470f6d3fd3d083362b8c1a9283adf987"}',
    ];
    expect(refusal(() => recoverBananaSplit(shares, 'amazing-daring-panda-horror')).message).toBe('the nonce is 36 bytes, not 24');
  });
});

describe('Banana Split refusals (banana-recovery-rust src/error.rs texts)', () => {
  it('says the passphrase is wrong (qr_reader_phone BananaSplitWrongPassword) and asks for one only once enough shares are in', () => {
    const wrong = refusal(() => recoverBananaSplit(SCAN_A.slice(0, 2), 'not-the-passphrase'));
    expect([wrong.code, wrong.message]).toEqual(['E_PASSWORD_WRONG', 'Banana Split password is wrong']);
    expect(refusal(() => recoverBananaSplit(SCAN_A.slice(0, 2), undefined)).code).toBe('E_PASSWORD_REQUIRED');
    expect(refusal(() => recoverBananaSplit(SCAN_A.slice(0, 1), undefined)).code).toBe('E_SHARES');
  });

  it.each([
    ['the same share twice', () => [SCAN_A[0]!, SCAN_A[0]!], 'Share is already in the set.'],
    ['shares of two sets', () => [SCAN_A[0]!, SCAN_C[0]!], 'Share could not be added to the set, because its title is different.'],
    ['a share that is not JSON', () => ['{"v":1,', SCAN_A[0]!], 'Unable to parse the input as a json object.'],
    ['a version 2 share', () => [SCAN_A[0]!.replace('"v":1', '"v":2')], 'Version 2 is not supported.'],
    ['a damaged body', () => [SCAN_A[0]!.replace('"d":"8', '"d":"8*'), SCAN_A[1]!], 'Share with version V1 was expected to have content in base64 format.'],
    [
      'a bits char out of range',
      () => [SCAN_A[0]!.replace('"d":"8', '"d":"z'), SCAN_A[1]!],
      'Bits in share data 35 are outside of expected range [3..=20]. Likely the share is damaged.',
    ],
    ['a share with id 0', () => [SCAN_A[0]!, zeroId(SCAN_A[1]!)], /^the shares do not combine/],
    ['a changed nonce', () => [SCAN_A[0]!, SCAN_A[1]!.replace('"n":"o', '"n":"p')], 'Share could not be added to the set, because its nonce is different.'],
  ])('refuses %s with E_SHARES', (_what, shares, message) => {
    const error = refusal(() => recoverBananaSplit(shares(), 'blighted-comprised-bucktooth-disjoin'));
    expect(error.code).toBe('E_SHARES');
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it('refuses a split Vault would refuse to write', () => {
    expect(refusal(() => encodeBananaSplit('x', 't', 'p', 1, 1)).message).toBe('Too few shares.');
    expect(refusal(() => encodeBananaSplit('x', 't', 'p', 2, 3)).message).toBe('Too few shares.');
  });
});

describe('Banana Split round trip (Vault v1 format)', () => {
  it('writes shares Vault reads: {"v":1,"t","r","d":"8"+base64,"n": 24-byte base64 nonce}', () => {
    const shares = encodeBananaSplit(DEV_PHRASE, 'Alice', 'correct-horse', 4, 3);
    for (const share of shares) {
      const json = JSON.parse(share) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(['v', 't', 'r', 'd', 'n']);
      expect([json.v, json.t, json.r]).toEqual([1, 'Alice', 3]);
      expect(json.d).toMatch(/^8[A-Za-z0-9+/]+=*$/);
      expect(Buffer.from(json.n as string, 'base64')).toHaveLength(24);
    }
  });

  it('recovers the secret from every required-subset and refuses every smaller one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 2, max: n }))),
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        ([n, required], title, passphrase, secret) => {
          const shares = encodeBananaSplit(secret, title, passphrase, n, required);
          expect(shares).toHaveLength(n);
          for (const subset of subsets(shares, required)) expect(recoverBananaSplit(subset, passphrase)).toEqual({ secret, title });
          for (const subset of subsets(shares, required - 1)) {
            const error = refusal(() => recoverBananaSplit(subset, passphrase));
            expect(error.code).toBe('E_SHARES');
          }
        },
      ),
      { seed: SEED, numRuns: 5 },
    );
  });
});
