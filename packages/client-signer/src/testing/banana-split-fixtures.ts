import { DEV_PHRASE } from '@interop/core';

/** A Banana Split set written by a reference implementation, with where it comes from. */
export interface BananaSplitFixture {
  readonly source: string;
  /** Each share's QR text. */
  readonly shares: readonly string[];
  readonly passphrase: string;
  readonly title: string;
  readonly secret: string;
  readonly required: number;
}

const RUST_TESTS = 'paritytech/banana-recovery-rust src/tests.rs at a6d8d321 (the commit Vault 7.2.0 pins)';
const WEB_APP_TESTS = 'paritytech/banana_split tests/unit/crypto.spec.ts at c8d11ea9';
const WEB_APP_RUN =
  'written by running paritytech/banana_split src/util/crypto.ts share() at c8d11ea9 with its yarn.lock versions (secrets.js-grempe 1.1.0, scryptsy 2.1.0, tweetnacl 1.0.3, base64-js 1.5.1) on Node 20, 2026-11-29';

const fromHex = (hex: string): string => Buffer.from(hex, 'hex').toString('utf8');

/**
 * Sets from the reference implementations, which Vault's reader must read: the QR payloads of
 * banana-recovery-rust's own tests (lines 9-25; scanned from codes the Banana Split web app
 * printed, 128-bit padded), the web app's reference examples, and sets its writer made.
 */
export const BANANA_SPLIT_FIXTURES = {
  rustAlice: {
    source: `${RUST_TESTS} lines 9-12 (SCAN_A1..3, PASSPHRASE_A; alice_recovers_secret1..3)`,
    shares: [
      '7b2276223a312c2274223a22416c6963652074726965732042616e616e6153706c697420616761696e222c2272223a322c2264223a223841666c74524d465a42425930326b3675457262364e747a375855364957796747764649444c4247566167542f6e7a5365507a55304e7a436e7175795975363765666634675462674564445542787671594f4d32557048326c6758544c673667583437546c694958554d66317562322f7675726c7479727769516b564e5636505158673d3d222c226e223a226f39446270426939723755574a484f726975444172523456726330564f6f336c227d',
      '7b2276223a312c2274223a22416c6963652074726965732042616e616e6153706c697420616761696e222c2272223a322c2264223a223841752f61694a2b794343786f715a7843434d6e32312f426358675a4b4935316b55742b644a6d6f782f7255456c3434485149547a437055414a38516835635a302b7155717067554d76697161777238763671786d3959544f4e636e66667942774249693067634b576f776463776f31664270456b5176357757694358654f38486a773d3d222c226e223a226f39446270426939723755574a484f726975444172523456726330564f6f336c227d',
      '7b2276223a312c2274223a22416c6963652074726965732042616e616e6153706c697420616761696e222c2272223a322c2264223a2238417861337a4637724444706363394c743952667969422f4b587a372f43775778434b516349454f6d6564716d5a424e776e75744636766157584e79394a425553683263732f32372f2b4e51594e58644370486a444d644d6357614c544b31696d575a787768762b6f4a6c4735557450456d596e6f4f73433155674d716c69424b77413d3d222c226e223a226f39446270426939723755574a484f726975444172523456726330564f6f336c227d',
    ].map(fromHex),
    passphrase: 'blighted-comprised-bucktooth-disjoin',
    title: 'Alice tries BananaSplit again',
    secret: DEV_PHRASE,
    required: 2,
  },
  rustWeirdTitle: {
    source: `${RUST_TESTS} lines 15-19 (SCAN_B1..3; alice_makes_weird_title, alice_recovers_secret4)`,
    shares: [
      '7b2276223a312c2274223a227465727269626c655c2274727574685c5c5c226573636170696e67222c2272223a322c2264223a2238415553374d6556585855746f6d4e75744a5a55794d3571776f43553978484e527754335a7855345634772f6b2b7a392b326e4f4e53755041635039786d74313766413d3d222c226e223a2232657364784b536243436b4b4b59626b63465269446b692b2b5447304e5a6258227d',
      '7b2276223a312c2274223a227465727269626c655c2274727574685c5c5c226573636170696e67222c2272223a322c2264223a2238416f687259746575757062514c617448536a646e47594f6a5a63314347614f514a6359373163376c39766565425a4a477734644c6c4c4b63784352744833546b55513d3d222c226e223a2232657364784b536243436b4b4b59626b63465269446b692b2b5447304e5a6258227d',
      '7b2276223a312c2274223a227465727269626c655c2274727574685c5c5c226573636170696e67222c2272223a322c2264223a223841387a51557a4c35353932347458447162364a553948395a4a7057635568676b6557526c4c6b5731446c524470414b6c5079414a336e616f714732536c784f5253673d3d222c226e223a2232657364784b536243436b4b4b59626b63465269446b692b2b5447304e5a6258227d',
    ].map(fromHex),
    passphrase: 'clapping-deskbound-carving-compress',
    title: 'terrible"truth\\"escaping',
    secret: 'it was the butler!',
    required: 2,
  },
  rustFriends: {
    source: `${RUST_TESTS} lines 22-25 (SCAN_C1..3; alice_recovers_secret5)`,
    shares: [
      '7b2276223a312c2274223a22616c6963652068617320746f6f206d616e7920667269656e6473222c2272223a332c2264223a2238416639685249636c676879765935706f4178535a59317664546c79625a37324862354e494d536f686257334e44477139477462552f514e32577130704b505a754a6a6c344d586c7a6e636e4e787a567743493367686f682f377a686b4544682f376c725654587445716a5066424e48652b3867575a76757761617944335744454d673d3d222c226e223a22774c4a2b4b31663456654955784a6a7051736f6c724864725a49645a61657176227d',
      '7b2276223a312c2274223a22616c6963652068617320746f6f206d616e7920667269656e6473222c2272223a332c2264223a2238416f4e556549754463476641597134496c4e496c513159493653785162673075694e5963517965536c645a50786d766b754d76586c326a377333424c2f505461505a782b6a436c704e4c49314c366b79776b7a6f6f6f386236333550394171316376345655526b7959464b774a2b434875414a3471334d525156686a7830676369773d3d222c226e223a22774c4a2b4b31663456654955784a6a7051736f6c724864725a49645a61657176227d',
      '7b2276223a312c2274223a22616c6963652068617320746f6f206d616e7920667269656e6473222c2272223a332c2264223a2238413377315041796d386e7476415452687430336552396a50327946447259333935726b72555a71556d514d66545a7247464d74722b486a3266673532785855567243782f564a7a706c6e792b414966557a367249686d6a765530335a42543161694d332f5172654c58736450674f676d784e446b714466306d7551764431394943413d3d222c226e223a22774c4a2b4b31663456654955784a6a7051736f6c724864725a49645a61657176227d',
    ].map(fromHex),
    passphrase: 'appetizer-deserving-accompany-cusp',
    title: 'alice has too many friends',
    secret: DEV_PHRASE,
    required: 3,
  },
  webAppV1: {
    source: `${WEB_APP_TESTS} lines 93-105 ("reconstructs the reference example of v1 serialization")`,
    shares: [
      '{"v":1,"t":"Pssst","r":2,"d":"8AdI3F1Xn4CK9mXEVWLWgg2gzho5WV38E/hn1OYyRMZenL/Jm6dmrZoiji2ZlMSVEW+XN9WW1I/ilDC1yiu4oBa4=","n":"a17TDZHP2iL/sdPHgFJUP3NlAC7bDgrp"}',
      '{"v":1,"t":"Pssst","r":2,"d":"8ArluLqrT3URnL+IqsHddG9MpXqvSNt5JBLfTqSJmCg4raIFLg2XhfbnFLCTgCumI4qByThq9bBxnwLy8EgEHYiw=","n":"a17TDZHP2iL/sdPHgFJUP3NlAC7bDgrp"}',
      '{"v":1,"t":"Pssst","r":2,"d":"8A2tZOf80PWbatpM/6ML9mLrUFkOu4kpyUiY62bPA6HmkVVtQpfosdF3nuhpo6K3MfmjsJ8ROokDShDgNka/ptFI=","n":"a17TDZHP2iL/sdPHgFJUP3NlAC7bDgrp"}',
    ],
    passphrase: 'excess-torch-unfold-fix',
    title: 'Pssst',
    secret: 'Version one is all-around better',
    required: 2,
  },
  webAppV0: {
    source: `${WEB_APP_TESTS} lines 79-91 ("reconstructs the reference example of v0 serialization": hex body, hex nonce)`,
    shares: [
      '{"t":"Very secret info","r":2,"d":"803c12929ba469d720a63fc8ca6f6ef1cc441f8f0b830ea04f8a484169ec800e4a7","n":"29abbb2c509adedb470f6d3fd3d083362b8c1a9283adf987"}',
      '{"t":"Very secret info","r":2,"d":"801b4196813bb664141169f939414fec30c7f343326d8df45e557b25b0249fd43e2","n":"29abbb2c509adedb470f6d3fd3d083362b8c1a9283adf987"}',
      '{"t":"Very secret info","r":2,"d":"80275318760b66ee5a1d7430dbf8769fda05e9e1ff7447eaa78539fbed006f0390b","n":"29abbb2c509adedb470f6d3fd3d083362b8c1a9283adf987"}',
    ],
    passphrase: 'amazing-daring-panda-horror',
    title: 'Very secret info',
    secret: 'Any questions?',
    required: 2,
  },
  webAppUnicode: {
    source: `${WEB_APP_RUN}: share('Текст сообщения 🔑', 'Это секрет', passphrase, 3, 2); non-ASCII escaped as \\uXXXX`,
    shares: [
      '{"v":1,"t":"\\u042d\\u0442\\u043e \\u0441\\u0435\\u043a\\u0440\\u0435\\u0442","r":2,"d":"8ATnM7mQrjK9kky7ewx787d1AbUjfKS9X6wuYA3xjhjPO/9dl/vO4aE3EnkPQh2ZvFwsqAS2vxRg7wnrFAiHrE/U=","n":"kjd6o+LVSeyevohbr1uVmGy236+1nlqD"}',
      '{"v":1,"t":"\\u042d\\u0442\\u043e \\u0441\\u0435\\u043a\\u0440\\u0435\\u0442","r":2,"d":"8AnKFwchWBUPIO1yhmzzmbR4vbjY40oAWWOd3nKKiUtkW8E8jsq14zme6KW27Z0WWcyncsELtCEDAhHChNrnKX3U=","n":"kjd6o+LVSeyevohbr1uVmGy236+1nlqD"}',
      '{"v":1,"t":"\\u042d\\u0442\\u043e \\u0441\\u0435\\u043a\\u0440\\u0435\\u0442","r":2,"d":"8A0tJL6x9ieysqHJ/WCIb5l8KbxxlcOUpwkjZ6egWHnRe9czqfWw4rIqQRHdpzK/BpDeO32fTuINiTXZ20TrVkP4=","n":"kjd6o+LVSeyevohbr1uVmGy236+1nlqD"}',
    ],
    passphrase: 'correct-horse-battery-staple',
    title: 'Это секрет',
    secret: 'Текст сообщения 🔑',
    required: 2,
  },
  webAppDevPhrase: {
    source: `${WEB_APP_RUN}: share(DEV_PHRASE, 'Alice', passphrase, 4, 3)`,
    shares: [
      '{"v":1,"t":"Alice","r":3,"d":"8AYSCm0R2s9WrKlD/HCtuMwJE/XnHc9PMgGqvyv6BAo05uecPva4zZGVpo6ctDKqQR9qnDdDdIGhbVDJgwpKpVKnEQK+Qn6B74/qC055hWH4fPE9xzl6Gocg4re4LY1tFBA==","n":"UDF7PjM4BNqDTwlOHLz4NGQ+mJlU6VZn"}',
      '{"v":1,"t":"Alice","r":3,"d":"8Ahz/jbbAFZWaJ/RG+3Yg39Nz2zacUoOBqfgtwW4vKM5OO9BYfjJUQgDOyyX6xsmkffSoC/pPaKhHE9iUMK2uuoNmufJgh1Pn4DCmlch7ArWjpC4K0OcMJxbBkE9GpJaOhA==","n":"UDF7PjM4BNqDTwlOHLz4NGQ+mJlU6VZn"}',
      '{"v":1,"t":"Alice","r":3,"d":"8A5h9FvK2pkAxDaS4OsZk7lQDFVWNNrkW0aAyj1i/sDIDw+wvXvL0Y16dmGynQrKFwVO2KK5k2mZt4wRtcyN1d7KN/kFZ/cJR84D8EQ2DEQ07mGqzbGJ5DugBJcx+yN35gw==","n":"UDF7PjM4BNqDTwlOHLz4NGQ+mJlU6VZn"}',
      '{"v":1,"t":"Alice","r":3,"d":"8BBxcpYktj79Kn7gtTyYMYyAcR83/k0Vx5E4hTZZhpWe60xwn8PVSQmuayBy5ZX7aQT0v9QcCTbyI4vQsIpkWdVePprPwQ5zoCKIrtXB8eFjrAs/fEA9EGFUgzs3NlUECDg==","n":"UDF7PjM4BNqDTwlOHLz4NGQ+mJlU6VZn"}',
    ],
    passphrase: 'correct-horse-battery-staple',
    title: 'Alice',
    secret: DEV_PHRASE,
    required: 3,
  },
} as const satisfies Record<string, BananaSplitFixture>;
