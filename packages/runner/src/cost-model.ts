import { type ClientFactory, type ScryptParams, SECRET_KIND_WEIGHTS } from '@interop/core/vocabulary';
import { type Cell, cellId, groupId } from './cell.js';

/**
 * What a cell costs, predicted before it runs, in seconds of one core of this project's 2-core
 * machine. Scrypt dominates (one evaluation at util-crypto's N=2^17, r=8, p=1 takes about 1.3 s
 * in wasm); around it, each client call and each instance start costs a little, more in a
 * browser. The runner orders groups by it (the expensive ones first, so no core idles at the end),
 * weighs the progress line's time left by it and splits shards by it (shard.ts). It predicts from
 * the method, the key type, the realms and what the clients' traits declare: the scrypt parameters
 * they write and read, the keys one phrase makes (SubWallet's unified account), the keys a batch
 * holds (a phrase account's ten, a private key's one), the BIP39 rounds of an ethereum seed. The
 * constants were fitted on the per-cell times of a full run and of its four shards (seed 828151244,
 * 2026-12-01; bench/cost-fit.ts): the calls from the cells without scrypt, the rest from the
 * groups' totals. A cell that fails and shrinks costs more than predicted, which no model of a
 * passing run can know; nor can it know a target that refuses early (a known divergence).
 */
const SCRYPT_N17_S = 1.3;
/** One client call besides scrypt (a worker round trip and the client's own work; fitted on Vault's and papi's cells). */
const CALL_S = { node: 0.08, chromium: 0.15 } as const;
/** Starting an instance for a cell: a worker thread loading the client, or a browser profile. */
const INSTANCE_S = { node: 0.5, chromium: 2 } as const;
/** Work besides scrypt for one ed25519/ecdsa/ethereum key is about the same as sr25519; the BIP39 seed of an ethereum key is 2048 PBKDF2 rounds. */
const TYPE_S = { sr25519: 0, ed25519: 0, ecdsa: 0.01, ethereum: 0.05 } as const;
/** 210000 rounds of PBKDF2-SHA512 in JS (the oracle's, once per spec and rules; util-crypto 13.5.6's in the realm) take about 1.4 s. */
const PBKDF2_ROUND_S = 1.4 / 210000;
/** Such seeds one account of these rules costs in a cell: fitted on the measured extra time of those cells (about 5); how often the client itself computes one was not read. */
const SLOW_SEED_CALLS = 5;

const BANANA_SPLIT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

function scryptS(params: ScryptParams | undefined): number {
  return params === undefined ? 0 : (SCRYPT_N17_S * params.N * params.r * params.p) / 2 ** 20;
}

function readsParams(target: ClientFactory, params: ScryptParams | undefined): boolean {
  const reads = target.info.traits.keystore?.reads ?? [];
  return params !== undefined && reads.some((r) => r.N === params.N && r.r === params.r && r.p === params.p);
}

/** An ethereum key from a phrase under rules of more BIP39 rounds than 2048 (util-crypto 13.5.6): the extra rounds. */
function slowSeedS(client: ClientFactory, cell: Pick<Cell, 'method' | 'type'>): number {
  const rounds = client.info.traits.derivation.bip39SeedRounds;
  return cell.type === 'ethereum' && cell.method !== 'raw-seed' ? Math.max(0, rounds - 2048) * PBKDF2_ROUND_S : 0;
}

/** Keys one account made from a phrase stores, each under its own scrypt: a words-only import makes its fixed set (SubWallet). */
function keysPerPhrase(client: ClientFactory): number {
  const traits = client.info.traits;
  return traits.phraseImport === 'words-only' ? Math.max(1, traits.phraseDefaults.length) : 1;
}

/**
 * Keys a Derive account step stores after a words-only import of a phrase written with its path
 * (SubWallet: unified-derive.ts): one for a typical sr25519 or ethereum path (two for //n, none for
 * a path it refuses), none for a type its account holds no key of.
 */
function derivedKeys(target: ClientFactory, cell: Pick<Cell, 'method' | 'type'>): number {
  const derives = target.info.traits.phraseDerive !== undefined && cell.method === 'phrase-path-type';
  return derives && (cell.type === 'sr25519' || cell.type === 'ethereum') ? 1 : 0;
}

const PHRASE_ONLY_METHODS: ReadonlySet<Cell['method']> = new Set(['phrase', 'phrase-path-type', 'banana-split']);

/**
 * The share of a group's specs that are phrases (spec-for-cell.ts): every one for the phrase
 * methods and for a source that makes no account from a seed, none for raw-seed, and the
 * arbitrary's own weight where the source takes both (specSecretArb: 4 phrases to 1 seed).
 */
function phraseShare(source: ClientFactory, cell: Pick<Cell, 'method' | 'type'>): number {
  if (cell.method === 'raw-seed') return 0;
  if (PHRASE_ONLY_METHODS.has(cell.method)) return 1;
  const create = source.capabilities().create;
  if (!create.phrase[cell.type].supported) return 0;
  return create.seed[cell.type].supported ? SECRET_KIND_WEIGHTS.phrase / (SECRET_KIND_WEIGHTS.phrase + SECRET_KIND_WEIGHTS.seed) : 1;
}

/** Keys one account of the group stores on average: a phrase makes the client's fixed set, a seed one key. */
function keysPerAccount(source: ClientFactory, cell: Pick<Cell, 'method' | 'type'>): number {
  const share = phraseShare(source, cell);
  return share * keysPerPhrase(source) + (1 - share);
}

/** Keys a batch backup of one account holds: every key of a unified account made from a phrase, extra types too (SubWallet). */
function keysPerBatch(source: ClientFactory, cell: Pick<Cell, 'method' | 'type'>): number {
  const extra = source.info.traits.batchExtraKeyTypes?.length ?? 0;
  const share = extra === 0 ? 0 : phraseShare(source, cell);
  return share * (source.info.traits.phraseDefaults.length + extra) + (1 - share);
}

/** Whether the target's keyring loads every key type of the source's batch; one that does not refuses it before any scrypt. */
function loadsBatch(source: ClientFactory, target: ClientFactory): boolean {
  const extra = source.info.traits.batchExtraKeyTypes ?? [];
  const loads = target.info.traits.keyringTypes;
  return extra.length === 0 || (loads !== undefined && extra.every((t) => loads.includes(t)));
}

/** Accounts one restore of a phrase-path-type backup brings: the source's network keys come along (Vault's backup screen lists them). */
function phraseAccounts(source: ClientFactory, cell: Cell): number {
  const networkKeys = source.info.traits.networkKeysPerSpec?.length ?? 0;
  if (cell.method !== 'phrase-path-type' || networkKeys === 0) return 1;
  return source.info.traits.phraseDefaults.length + networkKeys + 1;
}

/** The source's part of one spec: create the account, then back it up (once per group, whatever the targets). */
export function predictSourceCost(source: ClientFactory, cell: Pick<Cell, 'method' | 'type'>): number {
  const writes = source.info.traits.keystore?.writes;
  const realm = source.info.realm;
  const create = keysPerAccount(source, cell) * scryptS(writes) + CALL_S[realm] * 3 + TYPE_S[cell.type] + slowSeedS(source, cell) * SLOW_SEED_CALLS;
  let backup = CALL_S[realm];
  if (cell.method === 'json' || cell.method === 'export-all') backup += scryptS(writes); // re-encrypt (the decrypt is the create's, served by the memo)
  if (cell.method === 'batch-json') backup += keysPerBatch(source, cell) * scryptS(writes);
  if (cell.method === 'banana-split') backup += scryptS(BANANA_SPLIT);
  const fresh = cell.method === 'batch-json' || cell.method === 'export-all' || cell.method === 'local-storage' ? INSTANCE_S[realm] : 0;
  return create + backup + fresh;
}

/** The target's part of one spec: restore the artifact, write what it restored. */
export function predictTargetCost(source: ClientFactory, target: ClientFactory, cell: Cell): number {
  const realm = target.info.realm;
  const written = source.info.traits.keystore?.writes;
  const encrypt = scryptS(target.info.traits.keystore?.writes);
  const calls = CALL_S[realm] * 4;
  switch (cell.method) {
    case 'batch-json':
      // Every key of the batch is decrypted and stored again; a keyring that cannot load one of its types refuses it first.
      if (!loadsBatch(source, target)) return calls;
      return calls + (readsParams(target, written) ? keysPerBatch(source, cell) * (scryptS(written) * 0.5 + encrypt) : 0);
    case 'json':
    case 'export-all':
      // A file it cannot read is refused before any scrypt; one it reads is decrypted (the first target of an implementation computes it) and re-encrypted.
      return calls + (readsParams(target, written) ? scryptS(written) * 0.5 + encrypt : 0);
    case 'banana-split':
      return calls + scryptS(BANANA_SPLIT) * 0.5 + encrypt;
    case 'public-key-qr':
    case 'local-storage':
      return calls;
    default: {
      // A words-only import takes the words once, whatever accounts the source listed beside them.
      const accounts = target.info.traits.phraseImport === 'words-only' ? 1 : phraseAccounts(source, cell);
      const keys = keysPerPhrase(target) + derivedKeys(target, cell);
      return calls + accounts * (keys * encrypt + TYPE_S[cell.type]) + slowSeedS(target, cell) * SLOW_SEED_CALLS;
    }
  }
}

/** The whole cell, with its share of the group's source work (split over the group's runnable cells). */
export function predictCellCost(source: ClientFactory, target: ClientFactory, cell: Cell, runs: number, groupCells = 1): number {
  const perSpec = predictTargetCost(source, target, cell) + predictSourceCost(source, cell) / Math.max(1, groupCells);
  return INSTANCE_S[target.info.realm] + runs * perSpec;
}

/** Predicted cost of every runnable cell, by cellId (the progress line weighs the time left by it). */
export function predictCellCosts(
  cells: readonly (Cell & { readonly unsupported?: unknown })[],
  factories: readonly ClientFactory[],
  runs: number,
): Map<string, number> {
  const byId = new Map(factories.map((f) => [f.info.id, f]));
  const runnable = new Map<string, number>();
  for (const cell of cells) if (!cell.unsupported) runnable.set(groupId(cell), (runnable.get(groupId(cell)) ?? 0) + 1);
  const costs = new Map<string, number>();
  for (const cell of cells) {
    const source = byId.get(cell.source);
    const target = byId.get(cell.target);
    if (cell.unsupported || source === undefined || target === undefined) continue;
    costs.set(cellId(cell), predictCellCost(source, target, cell, runs, runnable.get(groupId(cell))));
  }
  return costs;
}

/** Predicted cost of every group of cells (the unit shards and lanes share work by); a group of unsupported cells costs 0. */
export function predictGroupCosts(
  cells: readonly (Cell & { readonly unsupported?: unknown })[],
  factories: readonly ClientFactory[],
  runs: number,
): Map<string, number> {
  const perCell = predictCellCosts(cells, factories, runs);
  const costs = new Map<string, number>();
  for (const cell of cells) costs.set(groupId(cell), (costs.get(groupId(cell)) ?? 0) + (perCell.get(cellId(cell)) ?? 0));
  return costs;
}
