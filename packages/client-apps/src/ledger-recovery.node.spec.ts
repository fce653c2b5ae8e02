import { ledgerKey, toErrorInfo } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeAppsRealm } from './node-realm/node-realm.js';
import { ledgerDerivePath } from './operations/index.js';
import { startNodeRealm } from './testing/node-instances.js';

/** Zondax/ledger-substrate-js tests/key_derivation.test.ts (commit 093db55c): the Ledger app's keys for its test phrase. */
const ZONDAX_PHRASE = 'equip will roof matter pink blind book anxiety banner elbow sun young';
const MNE_1 =
  'open jelly jeans corn ketchup supreme brief element armed lens vault weather original scissors rug priority vicious lesson raven spot gossip powder person volcano';

const hex = (bytes: Uint8Array) => `0x${Buffer.from(bytes).toString('hex')}`;

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return toErrorInfo(error).code;
  }
  return 'accepted';
}

/**
 * Ledger phrase recovery through Apps' Create modal (type ed25519-ledger) on the real
 * util-crypto hdLedger of the Apps profile: the device's published addresses come back, and
 * every index pair equals the independent oracle (core ledgerKey).
 */
describe('Apps: recovering a Ledger from its words (ed25519-ledger)', () => {
  let polkadot: NodeAppsRealm;
  let kusama: NodeAppsRealm;
  beforeAll(async () => {
    [polkadot, kusama] = await Promise.all([startNodeRealm('polkadot'), startNodeRealm('kusama')]);
  });
  afterAll(async () => {
    await Promise.all([polkadot?.close(), kusama?.close()]);
  });

  const request = (seed: string, app: 'polkadot' | 'kusama', accountIndex = 0, addressIndex = 0) =>
    ({ seed, app, accountIndex, addressIndex, name: `ledger ${app} ${accountIndex}/${addressIndex}`, password: 'ledger-pw', ledgerConn: 'webusb' }) as const;

  it("gives the Polkadot Ledger app's published address on Polkadot", async () => {
    const { account, json } = await polkadot.call('createLedger', request(ZONDAX_PHRASE, 'polkadot'));
    expect(account).toMatchObject({ address: '166wVhuQsKFeb7bd1faydHgVvX1bZU2rUuY7FJmWApNz2fQY', type: 'ed25519', hasSecret: true });
    expect(account.publicKey).toBe('0xe1b4d72d27b3e91b9b6116555b4ea17138ddc12ca7cdbab30e2e0509bd848419');
    // A plain ed25519 keystore: any client that reads ed25519 JSON restores the device's key.
    expect(json.encoding.content).toEqual(['pkcs8', 'ed25519']);
  });

  it("gives the Kusama Ledger app's published address on Kusama", async () => {
    const { account } = await kusama.call('createLedger', request(ZONDAX_PHRASE, 'kusama'));
    expect(account).toMatchObject({ address: 'JMdbWK5cy3Bm4oCyhWNLQJoC4cczNgJsyk7nLZHMqFT7z7R', type: 'ed25519' });
  });

  it.each([
    { label: '24 words', seed: MNE_1, accountIndex: 5, addressIndex: 7 },
    { label: '24 words', seed: MNE_1, accountIndex: 19, addressIndex: 0 },
    { label: '24 words and a passphrase', seed: `${MNE_1} testing`, accountIndex: 0, addressIndex: 3 },
  ] as const)('$label at account $accountIndex, address $addressIndex equals the independent oracle', async ({ seed, accountIndex, addressIndex }) => {
    const { account } = await polkadot.call('createLedger', request(seed, 'polkadot', accountIndex, addressIndex));
    expect(account.publicKey).toBe(hex(ledgerKey(seed, ledgerDerivePath('polkadot', accountIndex, addressIndex)).publicKey));
  });

  it('is refused with codes where Apps does not offer it', async () => {
    expect(await refusal(() => polkadot.call('createLedger', { ...request(ZONDAX_PHRASE, 'polkadot', 1, 1), ledgerConn: 'none' }))).toBe('E_UNSUPPORTED');
    expect(await refusal(() => polkadot.call('createLedger', request(ZONDAX_PHRASE, 'polkadot', 20, 0)))).toBe('E_USAGE');
    expect(await refusal(() => polkadot.call('createLedger', request(ZONDAX_PHRASE.replace('young', 'yield'), 'polkadot', 2, 2)))).toBe('E_PHRASE_INVALID');
  });

  // useLedger's hasLedgerChain (polkadot-js/apps react-hooks/src/useLedger.ts, commit 025fbc7b, L59-69):
  // @polkadot/networks 14.0.3 gives westend a genesis hash but no Ledger app (defaults/ledger.ts), so
  // Create.tsx lists no ed25519-ledger type there, whatever the hardware setting.
  it('is not offered on a chain without a Ledger app (Westend)', async () => {
    const westend = await startNodeRealm('westend');
    try {
      const error = await westend.call('createLedger', request(ZONDAX_PHRASE, 'polkadot')).then(
        () => undefined,
        (e: unknown) => toErrorInfo(e),
      );
      expect(error?.code).toBe('E_UNSUPPORTED');
      expect(error?.message).toContain('apps.ledger-enabled');
    } finally {
      await westend.close();
    }
  });
});
