import { POLKADOT, WESTEND } from '@interop/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AppsViewOptions, appsEntryView } from './apps-view.js';
import { skippedKeyOf } from './chromium/observed-view.js';
import { KeyringInNode } from './node-realm/keyring-in-node.js';
import { nastyTextArb, SEED, toDump } from './testing/dump-arbitraries.js';
import { exampleEntries } from './testing/example-dumps.js';
import { wikiLoopString } from './wiki-loop-value.js';

/**
 * The Apps-view model (what loadAll lists, skips or hides) against the real
 * @polkadot/ui-keyring 3.16.7 loadAll in a Node worker, over real entries damaged the ways the
 * wiki loop and users damage them.
 */
const ENTRIES = [...new Map(exampleEntries()).entries()];

type Mutation = (value: string) => string;
const edit =
  (f: (json: Record<string, unknown> & { meta: Record<string, unknown> }) => void): Mutation =>
  (value) => {
    const json = JSON.parse(value) as Record<string, unknown> & { meta: Record<string, unknown> };
    f(json);
    return JSON.stringify(json);
  };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant((v: string) => v),
  nastyTextArb.map((name) =>
    edit((j) => {
      j.meta.name = name;
    }),
  ),
  nastyTextArb.map(
    (name) => (v: string) =>
      wikiLoopString(
        edit((j) => {
          j.meta.name = name;
        })(v),
      ),
  ),
  fc.constant(
    edit((j) => {
      delete (j as Record<string, unknown>).meta;
    }),
  ),
  fc.constant(
    edit((j) => {
      delete j.encoding;
    }),
  ),
  fc.constant(
    edit((j) => {
      j.meta.isTesting = true;
    }),
  ),
  fc.constant(
    edit((j) => {
      j.meta.genesisHash = WESTEND.genesisHash;
    }),
  ),
  fc.constant(
    edit((j) => {
      j.meta.genesisHash = '';
    }),
  ),
  fc.constant(
    edit((j) => {
      j.meta = { isRecent: true, whenCreated: 1 };
    }),
  ),
  fc.constant(
    edit((j) => {
      j.encoded = 'not base64!';
    }),
  ),
  // Valid base64 characters and padding, with padding bits set: base64Decode refuses it.
  fc.constant(
    edit((j) => {
      j.encoded = 'AB==';
    }),
  ),
  fc.constant(
    edit((j) => {
      j.meta = { ...j.meta, contract: undefined };
    }),
  ),
  fc.constant(
    edit((j) => {
      j.address = 'nope';
    }),
  ),
  fc.constant(
    edit((j) => {
      j.encoding = { content: ['batch-pkcs8'], type: ['none'], version: '3' };
    }),
  ),
  fc.constant(() => ''),
  fc.constant(() => 'null'),
  fc.constant((v: string) => v.slice(0, v.length >> 1)),
);

const storageArb = fc
  .uniqueArray(fc.constantFrom(...ENTRIES), { minLength: 1, maxLength: 6, selector: ([k]) => k })
  .chain((entries) => fc.tuple(...entries.map(([k, v]) => mutationArb.map((m) => [k, m(v)] as [string, string]))))
  .map(toDump);

/** Asset Hub Polkadot, a system parachain (paraId 1000): Apps adds the relay's genesis there (genesisHashAdd). */
const ASSET_HUB_POLKADOT = '0x68d56f15f85d3136970ec16946040bc1752654e906147f7e43e9d539d7c3de2f';

type LoadOptions = Pick<AppsViewOptions, 'genesisHash' | 'genesisHashAdd'> & { readonly keyringType: 'ed25519' | 'ethereum' };

const loadOptionsArb: fc.Arbitrary<LoadOptions> = fc.record({
  genesisHash: fc.constantFrom(POLKADOT.genesisHash, WESTEND.genesisHash, ASSET_HUB_POLKADOT),
  genesisHashAdd: fc.constantFrom([], [POLKADOT.genesisHash]),
  keyringType: fc.constantFrom('ed25519' as const, 'ethereum' as const),
});

/** The real loadAll over `storage`, and the model's view of each key, under the same options. */
async function both(storage: Record<string, string>, options: LoadOptions) {
  const computer = KeyringInNode.open(storage, { ...options, type: options.keyringType });
  try {
    const [view, warnings, after] = await Promise.all([computer.view(), computer.warnings(), computer.dump()]);
    const now = Date.now();
    const predicted = Object.keys(storage).map((key) => [key, appsEntryView(key, storage[key], { ...options, now })] as const);
    return { view, warnings, after, predicted };
  } finally {
    await computer.close();
  }
}

describe('the Apps-view model predicts ui-keyring loadAll (real ui-keyring, Node worker)', () => {
  it('lists, names, addresses, re-saves, skips and hides the same entries', async () => {
    await fc.assert(
      fc.asyncProperty(storageArb, loadOptionsArb, async (storage, options) => {
        const { view, warnings, after, predicted } = await both(storage, options);
        // Two entries listed under one address are one entry in Apps (its subject is keyed by address):
        // the model judges each key alone, so such storages are outside what it predicts (apps-view.ts).
        const listed = predicted.flatMap(([, v]) => (v.status === 'listed' ? [`${v.section} ${v.address}`] : []));
        fc.pre(new Set(listed).size === listed.length);
        for (const section of ['accounts', 'addresses', 'contracts'] as const) {
          const expected = predicted
            .flatMap(([, v]) => (v.status === 'listed' && v.section === section ? [[v.publicKey, v.name ?? '', v.address] as const] : []))
            .sort();
          const actual = view[section].map((e) => [e.publicKey, e.name, e.address] as const).sort();
          expect(actual, section).toEqual(expected);
        }
        // Every listed entry is written back under the key the model names (ui-keyring re-saves each one).
        for (const [, v] of predicted) if (v.status === 'listed') expect(Object.keys(after), v.savedUnder).toContain(v.savedUnder);
        const skipped = predicted.filter(([, v]) => v.status === 'skipped').map(([k]) => k);
        expect(warnings.map(skippedKeyOf).sort()).toEqual(skipped.sort());
      }),
      { seed: SEED, numRuns: 20 },
    );
  });

  // Each case one rule of polkadot-js/ui v3.16.7 Keyring.ts (or keyring v14.0.3), named with its lines; the
  // expected words are read off the upstream code, and the real loadAll must agree with them too.
  const account = ENTRIES.find(([k, v]) => k.startsWith('account:') && v.includes('xsalsa20-poly1305')) as [string, string];
  const address = ENTRIES.find(([k]) => k.startsWith('address:')) as [string, string];
  const withMeta = (v: string, meta: Record<string, unknown>) => edit((j) => Object.assign(j.meta, meta))(v);
  const ed25519 = { genesisHash: POLKADOT.genesisHash, genesisHashAdd: [], keyringType: 'ed25519' } as const;

  it("allowGenesis (L279-293, Base.ts genesisHashes L72-76): the relay chain's account is listed on a system parachain", async () => {
    const storage = { [account[0]]: withMeta(account[1], { genesisHash: POLKADOT.genesisHash }) };
    const hidden = await both(storage, { ...ed25519, genesisHash: ASSET_HUB_POLKADOT });
    expect(hidden.predicted[0]?.[1].status).toBe('hidden');
    expect(hidden.view.accounts).toEqual([]);
    const added = await both(storage, { ...ed25519, genesisHash: ASSET_HUB_POLKADOT, genesisHashAdd: [POLKADOT.genesisHash] });
    expect(added.predicted[0]?.[1].status).toBe('listed');
    expect(added.view.accounts).toHaveLength(1);
  });

  it('keyring encodeAddress (keyring.ts L246-250): on an ethereum keyring an sr25519 account shows and is re-saved as an H160', async () => {
    const { view, after, predicted } = await both({ [account[0]]: account[1] }, { ...ed25519, keyringType: 'ethereum' });
    const v = predicted[0]?.[1];
    if (v?.status !== 'listed') throw new Error(`expected listed, got ${v?.status}`);
    // ethereumEncode of 32 bytes keeps the last 20 (util-crypto ethereum/encode.ts getH160).
    expect(v.savedUnder).toBe(`account:0x${v.publicKey.slice(-40)}`);
    expect(v.address.toLowerCase()).toBe(`0x${v.publicKey.slice(-40)}`);
    expect(view.accounts.map((a) => a.address)).toEqual([v.address]);
    expect(Object.keys(after).sort()).toEqual([account[0], v.savedUnder].sort());
  });

  it('createFromJson base64Decode: "AB==" (padding bits set) is skipped with a warning', async () => {
    const { warnings, predicted } = await both({ [account[0]]: edit((j) => Object.assign(j, { encoded: 'AB==' }))(account[1]) }, ed25519);
    expect(predicted[0]?.[1]).toEqual({ status: 'skipped', reason: 'encoded is not base64' });
    expect(warnings.map(skippedKeyOf)).toEqual([account[0]]);
  });

  it('loadAddress (L239-249): hex that is not 32 bytes is shown as it is stored', async () => {
    const key = '0x02509540919FAACF9AB52146C9AA40DB68172D83777250B28E4679176E49CCDD9F';
    const { view, predicted } = await both({ [address[0]]: edit((j) => Object.assign(j, { address: key }))(address[1]) }, ed25519);
    expect(predicted[0]?.[1]).toMatchObject({ status: 'listed', address: key, savedUnder: `address:${key.toLowerCase()}` });
    expect(view.addresses.map((a) => a.address)).toEqual([key]);
  });

  it('getContracts (L197-207): a contract entry without meta.contract is not listed, even with no chain', async () => {
    const contract = JSON.stringify({ address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', meta: { name: 'c' } });
    const key = 'contract:0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
    const computer = KeyringInNode.open({ [key]: contract }, {});
    try {
      expect((await computer.view()).contracts).toEqual([]);
    } finally {
      await computer.close();
    }
    expect(appsEntryView(key, contract, {})).toEqual({ status: 'not-listed', reason: 'no meta.contract' });
  });
});
