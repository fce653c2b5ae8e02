import { suriOf } from '../account-spec.js';
import { displayAddress } from '../address.js';
import { ARTIFACT_KINDS, type Artifact, type ArtifactKind } from '../artifact.js';
import type { AccountRef, Client, ClientFactory, StartOptions, Support } from '../client.js';
import { ERROR_CODES, toErrorInfo } from '../client-error.js';
import type { Identity } from '../identity.js';
import { sameIdentity } from '../identity.js';
import { KEY_TYPES, type KeyType } from '../key-type.js';
import type { KeystoreJson } from '../keystore-json.js';
import { KNOWN_ANSWERS } from '../known-answers.js';
import { isWatchOnlyMethod, METHOD_ARTIFACT, METHODS, type Method } from '../method.js';
import { expectedPublicKey } from '../oracle/expected-key.js';
import { withScryptMemo } from '../rpc/scrypt-memo-scope.js';
import { SharedScryptMemo } from '../rpc/shared-scrypt-memo.js';
import { carriesPhraseOnly, contractSpec } from './contract-specs.js';

/** One check of the contract: it throws (with what it saw) when the client breaks the contract. */
export interface ContractCheck {
  readonly name: string;
  run(): Promise<void>;
}

/** The checks of one profile, sharing a maker and a reader instance per start set-up (opened on first use, closed by `close`). */
export interface ClientContract {
  readonly checks: readonly ContractCheck[];
  close(): Promise<void>;
}

class ContractBreach extends Error {}

function fail(message: string): never {
  throw new ContractBreach(message);
}

const WHOLE_STORE_METHODS: ReadonlySet<Method> = new Set(['batch-json', 'export-all', 'local-storage']);

const HARNESS_BREAKS = new Set(['E_INTERNAL', 'E_TIMEOUT', 'E_WORKER_CRASHED']);

/** Runs `act` and requires a refusal with a code of ERROR_CODES that is not a harness break. */
async function expectRefusal(what: string, act: () => Promise<unknown>): Promise<void> {
  let result: unknown;
  try {
    result = await act();
  } catch (error) {
    const info = toErrorInfo(error);
    if (!(info.code in ERROR_CODES) || HARNESS_BREAKS.has(info.code)) fail(`${what}: refused without a client code (${info.code}: ${info.message})`);
    return;
  }
  fail(`${what}: expected a coded refusal, got ${JSON.stringify(result)?.slice(0, 200)}`);
}

function reachable(s: Support): boolean {
  return s.supported && s.requires === undefined;
}

/** A minimal artifact of a kind, for "refuses what it cannot read" checks. */
const PROBES: Readonly<Record<ArtifactKind, Artifact>> = {
  // A checksum that fails; a hex seed of 33 bytes. (Not '0x1234': Apps' Create.tsx rawValidate takes any
  // text of 1-32 characters as a raw seed, and the keyring pads it to 32 bytes, so Apps rightly restores it.)
  phrase: { kind: 'phrase', phrase: 'bottom drive obey lake curtain smoke basket hold race lonely fit fit' },
  'raw-seed': { kind: 'raw-seed', seed: `0x${'12'.repeat(33)}` },
  'json-keystore': {
    kind: 'json-keystore',
    json: { encoded: 'AAAA', encoding: { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' }, address: '', meta: {} },
  },
  'batch-json': {
    kind: 'batch-json',
    json: { encoded: 'AAAA', encoding: { content: ['batch-pkcs8'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' }, accounts: [] },
  },
  // An entry that is no account (an empty array is a valid export of nothing: Apps imports none).
  'export-all': { kind: 'export-all', json: [{}] as unknown as readonly KeystoreJson[] },
  'local-storage': { kind: 'local-storage', dump: { 'account:0x00': '{' } },
  // 64 characters that are not hex: no seed, no phrase, no key. ('secret:0x00:00' is not refused
  // everywhere: polkadot-js/ui react-qr ScanAddress.tsx v3.16.7 passes '0x00' on, and polkadot-js/common
  // keyring.ts v14.0.3 L229 takes any text of 32 characters or fewer as a seed. Nor is a 33-byte hex
  // secret: SubWallet pairs any secret that is not 32 bytes with the third field, Secret.ts L156-161.)
  'secret-qr': { kind: 'secret-qr', payload: `secret:0x${'zz'.repeat(32)}:0x${'00'.repeat(32)}` },
  'public-key-qr': { kind: 'public-key-qr', payload: 'substrate:not-an-address:0x00' },
  'banana-split': { kind: 'banana-split', shares: ['{}'] },
};

function holds(restored: readonly Identity[], key: Pick<Identity, 'publicKey' | 'type'>, watchOnly: boolean): boolean {
  if (!watchOnly) return restored.some((r) => r.hasSecret && sameIdentity(r, key));
  const address = displayAddress(key.publicKey, key.type).toLowerCase();
  return restored.some(
    (r) => !r.hasSecret && (r.publicKey.toLowerCase() === key.publicKey.toLowerCase() || displayAddress(r.publicKey, r.type).toLowerCase() === address),
  );
}

/**
 * The contract every client profile passes (after Bowtie's smoke check): each "yes" of its
 * capability table gives the known answer (the independent oracle under the profile's own
 * derivation rules, and the published vector where one exists), each "no" is a coded refusal,
 * two instances share nothing, disposing twice is safe, and bad input is refused with a code.
 * Capabilities that need a step first (`requires`) are left to the profile's own tests.
 */
export function clientContract(factory: ClientFactory): ClientContract {
  const caps = factory.capabilities();
  const rules = factory.info.traits.derivation;
  const opened: Promise<Client>[] = [];
  const open = (setup?: StartOptions): Promise<Client> => {
    const started = factory.start(setup);
    opened.push(started);
    return started;
  };
  // Two instances per start set-up a capability names (Apps' ethereum keys need an Ethereum chain):
  // one makes and backs up, the other restores, so a restore never reads the maker's own store.
  const instances = new Map<string, Promise<Client>>();
  const instance = (role: string, setup: StartOptions | undefined): Promise<Client> => {
    const key = `${role} ${JSON.stringify(setup ?? {})}`;
    let client = instances.get(key);
    if (client === undefined) {
      client = open(setup);
      instances.set(key, client);
    }
    return client;
  };
  const setupOf = (s: Support): StartOptions | undefined => (s.supported ? s.setup : undefined);
  const checks: ContractCheck[] = [];
  // Every account gets a name of its own: a wallet may refuse a name it already holds (SubWallet).
  let made = 0;
  const named = (type: KeyType, secret: 'phrase' | 'seed', method?: Method) => contractSpec(factory, type, secret, method, `contract account ${++made}`);
  // One account per key type, secret and set-up serves every "refuses a … backup" check: what a
  // client refuses to back up does not hang on which of its accounts it is, and each account costs
  // a create (the client's scrypt, 1-3 s at its parameters).
  const refusalAccounts = new Map<string, Promise<AccountRef>>();
  const refusalAccount = (client: Client, type: KeyType, secret: 'phrase' | 'seed', setup: StartOptions | undefined): Promise<AccountRef> => {
    const key = `${type} ${secret} ${JSON.stringify(setup ?? {})}`;
    let ref = refusalAccounts.get(key);
    if (ref === undefined) {
      ref = client.create(named(type, secret));
      refusalAccounts.set(key, ref);
    }
    return ref;
  };

  checks.push({
    name: 'starts, and disposing twice is safe',
    async run() {
      const c = await factory.start();
      await c.dispose();
      await c.dispose();
    },
  });

  for (const secret of ['phrase', 'seed'] as const) {
    for (const type of KEY_TYPES) {
      if (!reachable(caps.create[secret][type])) continue;
      checks.push({
        name: `creates ${type} from a ${secret} as the oracle gives under its own rules`,
        async run() {
          const spec = named(type, secret);
          const expected = expectedPublicKey(spec, rules);
          const ref = await (await instance('maker', setupOf(caps.create[secret][type]))).create(spec);
          if (!sameIdentity(ref.identity, { publicKey: expected, type }))
            fail(`created ${ref.identity.type} ${ref.identity.publicKey}, the oracle gives ${type} ${expected}`);
          // The vectors are published under the standard rules (BIP39's 2048 rounds, NFC): the oracle must
          // reproduce them there, whatever rules this client follows (util-crypto 13.5.6 differs on purpose).
          const vector = KNOWN_ANSWERS.find((v) => v.suri === suriOf(spec) && v.type === type);
          const standard = expectedPublicKey(spec);
          if (vector?.publicKey !== undefined && vector.publicKey !== standard)
            fail(`the published vector (${vector.source}) is ${vector.publicKey}, the oracle gives ${standard}`);
        },
      });
    }
  }

  for (const method of METHODS) {
    for (const type of KEY_TYPES) {
      const backup = caps.backup[method][type];
      const secret = method === 'raw-seed' ? 'seed' : 'phrase';
      const create = caps.create[secret][type];
      if (!reachable(create)) continue;
      if (!backup.supported) {
        checks.push({
          name: `refuses a ${method} backup of ${type} with a code`,
          async run() {
            const client = await instance('maker', setupOf(create));
            const ref = await refusalAccount(client, type, secret, setupOf(create));
            await expectRefusal(`${method} backup`, () => client.backup(ref, method, 'contract password'));
          },
        });
        continue;
      }
      if (backup.requires !== undefined) continue;
      const kind = METHOD_ARTIFACT[method];
      // A phrase-only backup of a key that is not among the client's defaults does not come back
      // even in the same client (a known divergence the matrix shows): only its kind is checked here.
      const lossy = carriesPhraseOnly(method) && !factory.info.traits.phraseDefaults.some((d) => d.type === type);
      const readsOwn = reachable(caps.restore[kind][type]) && !lossy;
      checks.push({
        name: readsOwn ? `backs up ${type} by ${method} and restores the same key` : `backs up ${type} by ${method} as a ${kind}`,
        async run() {
          const spec = named(type, secret, method);
          // A backup of every account re-encrypts each one (scrypt, about a second at the clients'
          // parameters): it gets a maker of its own, so it holds this method's accounts only.
          const client = await instance(WHOLE_STORE_METHODS.has(method) ? `maker ${method}` : 'maker', setupOf(create));
          const ref = await client.create(spec);
          const artifact = await client.backup(ref, method, spec.password);
          if (artifact.kind !== kind) fail(`a ${method} backup gave a ${artifact.kind}`);
          if (!readsOwn) return;
          const restored = await (await instance('reader', setupOf(caps.restore[kind][type]))).restore(artifact, {
            password: spec.password,
            passphrase: spec.password,
          });
          if (!holds(restored, ref.identity, isWatchOnlyMethod(method))) {
            fail(
              `restored ${restored.map((r) => `${r.type} ${r.publicKey}${r.hasSecret ? '' : ' (watch-only)'}`).join(', ') || 'nothing'}, not ${ref.identity.publicKey}`,
            );
          }
        },
      });
    }
  }

  for (const kind of ARTIFACT_KINDS) {
    const readsAny = KEY_TYPES.some((t) => caps.restore[kind][t].supported);
    const restoreProbe = async () =>
      (await instance('reader', undefined)).restore(PROBES[kind], { password: 'contract password', passphrase: 'contract password' });
    if (kind === 'local-storage' && readsAny) {
      // Storage is not offered to the client: it is there when the page loads, and ui-keyring's
      // loadAll skips an entry it cannot read with a console warning (polkadot-js/ui v3.16.7
      // packages/ui-keyring/src/Keyring.ts L310-312). Nothing may come back from it; a refusal is fine too.
      checks.push({
        name: 'restores nothing from a malformed local-storage (or refuses it with a code)',
        async run() {
          let restored: readonly Identity[] = [];
          try {
            restored = await restoreProbe();
          } catch (error) {
            const info = toErrorInfo(error);
            if (!(info.code in ERROR_CODES) || HARNESS_BREAKS.has(info.code))
              fail(`restore of a local-storage: refused without a client code (${info.code}: ${info.message})`);
          }
          if (restored.length > 0) fail(`restore of a malformed local-storage gave ${JSON.stringify(restored).slice(0, 200)}`);
        },
      });
      continue;
    }
    checks.push({
      name: readsAny ? `refuses a malformed ${kind} with a code` : `refuses any ${kind} with a code`,
      run: () => expectRefusal(`restore of a ${kind}`, restoreProbe),
    });
  }

  checks.push({
    name: 'keeps instances apart: another instance does not know this one’s account',
    async run() {
      const type: KeyType | undefined = KEY_TYPES.find((t) => reachable(caps.create.phrase[t]));
      if (type === undefined) return;
      const method: Method | undefined = METHODS.find((m) => reachable(caps.backup[m][type]));
      if (method === undefined) return;
      const ref = await (await instance('maker', setupOf(caps.create.phrase[type]))).create(named(type, 'phrase', method));
      const other = await open(setupOf(caps.create.phrase[type]));
      await expectRefusal(`${method} backup of another instance's account`, () => other.backup(ref, method, 'contract password'));
    },
  });

  // The checks' instances share one scrypt memo, as a matrix run's realms do (rpc/shared-scrypt-memo.ts):
  // a backup that decrypts what create encrypted, and a restore that decrypts what the backup wrote,
  // are served the evaluation already made (same inputs, same implementation, the same bytes).
  const memo = new SharedScryptMemo();
  return {
    checks: checks.map((check) => ({ name: check.name, run: () => withScryptMemo(memo, () => check.run()) })),
    async close() {
      const all = opened.splice(0);
      await Promise.all(all.map(async (p) => (await p.catch(() => undefined))?.dispose().catch(() => undefined)));
    },
  };
}
