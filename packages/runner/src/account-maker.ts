import {
  type AccountSpec,
  type Artifact,
  type Client,
  type ClientFactory,
  expectedPublicKey,
  type Identity,
  type Method,
  type StartOptions,
  sameIdentity,
  toErrorInfo,
} from '@interop/core';
import type { Observation } from './observation.js';
import { startWithin } from './start-within.js';
import { DEFAULT_CALL_TIMEOUT_MS, withCallLimit } from './with-timeout.js';

export type Made =
  | { readonly ok: true; readonly expected: Pick<Identity, 'publicKey' | 'type'>; readonly artifact: Artifact }
  | { readonly ok: false; readonly observation: Observation };

/**
 * Creates accounts in one source instance and backs them up, once per spec: every target of
 * the group restores the same artifact (the cells of a group share their seed, so they draw
 * the same specs). Also checks the source against the oracle before anything is carried.
 */
export class AccountMaker {
  readonly #factory: ClientFactory;
  readonly #method: Method;
  readonly #cache = new Map<string, Promise<Made>>();
  #client: Promise<Client> | undefined;

  readonly #timeoutMs: number;

  readonly #setup: StartOptions | undefined;

  constructor(factory: ClientFactory, method: Method, timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS, setup?: StartOptions) {
    this.#factory = factory;
    this.#method = method;
    this.#timeoutMs = timeoutMs;
    this.#setup = setup;
  }

  make(spec: AccountSpec): Promise<Made> {
    const key = JSON.stringify(spec);
    let made = this.#cache.get(key);
    if (made === undefined) {
      made = this.#make(spec);
      this.#cache.set(key, made);
    }
    return made;
  }

  async dispose(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    if (client) await (await client.catch(() => undefined))?.dispose().catch(() => undefined);
  }

  /**
   * Export-all style backups carry every account of the instance, and Vault's backup screen lists
   * every derivation of the key set in every network, each path with its has_pwd flag (parity-signer
   * v7.2.0 rust/db_handling/src/interface_signer.rs L393-425, backup_prep): an earlier spec's
   * ///password one among them, whose password the restoring user would have to type too. A fresh
   * instance per spec keeps the artifact to the one account under test (and its one password).
   */
  get #freshPerSpec(): boolean {
    if (this.#method === 'batch-json' || this.#method === 'export-all' || this.#method === 'local-storage') return true;
    return this.#method === 'phrase-path-type' && this.#factory.info.traits.pathSyntax === 'vault-reg-path';
  }

  async #make(spec: AccountSpec): Promise<Made> {
    if (this.#freshPerSpec) await this.dispose();
    let expected: Pick<Identity, 'publicKey' | 'type'>;
    try {
      // The key the source must make: the independent oracle under the source's own derivation rules.
      expected = { publicKey: expectedPublicKey(spec, this.#factory.info.traits.derivation), type: spec.type };
    } catch (error) {
      return {
        ok: false,
        observation: {
          kind: 'error',
          stage: 'create',
          error: { ...toErrorInfo(error), message: `the oracle refused the spec: ${toErrorInfo(error).message}` },
        },
      };
    }
    let stage: 'create' | 'backup' = 'create';
    try {
      this.#client ??= startWithin(this.#factory, this.#timeoutMs, `starting ${this.#factory.info.id}`, this.#setup);
      const client = await this.#client;
      const ref = await withCallLimit(this.#timeoutMs, `${this.#factory.info.id} create`, () => client.create(spec));
      if (!sameIdentity(ref.identity, expected)) {
        return {
          ok: false,
          observation: {
            kind: 'source-mismatch',
            expected: `${expected.type} ${expected.publicKey} (the oracle under the source's rules)`,
            actual: `source created ${ref.identity.type} ${ref.identity.publicKey}`,
          },
        };
      }
      stage = 'backup';
      const artifact = await withCallLimit(this.#timeoutMs, `${this.#factory.info.id} backup`, () => client.backup(ref, this.#method, spec.password));
      return { ok: true, expected, artifact };
    } catch (error) {
      const info = toErrorInfo(error);
      if (info.code === 'E_WORKER_CRASHED' || info.code === 'E_TIMEOUT') {
        const broken = this.#client;
        this.#client = undefined;
        void broken?.then((c) => c.dispose()).catch(() => undefined);
      }
      return { ok: false, observation: { kind: 'error', stage, error: info } };
    }
  }
}
