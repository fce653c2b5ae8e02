import {
  type AccountRef,
  type AccountSpec,
  ARTIFACT_KINDS,
  type Artifact,
  type ArtifactKind,
  type Capabilities,
  type Client,
  ClientError,
  type ClientFactory,
  type DerivationRules,
  expectedPublicKey,
  forAllTypes,
  type Hex,
  type Identity,
  KEY_TYPES,
  type KeyType,
  METHODS,
  type Method,
  type RestoreSecret,
  type Support,
  UTIL_CRYPTO_RULES,
  unsupported,
} from '@interop/core';

/**
 * Fake clients to test the runner itself (after Bowtie's fake implementations): an honest one
 * built on the oracle, and variants that are always wrong, crash, hang, support one method
 * only, or are wrong only for soft derivation paths (to produce a shrinkable counterexample).
 * They run in-process; real clients run in workers.
 */
export type FakeBehaviour = 'honest' | 'always-wrong' | 'crashes' | 'hangs' | 'drops-soft-junctions';

export interface FakeOptions {
  readonly id: string;
  readonly behaviour: FakeBehaviour;
  /** Methods it backs up and restores (default: phrase, phrase-path-type, raw-seed). */
  readonly methods?: readonly Method[];
  readonly types?: readonly KeyType[];
  /** The derivation rules it computes keys with (default: util-crypto's). */
  readonly derives?: DerivationRules;
  /** The rules its traits claim (default: what it derives); a fake that lies tests "divergence stopped". */
  readonly claims?: DerivationRules;
}

const FAKE_METHODS: readonly Method[] = ['phrase', 'phrase-path-type', 'raw-seed'];

function table<K extends string>(keys: readonly K[], ok: (k: K, t: KeyType) => boolean): Readonly<Record<K, Readonly<Record<KeyType, Support>>>> {
  const out = {} as Record<K, Record<KeyType, Support>>;
  for (const k of keys) {
    out[k] = {} as Record<KeyType, Support>;
    for (const t of KEY_TYPES) out[k][t] = ok(k, t) ? { supported: true, ui: true } : unsupported(`fake supports ${k} only for selected methods/types`);
  }
  return out;
}

function flipLastByte(hex: Hex): Hex {
  const last = Number.parseInt(hex.slice(-2), 16);
  return `${hex.slice(0, -2)}${((last ^ 1) & 0xff).toString(16).padStart(2, '0')}` as Hex;
}

class FakeClient implements Client {
  readonly info: ClientFactory['info'];
  readonly #options: FakeOptions;
  readonly #caps: Capabilities;
  readonly #accounts = new Map<string, AccountSpec>();

  constructor(info: ClientFactory['info'], caps: Capabilities, options: FakeOptions) {
    this.info = info;
    this.#caps = caps;
    this.#options = options;
  }

  capabilities(): Capabilities {
    return this.#caps;
  }

  async create(spec: AccountSpec): Promise<AccountRef> {
    const identity: Identity = { publicKey: expectedPublicKey(spec, this.#options.derives), type: spec.type, hasSecret: true, name: spec.name };
    const handle = `${this.#accounts.size}`;
    this.#accounts.set(handle, spec);
    return { handle, identity };
  }

  async backup(ref: AccountRef, method: Method): Promise<Artifact> {
    const spec = this.#accounts.get(ref.handle);
    if (!spec) throw new ClientError('E_NOT_FOUND', 'no such account');
    if (method === 'raw-seed' && spec.secret.kind === 'seed') return { kind: 'raw-seed', seed: spec.secret.seed, path: spec.path, type: spec.type };
    if (method === 'phrase' && spec.secret.kind === 'phrase') return { kind: 'phrase', phrase: spec.secret.phrase };
    if (method === 'phrase-path-type' && spec.secret.kind === 'phrase') return { kind: 'phrase', phrase: spec.secret.phrase, path: spec.path, type: spec.type };
    throw new ClientError('E_UNSUPPORTED', `fake cannot back up by ${method}`);
  }

  async restore(artifact: Artifact, _secret: RestoreSecret): Promise<Identity[]> {
    const b = this.#options.behaviour;
    if (b === 'crashes') throw new ClientError('E_WORKER_CRASHED', 'fake client crashed');
    if (b === 'hangs') return new Promise<Identity[]>(() => undefined);
    if (artifact.kind !== 'phrase' && artifact.kind !== 'raw-seed') throw new ClientError('E_UNSUPPORTED', `fake cannot restore ${artifact.kind}`);
    const type = artifact.type ?? 'sr25519';
    let path = artifact.path ?? '';
    if (b === 'drops-soft-junctions') path = path.replace(/(^|[^/])\/(?!\/)[^/]+/g, '$1');
    const secret = artifact.kind === 'phrase' ? ({ kind: 'phrase', phrase: artifact.phrase } as const) : ({ kind: 'seed', seed: artifact.seed } as const);
    const publicKey = expectedPublicKey({ secret, path, type }, this.#options.derives);
    return [{ publicKey: b === 'always-wrong' ? flipLastByte(publicKey) : publicKey, type, hasSecret: true }];
  }

  async dispose(): Promise<void> {}
}

export function fakeFactory(options: FakeOptions): ClientFactory {
  const methods = options.methods ?? FAKE_METHODS;
  const types = options.types ?? KEY_TYPES;
  const restoreKinds: ArtifactKind[] = [
    ...(methods.includes('phrase') || methods.includes('phrase-path-type') ? (['phrase'] as const) : []),
    ...(methods.includes('raw-seed') ? (['raw-seed'] as const) : []),
  ];
  const caps: Capabilities = {
    create: { phrase: forAllTypes({ supported: true, ui: true }), seed: forAllTypes({ supported: true, ui: true }) },
    backup: table(METHODS, (m, t) => methods.includes(m) && types.includes(t)),
    restore: table(ARTIFACT_KINDS, (k, t) => restoreKinds.includes(k) && types.includes(t)),
  };
  const info: ClientFactory['info'] = {
    id: options.id,
    client: options.id.split('@')[0] ?? options.id,
    version: options.id.split('@')[1] ?? '0',
    realm: 'node',
    packages: {},
    description: `fake client (${options.behaviour}) for testing the runner`,
    release: { repo: 'none', tag: 'fake', pinnedFrom: 'model', note: 'a fake implementation that tests the runner itself', substitutions: [] },
    traits: { derivation: options.claims ?? options.derives ?? UTIL_CRYPTO_RULES, phraseDefaults: [{ path: '', type: 'sr25519' }], pathSyntax: 'suri' },
  };
  return {
    info,
    capabilities: () => caps,
    start: async () => new FakeClient(info, caps, options),
  };
}

/** The fakes `INTEROP_FAKES=1` adds to the registry, so the CLI itself can be tested end to end. */
export const FAKE_FACTORIES: readonly ClientFactory[] = [
  fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' }),
  fakeFactory({ id: 'fake-soft@1', behaviour: 'drops-soft-junctions' }),
];
