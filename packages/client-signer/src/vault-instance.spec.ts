import { type AccountSpec, DEV_PHRASE, expectedPublicKey, NETWORKS, refusesTypedPath, SP_CORE_RULES } from '@interop/core';
import { phraseArb, substratePathArb } from '@interop/core/arbitraries';
import { cryptoWaitReady, ed25519PairFromSeed, secp256k1PairFromSeed, sr25519PairFromSeed } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseVaultPublicKeyQr } from './public-key-qr.js';
import { parseSecretQr } from './secret-qr.js';
import type { SignerIdentity } from './signer-identity.js';
import { VAULT_PROFILE } from './signer-profiles.js';
import { refusal } from './testing/refusal.js';
import { VAULT_CAPABILITIES } from './vault-capabilities.js';
import { VaultInstance } from './vault-instance.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);
const WESTEND = NETWORKS.find((n) => n.name === 'westend')!.genesisHash;

const view = (keys: readonly SignerIdentity[]) => keys.map((k) => `${k.type} ${k.network ?? '-'} ${k.path} ${k.publicKey}`).sort();

/** A Vault that took the add_specs steps the capabilities name for ed25519 and ecdsa keys. */
const WITH_SPECS = {
  addSpecs: [
    ...(VAULT_CAPABILITIES.create.phrase.ed25519.supported ? (VAULT_CAPABILITIES.create.phrase.ed25519.setup?.addSpecs ?? []) : []),
    ...(VAULT_CAPABILITIES.create.phrase.ecdsa.supported ? (VAULT_CAPABILITIES.create.phrase.ecdsa.setup?.addSpecs ?? []) : []),
    { network: 'mythos', encryption: 'ethereum' as const },
  ],
};

beforeAll(async () => {
  await cryptoWaitReady();
});

describe('Vault restore from a phrase', () => {
  it('lists the key set Vault creates: root (no network) then //polkadot, //kusama, //westend', () => {
    const keys = new VaultInstance().restore({ kind: 'phrase', phrase: DEV_PHRASE }, {});
    expect(keys.map((k) => [k.path, k.network, k.genesisHash?.slice(0, 10), k.addressForm])).toEqual([
      ['', undefined, undefined, 'ss58'],
      ['//polkadot', 'polkadot', '0x91b171bb', 'ss58'],
      ['//kusama', 'kusama', '0xb0a8d493', 'ss58'],
      ['//westend', 'westend', '0xe143f238', 'ss58'],
    ]);
    // rust/constants/src/test_values.rs: alice_sr_kusama; core KNOWN_ANSWERS: ErGkNDDP… at prefix 2
    expect(keys[2]!.address).toBe('ErGkNDDPmnaRZKxwe4VBLonyBJVmucqURFMatEJTwktsuTv');
  });

  it('adds the path a user gives as a custom derivation on the first network, once', () => {
    const vault = new VaultInstance();
    const withAlice = vault.restore({ kind: 'phrase', phrase: DEV_PHRASE, path: '//Alice' }, {});
    expect(withAlice.at(-1)).toMatchObject({ path: '//Alice', network: 'polkadot', address: '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5' });
    expect(vault.restore({ kind: 'phrase', phrase: DEV_PHRASE, path: '//polkadot' }, {})).toHaveLength(4);
    // the password is used, never stored (identities.rs keeps only has_pwd)
    const secretKey = vault.restore({ kind: 'phrase', phrase: DEV_PHRASE, path: '//secret///abracadabra' }, {}).at(-1)!;
    expect(secretKey).toMatchObject({ path: '//secret', hasPassword: true, publicKey: '0x76b68c7ad0e084b37d6a0c8c92d792f6041da5e7ff0c6c3d4a2d6b97772ad46e' });
    expect(JSON.stringify(secretKey)).not.toContain('abracadabra');
  });

  it('puts a custom derivation on the network the instance was started with', () => {
    const keys = new VaultInstance({ network: 'westend' }).restore({ kind: 'phrase', phrase: DEV_PHRASE, path: '//Alice' }, {});
    expect(keys.at(-1)).toMatchObject({ network: 'westend', address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' });
  });

  it.each([
    [{ path: '//a///' }, 'E_PATH_INVALID', /password after \/\/\/ is empty/],
    [{ path: 'no_path_at_all' }, 'E_PATH_INVALID', /invalid format/],
    [{ path: '//Alice/soft', type: 'ed25519' as const }, 'E_PATH_INVALID', /^Secret string error: InvalidPath .*\(vault\.key-derivation/],
    [{ path: "/m/44'/60'/0'/0/0", type: 'ethereum' as const }, 'E_PATH_INVALID', /^Secret string error: InvalidPath \(ecdsa keys/],
    [{ phrase: 'bottom drive obey' }, 'E_PHRASE_INVALID', /number of words/],
    [{ phrase: `${DEV_PHRASE.slice(0, -4)}fit` }, 'E_PHRASE_INVALID', /checksum/],
  ])('refuses %j', (change, code, why) => {
    const error = refusal(() => new VaultInstance(WITH_SPECS).restore({ kind: 'phrase', phrase: DEV_PHRASE, ...change }, {}));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(why);
  });

  it.each(['raw-seed', 'json-keystore', 'secret-qr', 'public-key-qr', 'local-storage'] as const)(
    'refuses a %s backup as unsupported, with the reason',
    (kind) => {
      const artifacts = {
        'raw-seed': { kind: 'raw-seed', seed: `0x${'11'.repeat(32)}` },
        'json-keystore': {
          kind: 'json-keystore',
          json: { encoded: '', encoding: { content: ['pkcs8', 'sr25519'], type: ['none'], version: '3' }, address: '', meta: {} },
        },
        'secret-qr': { kind: 'secret-qr', payload: `secret:0x${'11'.repeat(32)}:${WESTEND.slice(2)}` },
        'public-key-qr': { kind: 'public-key-qr', payload: `substrate:5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY:${WESTEND}` },
        'local-storage': { kind: 'local-storage', dump: { a: 'b' } },
      } as const;
      const error = refusal(() => new VaultInstance().restore(artifacts[kind] as never, {}));
      expect(error.code).toBe('E_UNSUPPORTED');
      expect(error.message.length).toBeGreaterThan(20);
    },
  );
});

describe('Vault create -> backup -> restore', () => {
  const specArb = fc.constantFrom('sr25519' as const, 'ed25519' as const, 'ecdsa' as const).chain((type) =>
    fc.record({
      secret: phraseArb().map((phrase) => ({ kind: 'phrase' as const, phrase })),
      // The paths Vault's Android derive screen lets a user type (no blanks: VAULT_RULES.androidNoSpaces).
      path: substratePathArb(type).filter((path) => !refusesTypedPath(VAULT_PROFILE.info.traits, path)),
      type: fc.constant(type),
      name: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,11}$/),
      password: fc.constant('unused'),
      genesisHash: fc.constantFrom('', ...NETWORKS.map((n) => n.genesisHash)),
    }),
  );

  it('makes the key the oracle expects; its backup screen (phrase and paths) gives back every key of the set on a phone with the same specs, the mnemonic alone only the default keys', () => {
    // Every path the arbitrary draws, also those sp-core and util-crypto read apart (`0x…`, numbers
    // of 2^64 and more, non-NFC text): the expectation is the independent oracle under sp-core's
    // rules (its own port, pinned by util-crypto in core oracle/junction-rules.spec.ts), so a Vault
    // that derived them the polkadot-js way, or any other wrong way, is caught here.
    fc.assert(
      fc.property(specArb, (spec: AccountSpec) => {
        const source = new VaultInstance(WITH_SPECS);
        const ref = source.create(spec);
        expect(ref.identity.publicKey).toBe(expectedPublicKey(spec, SP_CORE_RULES));

        const backup = source.backup(ref, 'phrase-path-type', '');
        const password = spec.path.includes('///') ? spec.path.slice(spec.path.indexOf('///') + 3) : undefined;
        const restored = new VaultInstance(WITH_SPECS).restore(backup, password === undefined ? {} : { password });
        const defaults = new VaultInstance(WITH_SPECS).restore({ kind: 'phrase', phrase: spec.secret.kind === 'phrase' ? spec.secret.phrase : '' }, {});
        const created = [...defaults, ref.identity];
        // Notes name no encryption: each is re-entered in every spec of its network's name, so the
        // restored set may hold more keys than the source's, never fewer.
        expect(view(restored)).toEqual(expect.arrayContaining(view(created)));

        // The mnemonic as most users write it down: the root and network keys, no custom derivation.
        expect(view(new VaultInstance(WITH_SPECS).restore(source.backup(ref, 'phrase', ''), {}))).toEqual(view(defaults));
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('writes Secret and public-key QRs that lead back to the key', () => {
    fc.assert(
      fc.property(specArb, (spec: AccountSpec) => {
        const vault = new VaultInstance(WITH_SPECS);
        const ref = vault.create(spec);
        const secretQr = vault.backup(ref, 'secret-qr', '');
        if (secretQr.kind !== 'secret-qr') throw new Error('not a secret QR');
        const { secret, genesisHash } = parseSecretQr(secretQr.payload);
        expect(genesisHash).toBe(ref.identity.genesisHash);
        const bytes = Buffer.from(secret.slice(2), 'hex');
        const publicKey =
          spec.type === 'ed25519'
            ? ed25519PairFromSeed(bytes).publicKey
            : spec.type === 'ecdsa'
              ? secp256k1PairFromSeed(bytes).publicKey
              : bytes.length === 32
                ? sr25519PairFromSeed(bytes).publicKey
                : null;
        if (publicKey !== null) expect(Buffer.from(publicKey).toString('hex')).toBe(ref.identity.publicKey.slice(2));
        else expect(bytes).toHaveLength(64);

        const publicQr = vault.backup(ref, 'public-key-qr', '');
        if (publicQr.kind !== 'public-key-qr') throw new Error('not a public-key QR');
        const parsed = parseVaultPublicKeyQr(publicQr.payload);
        expect([parsed.scheme, parsed.publicKey, parsed.genesisHash]).toEqual(['substrate', ref.identity.publicKey, ref.identity.genesisHash]);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  it('needs the derivation password again: Vault lists passworded paths without it', () => {
    const vault = new VaultInstance();
    const ref = vault.create({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//secret///abracadabra', type: 'sr25519', name: 'Alice', password: '' });
    const backup = vault.backup(ref, 'phrase-path-type', '');
    expect(JSON.stringify(backup)).not.toContain('abracadabra');
    expect(refusal(() => new VaultInstance().restore(backup, {})).code).toBe('E_PASSWORD_REQUIRED');
    expect(new VaultInstance().restore(backup, { password: 'abracadabra' }).map((k) => k.publicKey)).toContain(ref.identity.publicKey);
  });

  it('backs a key set up as Banana Split shares that recover it, named by the set title', () => {
    const vault = new VaultInstance();
    const ref = vault.create({
      secret: { kind: 'phrase', phrase: DEV_PHRASE },
      path: '//Alice',
      type: 'sr25519',
      name: 'Alice',
      password: '',
      genesisHash: WESTEND,
    });
    const backup = vault.backup(ref, 'banana-split', 'correct-horse-battery-staple');
    if (backup.kind !== 'banana-split') throw new Error('not banana split');
    expect(backup.shares).toHaveLength(4);
    const keys = new VaultInstance().restore({ kind: 'banana-split', shares: backup.shares.slice(1) }, { passphrase: 'correct-horse-battery-staple' });
    expect(keys.map((k) => [k.name, k.path])).toEqual([
      ['Alice', ''],
      ['Alice', '//polkadot'],
      ['Alice', '//kusama'],
      ['Alice', '//westend'],
    ]);
    expect(refusal(() => new VaultInstance().restore({ kind: 'banana-split', shares: backup.shares.slice(2) }, { passphrase: 'x' })).code).toBe('E_SHARES');
  });

  it.each([
    [{ type: 'ed25519' as const }, 'E_CLIENT_REFUSED'],
    [{ type: 'ecdsa' as const, genesisHash: WESTEND }, 'E_CLIENT_REFUSED'],
    [{ type: 'ethereum' as const, path: "/m/44'/60'/0'/0/0" }, 'E_UNSUPPORTED'],
    [{ secret: { kind: 'seed' as const, seed: `0x${'11'.repeat(32)}` as const } }, 'E_UNSUPPORTED'],
    [{ name: '' }, 'E_CLIENT_REFUSED'],
    [{ genesisHash: `0x${'ab'.repeat(32)}` }, 'E_CLIENT_REFUSED'],
  ])('refuses to create %j', (change, code) => {
    const spec: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'sr25519', name: 'A', password: '', ...change };
    expect(refusal(() => new VaultInstance().create(spec)).code).toBe(code);
  });
});

describe('network specs: a fresh Vault holds sr25519 Polkadot, Kusama, Westend; add_specs brings the rest', () => {
  const alice = (change: Partial<AccountSpec>): AccountSpec => ({
    secret: { kind: 'phrase', phrase: DEV_PHRASE },
    path: '//Alice',
    type: 'sr25519',
    name: 'Alice',
    password: '',
    ...change,
  });

  it('refuses an ed25519 key until a westend ed25519 spec is added, then makes it there (vault.encryption-from-network, vault.add-specs)', () => {
    const vault = new VaultInstance();
    const before = refusal(() => vault.create(alice({ type: 'ed25519', genesisHash: WESTEND })));
    expect([before.code, before.message]).toEqual([
      'E_CLIENT_REFUSED',
      expect.stringMatching(/^Vault holds no westend network with ed25519 encryption: .*\(vault\.encryption-from-network, https:/),
    ]);
    expect(vault.addSpecs({ network: 'westend', encryption: 'ed25519' })).toMatchObject({
      name: 'westend',
      title: 'westend-ed25519',
      pathId: '//westend',
      order: 3,
    });
    // rust/constants/src/test_values.rs ed(): //Alice, Ed25519
    expect(vault.create(alice({ type: 'ed25519', genesisHash: WESTEND })).identity).toMatchObject({
      type: 'ed25519',
      network: 'westend',
      publicKey: '0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee',
    });
  });

  it("refuses the same add_specs twice with Vault's words (vault.add-specs-known)", () => {
    const vault = new VaultInstance({ addSpecs: [{ network: 'kusama', encryption: 'ecdsa' }] });
    const again = refusal(() => vault.addSpecs({ network: 'kusama', encryption: 'ecdsa' }));
    expect(again.message).toMatch(
      /^Exactly same network specs for network kusama with encryption ecdsa are already in the database\. \(vault\.add-specs-known/,
    );
    expect(vault.networks().map((n) => `${n.order} ${n.name} ${n.encryption}`)).toEqual([
      '0 polkadot sr25519',
      '1 kusama sr25519',
      '2 westend sr25519',
      '3 kusama ecdsa',
    ]);
  });

  // helpers.rs specs_are_new L117-145: a held spec whose title, colours, logo or path_id differ is
  // stored again (add_specs.rs L616-644, a network of the general verifier, signed by it), ordered
  // after every spec (db_transactions.rs L570-574).
  // A fresh Vault's Polkadot is titled "Polkadot" (rust/defaults/src/lib.rs L160), generate_message's
  // "polkadot-sr25519" (helpers.rs L708-712).
  it("takes an add_specs QR of a fresh Vault's own Polkadot spec: the spec is replaced and ordered last (vault.add-specs-known)", () => {
    const vault = new VaultInstance();
    expect(vault.addSpecs({ network: 'polkadot', encryption: 'sr25519' })).toMatchObject({ title: 'polkadot-sr25519', order: 3 });
    expect(vault.networks().map((n) => `${n.order} ${n.title}`)).toEqual(['1 Kusama', '2 Westend', '3 polkadot-sr25519']);
    // The same QR again is now exactly the spec held.
    expect(refusal(() => vault.addSpecs({ network: 'polkadot', encryption: 'sr25519' })).message).toMatch(/^Exactly same network specs for network polkadot/);
  });

  // add_specs.rs L613-658 with error.rs L334-339 (NeedGeneralVerifier) and the Parity key of
  // rust/defaults/src/lib.rs L89-92 (DEFAULT_VERIFIER_PUBLIC, shown as hex by show_error).
  it("refuses an unsigned add_specs QR for a chain the general verifier holds, in Vault's words (vault.add-specs-general-verifier)", () => {
    const vault = new VaultInstance();
    const unsigned = refusal(() => vault.addSpecs({ network: 'kusama', encryption: 'ecdsa', signedBy: 'unsigned' }));
    expect([unsigned.code, unsigned.message]).toEqual([
      'E_CLIENT_REFUSED',
      expect.stringMatching(
        /^General verifier in the database is public key: c46a22b9da19540a77cbde23197e5fd90485c72b4ecf3c599ecca6998f39bd57, encryption: sr25519\. Received unsigned kusama network information could be accepted only if signed by the general verifier\. \(vault\.add-specs-general-verifier/,
      ),
    ]);
    expect(refusal(() => vault.create(alice({ type: 'ecdsa' }))).code).toBe('E_CLIENT_REFUSED');
    expect(vault.addSpecs({ network: 'kusama', encryption: 'ecdsa', signedBy: 'general-verifier' }).title).toBe('kusama-ecdsa');
  });

  // add_specs.rs L51-86: a chain no one verifies yet takes an unsigned QR (with a warning) and is
  // verified by no one from then on (L184-220 takes the next unsigned one); handing it to the
  // general verifier (L221-416) is beyond the model, which says so instead of guessing.
  it('takes unsigned add_specs QRs for a chain no one verifies, and names what it does not model', () => {
    const vault = new VaultInstance();
    expect(vault.addSpecs({ network: 'mythos', encryption: 'ethereum', signedBy: 'unsigned' }).title).toBe('mythos-ethereum');
    expect(vault.addSpecs({ network: 'mythos', encryption: 'sr25519', signedBy: 'unsigned' }).order).toBe(4);
    const signed = refusal(() => vault.addSpecs({ network: 'mythos', encryption: 'ed25519' }));
    expect([signed.code, signed.message]).toEqual(['E_UNSUPPORTED', expect.stringMatching(/^this model does not follow mythos's verifier/)]);
  });

  it('preselects the added spec of a default chain for a recovered key set (vault.preselected-networks)', () => {
    const keys = new VaultInstance({ addSpecs: [{ network: 'westend', encryption: 'ed25519' }] }).restore({ kind: 'phrase', phrase: DEV_PHRASE }, {});
    expect(keys.map((k) => `${k.type} ${k.path}`)).toEqual(['sr25519 ', 'sr25519 //polkadot', 'sr25519 //kusama', 'sr25519 //westend', 'ed25519 //westend']);
  });

  it("does not give the key type for free: an ed25519 key's backup screen names its network, and a Vault without the ed25519 spec makes it sr25519 (vault.backup-derivations)", () => {
    const source = new VaultInstance({ addSpecs: [{ network: 'westend', encryption: 'ed25519' }] });
    const ref = source.create(alice({ type: 'ed25519', genesisHash: WESTEND }));
    const backup = source.backup(ref, 'phrase-path-type', '');
    expect(backup).toMatchObject({ kind: 'phrase', derivations: expect.arrayContaining([{ path: '//Alice', network: 'westend' }]) });
    const fresh = new VaultInstance().restore(backup, {});
    expect(fresh.map((k) => k.publicKey)).not.toContain(ref.identity.publicKey);
    // rust/constants/src/test_values.rs alice_sr_alice: the sr25519 //Alice instead
    expect(fresh).toContainEqual(
      expect.objectContaining({ type: 'sr25519', path: '//Alice', publicKey: '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d' }),
    );
    const withSpec = new VaultInstance({ addSpecs: [{ network: 'westend', encryption: 'ed25519' }] }).restore(backup, {});
    expect(withSpec.map((k) => k.publicKey)).toContain(ref.identity.publicKey);
  });
});
