import { POLKADOT, WESTEND } from '@interop/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appsEntryView } from './apps-view.js';
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

describe('the Apps-view model predicts ui-keyring loadAll (real ui-keyring, Node worker)', () => {
  it('lists, names, skips and hides the same entries', async () => {
    await fc.assert(
      fc.asyncProperty(storageArb, fc.constantFrom(POLKADOT.genesisHash, WESTEND.genesisHash), async (storage, genesisHash) => {
        const computer = KeyringInNode.open(storage, { genesisHash });
        try {
          const [view, warnings] = await Promise.all([computer.view(), computer.warnings()]);
          const now = Date.now();
          const predicted = Object.keys(storage).map((key) => [key, appsEntryView(key, storage[key], { genesisHash, now })] as const);
          for (const section of ['accounts', 'addresses', 'contracts'] as const) {
            const expected = predicted
              .flatMap(([, v]) => (v.status === 'listed' && v.section === section ? [[v.publicKey, v.name ?? ''] as const] : []))
              .sort();
            const actual = view[section].map((e) => [e.publicKey, e.name] as const).sort();
            expect(actual, section).toEqual(expected);
          }
          const skipped = predicted.filter(([, v]) => v.status === 'skipped').map(([k]) => k);
          expect(warnings.map(skippedKeyOf).sort()).toEqual(skipped.sort());
        } finally {
          await computer.close();
        }
      }),
      { seed: SEED, numRuns: 14 },
    );
  });
});
