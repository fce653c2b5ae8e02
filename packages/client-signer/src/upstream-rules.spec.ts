import { type AccountSpec, DEV_PHRASE, type UpstreamRule } from '@interop/core';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import secrets from 'secrets.js-grempe';
import nacl from 'tweetnacl';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBananaSplit, padForSharing, VAULT_DEFAULT_SHARES, vaultRequiredShares } from './banana-split-encode.js';
import { bananaSplitKey } from './banana-split-key.js';
import { recoverBananaSplit } from './banana-split-recover.js';
import { BANANA_RULES, type BananaRuleName } from './banana-split-rules.js';
import { LegacyInstance } from './legacy-instance.js';
import { LEGACY_RULES, type LegacyRuleName } from './legacy-rules.js';
import { legacyDerivedSecret } from './legacy-secret-export.js';
import { parseLegacyPath, parseVaultPath } from './path-rules.js';
import { legacyPhrase, vaultPhrase, vaultPhraseFromInput } from './phrase-rules.js';
import { vaultPublicKeyQr } from './public-key-qr.js';
import { vaultExportedSecret } from './secret-export.js';
import { spCoreJunctions } from './sp-core-junctions.js';
import { BANANA_SPLIT_FIXTURES } from './testing/banana-split-fixtures.js';
import { refusal } from './testing/refusal.js';
import { vaultAddress, vaultEthereumAddress } from './vault-address.js';
import { VaultInstance } from './vault-instance.js';
import { VAULT_DEFAULT_NETWORKS, VAULT_MYTHOS } from './vault-networks.js';
import { VAULT_RULES, type VaultRuleName } from './vault-rules.js';

// Each rule the signer model encodes, shown: the maps are typed on the rule tables, so a rule
// without a demonstration does not compile. Deeper checks of the same rules live in the specs
// named after their files; these show each one at least once, refused ones with the rule's words.

const WESTEND = VAULT_DEFAULT_NETWORKS[2]!;
const alice = (change: Partial<AccountSpec> = {}): AccountSpec => ({
  secret: { kind: 'phrase', phrase: DEV_PHRASE },
  path: '//Alice',
  type: 'sr25519',
  name: 'Alice',
  password: '',
  genesisHash: WESTEND.genesisHash,
  ...change,
});

/** The refusal names the rule and its line. */
function refusedBy(rule: UpstreamRule, run: () => unknown, code: string): void {
  const error = refusal(run);
  expect(error.code).toBe(code);
  expect(error.message).toContain(`(${rule.id}, https://github.com/${rule.source.repo}/blob/${rule.source.ref}/${rule.source.path}#L`);
}

beforeAll(async () => {
  await cryptoWaitReady();
});

const VAULT_DEMOS: Record<VaultRuleName, () => void> = {
  regPath: () => {
    expect(parseVaultPath('//a/b///pw')).toEqual({ path: '//a/b', password: 'pw' });
    refusedBy(VAULT_RULES.regPath, () => parseVaultPath('//a///'), 'E_PATH_INVALID');
  },
  androidNoSpaces: () => {
    refusedBy(VAULT_RULES.androidNoSpaces, () => new VaultInstance().create(alice({ path: '//Alice///my secret' })), 'E_PATH_INVALID');
    expect(parseVaultPath('//Alice///my secret')).toEqual({ path: '//Alice', password: 'my secret' });
  },
  androidPathRegex: () => {
    refusedBy(VAULT_RULES.androidPathRegex, () => new VaultInstance().create(alice({ path: '//Alice///line\u2028break' })), 'E_PATH_INVALID');
    expect(new VaultInstance().create(alice({ path: '//Alice///line_break' })).identity.hasPassword).toBe(true);
  },
  passwordNotStored: () => {
    const key = new VaultInstance().create(alice({ path: '//Alice///secret' })).identity;
    expect([key.path, key.hasPassword, JSON.stringify(key).includes('secret"')]).toEqual(['//Alice', true, false]);
  },
  seedNameRequired: () => refusedBy(VAULT_RULES.seedNameRequired, () => new VaultInstance().create(alice({ name: '' })), 'E_CLIENT_REFUSED'),
  phraseInput: () => expect(vaultPhraseFromInput(' Bottom  DRIVE ')).toBe('bottom drive'),
  phraseWords: () => refusedBy(VAULT_RULES.phraseWords, () => vaultPhrase(DEV_PHRASE.replace('walk', 'walks')), 'E_PHRASE_INVALID'),
  phraseWordCount: () => refusedBy(VAULT_RULES.phraseWordCount, () => vaultPhrase('bottom drive obey'), 'E_PHRASE_INVALID'),
  phraseChecksum: () => refusedBy(VAULT_RULES.phraseChecksum, () => vaultPhrase(DEV_PHRASE.replace('walk', 'wall')), 'E_PHRASE_INVALID'),
  freshNetworks: () =>
    expect(new VaultInstance().networks().map((n) => `${n.name} ${n.encryption}`)).toEqual(['polkadot sr25519', 'kusama sr25519', 'westend sr25519']),
  encryptionFromNetwork: () => refusedBy(VAULT_RULES.encryptionFromNetwork, () => new VaultInstance().create(alice({ type: 'ecdsa' })), 'E_CLIENT_REFUSED'),
  addSpecs: () => {
    const vault = new VaultInstance();
    vault.addSpecs({ network: 'westend', encryption: 'ecdsa' });
    expect(vault.create(alice({ type: 'ecdsa' })).identity.encryption).toBe('ecdsa');
  },
  addSpecsGeneralVerifier: () => {
    const vault = new VaultInstance();
    refusedBy(
      VAULT_RULES.addSpecsGeneralVerifier,
      () => vault.addSpecs({ network: 'polkadot', encryption: 'ed25519', signedBy: 'unsigned' }),
      'E_CLIENT_REFUSED',
    );
    expect(vault.networks()).toHaveLength(3);
  },
  addSpecsKnown: () => {
    const vault = new VaultInstance({ addSpecs: [{ network: 'westend', encryption: 'ed25519' }] });
    refusedBy(VAULT_RULES.addSpecsKnown, () => vault.addSpecs({ network: 'westend', encryption: 'ed25519' }), 'E_CLIENT_REFUSED');
  },
  addSpecsDefaults: () =>
    expect(new VaultInstance().addSpecs({ network: 'kusama', encryption: 'ed25519' })).toMatchObject({
      name: 'kusama',
      pathId: '//kusama',
      title: 'kusama-ed25519',
    }),
  networkOrder: () => {
    const vault = new VaultInstance({ addSpecs: [{ network: 'kusama', encryption: 'ed25519' }] });
    expect(vault.addSpecs({ network: 'polkadot', encryption: 'ed25519' }).order).toBe(4);
    // audit F3: a re-added Polkadot sr25519 replaces the fresh one at order 5, and the Westend ed25519
    // added next takes order 5 too; Vault lists the ed25519 key (variant 0) before the sr25519 one (1).
    vault.addSpecs({ network: 'polkadot', encryption: 'sr25519' });
    vault.addSpecs({ network: 'westend', encryption: 'ed25519' });
    expect(
      vault
        .networks()
        .map((n) => `${n.order} ${n.title}`)
        .slice(-2),
    ).toEqual(['5 westend-ed25519', '5 polkadot-sr25519']);
  },
  keySet: () =>
    expect(new VaultInstance().restore({ kind: 'phrase', phrase: DEV_PHRASE }, {}).map((k) => [k.path, k.network])).toEqual([
      ['', undefined],
      ['//polkadot', 'polkadot'],
      ['//kusama', 'kusama'],
      ['//westend', 'westend'],
    ]),
  preselectedNetworks: () => {
    const vault = new VaultInstance({
      addSpecs: [
        { network: 'polkadot', encryption: 'ecdsa' },
        { network: 'mythos', encryption: 'ethereum' },
      ],
    });
    expect(
      vault
        .restore({ kind: 'phrase', phrase: DEV_PHRASE }, {})
        .filter((k) => k.type === 'ecdsa')
        .map((k) => k.network),
    ).toEqual(['polkadot']);
  },
  keyDerivation: () =>
    refusedBy(VAULT_RULES.keyDerivation, () => new VaultInstance(ED25519).create(alice({ type: 'ed25519', path: '//a/soft' })), 'E_PATH_INVALID'),
  junctionEncoding: () => expect(u8aToHex(spCoreJunctions('//+5')[0]!.chainCode)).toBe(u8aToHex(spCoreJunctions('//5')[0]!.chainCode)),
  addressDisplay: () =>
    // rust/definitions/src/helpers.rs test_print_multisigner_address_no_network
    expect(vaultAddress('0x4a755d99a3cbafc1918769c292848bc87bc2e3cb3e09c17856a1c7d0c784b41c', 'sr25519').address).toBe(
      '8UHfgCidtbdkdXABy12jG7SVtRKdxHX399eLeAsGKvUT2U6',
    ),
  ethereumAddress: () =>
    // rust/constants/src/test_values.rs alice_ethereum_polkadot
    expect(vaultEthereumAddress('0x02c08517b1ff9501d42ab480ea6fa1b9b92f0430fb07e4a9575dbb2d5ec6edb6d6')).toBe('0xe9267b732a8e9c9444e46f3d04d4610a996d682d'),
  publicKeyQr: () =>
    expect(vaultPublicKeyQr('0x02c08517b1ff9501d42ab480ea6fa1b9b92f0430fb07e4a9575dbb2d5ec6edb6d6', VAULT_MYTHOS)).toMatch(/^ethereum:0xe9267b73/),
  secretQr: () => {
    expect(vaultExportedSecret(DEV_PHRASE, parseVaultPath('//hard//more'), 'sr25519')).toHaveLength(32);
    expect(vaultExportedSecret(DEV_PHRASE, parseVaultPath('//hard/soft'), 'sr25519')).toHaveLength(64);
  },
  backupDerivations: () => {
    const vault = new VaultInstance();
    const backup = vault.backup(vault.create(alice({ path: '//Alice///pw' })), 'phrase-path-type', '');
    expect(backup).toMatchObject({ derivations: expect.arrayContaining([{ path: '//Alice', network: 'westend', hasPassword: true }]) });
    expect(JSON.stringify(backup)).not.toContain('"pw"');
  },
  bananaSplitShares: () => expect([VAULT_DEFAULT_SHARES, vaultRequiredShares(VAULT_DEFAULT_SHARES)]).toEqual([4, 3]),
  bananaSplitContent: () => {
    const vault = new VaultInstance();
    const backup = vault.backup(vault.create(alice()), 'banana-split', 'pass');
    if (backup.kind !== 'banana-split') throw new Error('not a Banana Split backup');
    expect(recoverBananaSplit(backup.shares.slice(0, 3), 'pass')).toEqual({ secret: DEV_PHRASE, title: 'Alice' });
  },
  bananaSplitPassphrase: () => {
    const vault = new VaultInstance();
    const ref = vault.create(alice());
    expect(refusal(() => vault.backup(ref, 'banana-split', '')).code).toBe('E_PASSWORD_REQUIRED');
    const backup = vault.backup(ref, 'banana-split', 'any words at all');
    if (backup.kind !== 'banana-split') throw new Error('not a Banana Split backup');
    expect(recoverBananaSplit(backup.shares.slice(1), 'any words at all').title).toBe('Alice');
  },
  bananaSplitMnemonic: () => {
    const shares = encodeBananaSplit('not a phrase', 'Alice', 'pass', 3, 2);
    refusedBy(VAULT_RULES.bananaSplitMnemonic, () => new VaultInstance().restore({ kind: 'banana-split', shares }, { passphrase: 'pass' }), 'E_PHRASE_INVALID');
  },
  bananaSplitWrongPassword: () =>
    refusedBy(VAULT_RULES.bananaSplitWrongPassword, () => recoverBananaSplit(BANANA_SPLIT_FIXTURES.rustAlice.shares.slice(0, 2), 'wrong'), 'E_PASSWORD_WRONG'),
};
const ED25519 = { addSpecs: [{ network: 'westend', encryption: 'ed25519' as const }] };

const LEGACY_DEMOS: Record<LegacyRuleName, () => void> = {
  pathChars: () => refusedBy(LEGACY_RULES.pathChars, () => parseLegacyPath('/日本'), 'E_PATH_INVALID'),
  passwordChars: () => refusedBy(LEGACY_RULES.passwordChars, () => parseLegacyPath('//a///p.w'), 'E_PATH_INVALID'),
  passwordAppended: () => expect(parseLegacyPath('//a///')).toEqual({ path: '//a' }),
  networkKeys: () =>
    expect(new LegacyInstance().restore({ kind: 'phrase', phrase: DEV_PHRASE }, {}).map((k) => k.path)).toEqual([
      '//polkadot',
      '//kusama',
      '//westend',
      "/m/44'/60'/0'/0/0",
    ]),
  defaultNetwork: () => expect(new LegacyInstance().restore({ kind: 'phrase', phrase: DEV_PHRASE, path: '//x' }, {}).at(-1)?.network).toBe('kusama'),
  sr25519Only: () => expect(refusal(() => new LegacyInstance().create(alice({ type: 'ed25519' }))).code).toBe('E_UNSUPPORTED'),
  bip44Ethereum: () => expect(new LegacyInstance().create(alice({ type: 'ethereum', path: "/m/44'/60'/0'/0/0" })).identity.addressForm).toBe('h160'),
  phraseTrimEnd: () => expect(legacyPhrase(`${DEV_PHRASE}  `)).toBe(DEV_PHRASE),
  brainWallet: () => refusedBy(LEGACY_RULES.brainWallet, () => legacyPhrase('correct horse battery staple'), 'E_PHRASE_INVALID'),
  publicKeyQr: () => {
    const legacy = new LegacyInstance();
    expect(legacy.backup(legacy.create(alice({ path: '//kusama', genesisHash: '' })), 'public-key-qr', '')).toMatchObject({
      payload: expect.stringMatching(/^substrate:[1-9A-HJ-NP-Za-km-z]+:0xb0a8d493[0-9a-f]{56}:Alice$/),
    });
  },
  pathName: () => {
    const legacy = new LegacyInstance();
    const qr = (change: Partial<AccountSpec>) => legacy.backup(legacy.create(alice({ name: '', genesisHash: '', ...change })), 'public-key-qr', '');
    expect(qr({ type: 'ethereum', path: "/m/44'/60'/0'/0/0" })).toMatchObject({ payload: expect.stringMatching(/^ethereum:0x[0-9a-fA-F]{40}@1:No name$/) });
    expect(qr({ path: '' })).toMatchObject({ payload: expect.stringMatching(/:Identity root$/) });
    expect(qr({ path: '//kusama//a/b' })).toMatchObject({ payload: expect.stringMatching(/:ab$/) });
    expect(qr({ path: '//solo' })).toMatchObject({ payload: expect.stringMatching(/:solo$/) });
  },
  secretExportOffered: () => {
    const legacy = new LegacyInstance();
    refusedBy(
      LEGACY_RULES.secretExportOffered,
      () => legacy.backup(legacy.create(alice({ path: '//kusama/soft', genesisHash: '' })), 'secret-qr', ''),
      'E_UNSUPPORTED',
    );
    expect(legacy.backup(legacy.create(alice({ path: '//kusama//hard', genesisHash: '' })), 'secret-qr', '').kind).toBe('secret-qr');
  },
  secretExportPayload: () => {
    const legacy = new LegacyInstance();
    expect(legacy.backup(legacy.create(alice({ path: '//kusama', genesisHash: '' })), 'secret-qr', '')).toMatchObject({
      payload: expect.stringMatching(/^secret:0x[0-9a-f]{64}:0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe:Alice$/),
    });
  },
  // react-native-substrate-sign 1.1.1, rust/signer/src/lib.rs:411-423 (test_substrate_secret).
  derivedSecret: () => {
    const phrase = 'grant jaguar wish bench exact find voice habit tank pony state salmon';
    expect(u8aToHex(legacyDerivedSecret(phrase, { path: '//hard' }))).toBe('0x0c4a1f0e772497883ba79c484dfed441008c38572769ab40260a959127949665');
    expect(u8aToHex(legacyDerivedSecret(phrase, { path: '//hard', password: 'password' }))).toBe(
      '0x057687d479e550b1c0caca121db7e7519c573ebb6a7ce6f771213e41900181f6',
    );
  },
};

const A = BANANA_SPLIT_FIXTURES.rustAlice;
const json = (share: string) => JSON.parse(share) as Record<string, unknown>;
const withField = (share: string, field: string, value: unknown) => JSON.stringify({ ...json(share), [field]: value });
const recoverA = (shares: readonly string[]) => () => recoverBananaSplit(shares, A.passphrase);

const BANANA_DEMOS: Record<BananaRuleName, () => void> = {
  key: () => expect(bananaSplitKey('', '')).toHaveLength(32),
  writerShareCount: () => refusedBy(BANANA_RULES.writerShareCount, () => encodeBananaSplit('x', 't', 'p', 1, 1), 'E_CLIENT_REFUSED'),
  writerMaxShares: () => refusedBy(BANANA_RULES.writerMaxShares, () => encodeBananaSplit('x', 't', 'p', 256, 2), 'E_CLIENT_REFUSED'),
  writerPadding: () => expect([...padForSharing(new Uint8Array([9, 9, 9, 9, 9, 9]))]).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 9, 9, 9, 9, 9, 9]),
  writerShare: () => expect(Object.keys(json(encodeBananaSplit('x', 't', 'p', 2, 2)[0]!))).toEqual(['v', 't', 'r', 'd', 'n']),
  notJson: () => refusedBy(BANANA_RULES.notJson, recoverA(['{']), 'E_SHARES'),
  version: () => refusedBy(BANANA_RULES.version, recoverA([withField(A.shares[0]!, 'v', '1')]), 'E_SHARES'),
  required: () => refusedBy(BANANA_RULES.required, recoverA([withField(A.shares[0]!, 'r', 2.5)]), 'E_SHARES'),
  emptyShare: () => refusedBy(BANANA_RULES.emptyShare, recoverA([withField(A.shares[0]!, 'd', '')]), 'E_SHARES'),
  bitsChar: () => refusedBy(BANANA_RULES.bitsChar, recoverA([withField(A.shares[0]!, 'd', '!')]), 'E_SHARES'),
  bitsRange: () => refusedBy(BANANA_RULES.bitsRange, recoverA([withField(A.shares[0]!, 'd', '2AQ==')]), 'E_SHARES'),
  bodyHex: () => refusedBy(BANANA_RULES.bodyHex, recoverA([withField(withField(A.shares[0]!, 'v', null), 'd', '8xyz')]), 'E_SHARES'),
  bodyBase64: () => refusedBy(BANANA_RULES.bodyBase64, recoverA([withField(A.shares[0]!, 'd', '8A')]), 'E_SHARES'),
  shareId: () => refusedBy(BANANA_RULES.shareId, recoverA([withField(A.shares[0]!, 'd', '8')]), 'E_SHARES'),
  setVersion: () => {
    const hexBody = Buffer.from(String(json(A.shares[1]!).d).slice(1), 'base64').toString('hex');
    refusedBy(BANANA_RULES.setVersion, recoverA([A.shares[0]!, withField(withField(A.shares[1]!, 'v', null), 'd', `8${hexBody}`)]), 'E_SHARES');
  },
  setTitle: () => refusedBy(BANANA_RULES.setTitle, recoverA([A.shares[0]!, withField(A.shares[1]!, 't', 'other')]), 'E_SHARES'),
  setRequired: () => refusedBy(BANANA_RULES.setRequired, recoverA([A.shares[0]!, withField(A.shares[1]!, 'r', 3)]), 'E_SHARES'),
  setNonce: () => refusedBy(BANANA_RULES.setNonce, recoverA([A.shares[0]!, withField(A.shares[1]!, 'n', 'AAAA')]), 'E_SHARES'),
  setBits: () =>
    refusedBy(BANANA_RULES.setBits, recoverA([A.shares[0]!, withField(A.shares[1]!, 'd', `7${String(json(A.shares[1]!).d).slice(1)}`)]), 'E_SHARES'),
  setNewId: () => refusedBy(BANANA_RULES.setNewId, recoverA([A.shares[0]!, A.shares[0]!]), 'E_SHARES'),
  setContentLength: () => refusedBy(BANANA_RULES.setContentLength, recoverA([A.shares[0]!, withField(A.shares[1]!, 'd', '8AgA=')]), 'E_SHARES'),
  combine: () => expect(recoverBananaSplit([A.shares[2]!, A.shares[0]!], A.passphrase).secret).toBe(DEV_PHRASE),
  moreShares: () => refusedBy(BANANA_RULES.moreShares, recoverA([A.shares[0]!]), 'E_SHARES'),
  nonceBase64: () => refusedBy(BANANA_RULES.nonceBase64, recoverA([A.shares[0]!, A.shares[1]!].map((s) => withField(s, 'n', '*'))), 'E_SHARES'),
  logRange: () =>
    refusedBy(BANANA_RULES.logRange, recoverA([A.shares[0]!, A.shares[1]!].map((s) => withField(s, 'd', `4${String(json(s).d).slice(1)}`))), 'E_SHARES'),
  idZero: () => {
    const body = Buffer.from(String(json(A.shares[1]!).d).slice(1), 'base64');
    body[0] = 0;
    refusedBy(BANANA_RULES.idZero, recoverA([A.shares[0]!, withField(A.shares[1]!, 'd', `8${body.toString('base64')}`)]), 'E_SHARES');
  },
  nonceLength: () => refusedBy(BANANA_RULES.nonceLength, () => recoverBananaSplit(BANANA_SPLIT_FIXTURES.webAppV0.shares.slice(0, 2), 'x'), 'E_SHARES'),
  notString: () => {
    // a box holding the byte 0xff, shared with secrets.js (the web app's library)
    const nonce = new Uint8Array(24);
    const sealed = Buffer.from(nacl.secretbox(new Uint8Array([0xff]), nonce, bananaSplitKey('p', 't'))).toString('hex');
    const shares = secrets
      .share(sealed, 2, 2)
      .map((share) =>
        JSON.stringify({ v: 1, t: 't', r: 2, d: `8${Buffer.from(share.slice(1), 'hex').toString('base64')}`, n: Buffer.from(nonce).toString('base64') }),
      );
    refusedBy(BANANA_RULES.notString, () => recoverBananaSplit(shares, 'p'), 'E_SHARES');
  },
};

describe.each([
  ['Vault 7.2.0', VAULT_RULES, VAULT_DEMOS],
  ['React Native Signer 4.5.3-beta', LEGACY_RULES, LEGACY_DEMOS],
  ['banana-recovery-rust a6d8d321', BANANA_RULES, BANANA_DEMOS],
] as const)('%s rules, each shown', (_client, rules, demos) => {
  it.each(Object.entries(rules as Record<string, UpstreamRule>))('%s', (name, rule) => {
    expect(rule.source.lines).toMatch(/^\d+(-\d+)?$/);
    (demos as Record<string, () => void>)[name]!();
  });

  it('has unique ids', () => {
    const ids = Object.values(rules as Record<string, UpstreamRule>).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
