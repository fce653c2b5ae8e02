import { type AccountSpec, type Artifact, type ClientFactory, type ClientTraits, DEV_PHRASE, readScryptHeader } from '@interop/core';
import type { DivergenceContext, KnownDivergence } from '../divergences/divergence.js';
import { KNOWN_DIVERGENCES } from '../divergences/table.js';
import { restoreSupport } from '../restore-start.js';
import { methodOf, typeOf } from './artifact-method.js';

/** A refusal a known divergence predicts for one profile, told before anything is decrypted. */
export interface PredictedRefusal {
  readonly profile: string;
  readonly divergence: string;
  /** The codes the refusal is predicted with. */
  readonly codes: readonly string[];
  readonly claim: string;
  readonly sources: readonly string[];
}

/**
 * What the file itself says about the client that wrote it: the scrypt parameters of its
 * keystores, a 64-byte Secret QR. The rest of the writer's traits are unknown, so they are taken
 * as the reader's own (no derivation-rule difference is ever claimed from a file alone).
 */
function writerTraits(artifact: Artifact, reader: ClientTraits): ClientTraits {
  const keystores =
    artifact.kind === 'json-keystore'
      ? [artifact.json]
      : artifact.kind === 'export-all'
        ? artifact.json
        : artifact.kind === 'batch-json'
          ? [artifact.json]
          : [];
  let writes: ReturnType<typeof readScryptHeader>;
  for (const k of keystores) {
    try {
      writes = readScryptHeader(k as never) ?? writes;
    } catch {
      // an unreadable header is said by identify()
    }
  }
  const soft = artifact.kind === 'secret-qr' && /^secret:0x[0-9a-fA-F]{128}:/.test(artifact.payload);
  return {
    ...reader,
    ...(writes ? { keystore: { writes, reads: [writes] } } : {}),
    ...(soft ? { softSecretQr: 'secret-key-64' as const } : {}),
  };
}

function specOf(artifact: Artifact): AccountSpec {
  const secret: AccountSpec['secret'] =
    artifact.kind === 'raw-seed'
      ? { kind: 'seed', seed: artifact.seed }
      : { kind: 'phrase', phrase: artifact.kind === 'phrase' ? artifact.phrase : DEV_PHRASE };
  return {
    secret,
    path: artifact.kind === 'phrase' || artifact.kind === 'raw-seed' ? (artifact.path ?? '') : '',
    type: typeOf(artifact),
    name: '',
    password: '',
  };
}

/** The refusals the known divergences predict for each profile that reads this kind of file, from the file alone. */
export function predictRefusals(
  artifact: Artifact,
  factories: readonly ClientFactory[],
  table: readonly KnownDivergence[] = KNOWN_DIVERGENCES,
): PredictedRefusal[] {
  const out: PredictedRefusal[] = [];
  for (const f of factories) {
    // A profile that cannot read the kind at all says so itself (restore-everywhere.ts): no refusal to predict.
    if (!restoreSupport(f, artifact).supported) continue;
    const ctx: DivergenceContext = {
      method: methodOf(artifact),
      spec: specOf(artifact),
      artifact,
      sourceKey: { publicKey: '0x', type: typeOf(artifact) },
      source: writerTraits(artifact, f.info.traits),
      target: f.info.traits,
      targetHolds: [],
    };
    for (const d of table) {
      const predicted = d.predict(ctx);
      if (predicted?.kind === 'refusal') out.push({ profile: f.info.id, divergence: d.id, codes: predicted.codes, claim: d.claim, sources: d.sources });
    }
  }
  return out;
}
