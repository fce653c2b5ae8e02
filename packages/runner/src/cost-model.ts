import type { ClientFactory, ScryptParams } from '@interop/core/vocabulary';
import { type Cell, groupId } from './cell.js';

/**
 * What a cell costs, predicted before it runs, in seconds of one core of this project's 2-core
 * machine. Scrypt dominates (one evaluation at util-crypto's N=2^17, r=8, p=1 takes about 1.3 s
 * in wasm); around it, each client call and each instance start costs a little, more in a
 * browser. The runner orders groups by it (the expensive ones first, so no core idles at the end)
 * and splits shards by it (shard.ts). It predicts from the method, the key type, the realms and
 * the scrypt parameters the clients' traits declare; a cell that fails and shrinks costs more
 * than predicted, which no model of a passing run can know.
 */
const SCRYPT_N17_S = 1.3;
/** One client call besides scrypt (a worker round trip and the client's own work). */
const CALL_S = { node: 0.03, chromium: 0.12 } as const;
/** Starting an instance for a cell: a worker thread loading the client, or a browser profile. */
const INSTANCE_S = { node: 0.5, chromium: 2 } as const;
/** Work besides scrypt for one ed25519/ecdsa/ethereum key is about the same as sr25519; the BIP39 seed of an ethereum key is 2048 PBKDF2 rounds. */
const TYPE_S = { sr25519: 0, ed25519: 0, ecdsa: 0.01, ethereum: 0.05 } as const;

const BANANA_SPLIT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

function scryptS(params: ScryptParams | undefined): number {
  return params === undefined ? 0 : (SCRYPT_N17_S * params.N * params.r * params.p) / 2 ** 20;
}

function readsParams(target: ClientFactory, params: ScryptParams | undefined): boolean {
  const reads = target.info.traits.keystore?.reads ?? [];
  return params !== undefined && reads.some((r) => r.N === params.N && r.r === params.r && r.p === params.p);
}

/** Accounts one restore of a phrase backup brings: the source's own default keys come along (Vault's network keys). */
function phraseAccounts(source: ClientFactory, cell: Cell): number {
  if (cell.method !== 'phrase' && cell.method !== 'phrase-path-type') return 1;
  const listed = source.info.traits.phraseDefaults.length + (source.info.traits.networkKeysPerSpec?.length ?? 0);
  return Math.max(1, cell.method === 'phrase-path-type' ? listed + 1 : 1);
}

/** The source's part of one spec: create the account, then back it up (once per group, whatever the targets). */
export function predictSourceCost(source: ClientFactory, cell: Pick<Cell, 'method' | 'type'>): number {
  const writes = source.info.traits.keystore?.writes;
  const realm = source.info.realm;
  const create = scryptS(writes) + CALL_S[realm] * 3 + TYPE_S[cell.type];
  let backup = CALL_S[realm];
  if (cell.method === 'json' || cell.method === 'batch-json' || cell.method === 'export-all') backup += scryptS(writes); // re-encrypt (the decrypt is the create's, served by the memo)
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
    case 'json':
    case 'batch-json':
    case 'export-all':
      // A file it cannot read is refused before any scrypt; one it reads is decrypted (the first target of an implementation computes it) and re-encrypted.
      return calls + (readsParams(target, written) ? scryptS(written) * 0.5 + encrypt : 0);
    case 'banana-split':
      return calls + scryptS(BANANA_SPLIT) * 0.5 + encrypt;
    case 'public-key-qr':
    case 'local-storage':
      return calls;
    default:
      return calls + phraseAccounts(source, cell) * (encrypt + TYPE_S[cell.type]);
  }
}

/** The whole cell, with its share of the group's source work (split over the group's runnable cells). */
export function predictCellCost(source: ClientFactory, target: ClientFactory, cell: Cell, runs: number, groupCells = 1): number {
  const perSpec = predictTargetCost(source, target, cell) + predictSourceCost(source, cell) / Math.max(1, groupCells);
  return INSTANCE_S[target.info.realm] + runs * perSpec;
}

/** Predicted cost of every group of runnable cells (the unit shards and lanes share work by). */
export function predictGroupCosts(
  cells: readonly (Cell & { readonly unsupported?: unknown })[],
  factories: readonly ClientFactory[],
  runs: number,
): Map<string, number> {
  const byId = new Map(factories.map((f) => [f.info.id, f]));
  const runnable = new Map<string, number>();
  for (const cell of cells) if (!cell.unsupported) runnable.set(groupId(cell), (runnable.get(groupId(cell)) ?? 0) + 1);
  const costs = new Map<string, number>();
  for (const cell of cells) {
    const key = groupId(cell);
    if (!costs.has(key)) costs.set(key, 0);
    const source = byId.get(cell.source);
    const target = byId.get(cell.target);
    if (cell.unsupported || source === undefined || target === undefined) continue;
    costs.set(key, (costs.get(key) ?? 0) + predictCellCost(source, target, cell, runs, runnable.get(key)));
  }
  return costs;
}
