import { availableParallelism } from 'node:os';
import {
  type Artifact,
  type Client,
  type ClientFactory,
  type ErrorInfo,
  type Identity,
  isHarnessBreak,
  type RestoreSecret,
  type StartOptions,
  toErrorInfo,
} from '@interop/core';
import { restoreStartOptions, restoreSupport } from '../restore-start.js';
import { withTimeout } from '../with-timeout.js';

/** One profile's answer to the file. */
export type ProfileResult =
  | {
      readonly profile: string;
      readonly status: 'restored';
      readonly identities: readonly Identity[];
      readonly apiOnly: boolean;
      /** Why the UI does not reach it, or what it takes (the capability's note), when apiOnly. */
      readonly note?: string;
      /** The network the instance was connected to because the capability needs it (Apps' ethereum keys: moonbeam). */
      readonly network?: string;
      readonly requires?: string;
      readonly durationMs: number;
    }
  | {
      readonly profile: string;
      readonly status: 'refused';
      readonly error: ErrorInfo;
      readonly apiOnly: boolean;
      readonly note?: string;
      readonly network?: string;
      readonly durationMs: number;
    }
  | { readonly profile: string; readonly status: 'error'; readonly error: ErrorInfo; readonly durationMs: number }
  | { readonly profile: string; readonly status: 'unsupported'; readonly reason: string; readonly source?: string };

export interface RestoreEverywhereOptions {
  /** How long one profile may take (start, restore), given the artifact's work. */
  readonly timeoutMs: number;
  readonly concurrency?: number;
  /** The network the user named: every instance starts connected to it, in place of any its capability names. */
  readonly network?: string;
  /** Starts an instance (the CLI passes its owner's factories, so every instance is disposed on any way out). */
  readonly start?: (factory: ClientFactory, options: StartOptions | undefined) => Promise<Client>;
  /** Called as each profile answers, in the order they finish. */
  readonly onResult?: (result: ProfileResult) => void;
}

async function restoreIn(factory: ClientFactory, artifact: Artifact, secret: RestoreSecret, options: RestoreEverywhereOptions): Promise<ProfileResult> {
  const profile = factory.info.id;
  const support = restoreSupport(factory, artifact);
  if (!support.supported) return { profile, status: 'unsupported', reason: support.reason, ...(support.source ? { source: support.source } : {}) };
  const apiOnly = !support.ui;
  const setup = restoreStartOptions(factory, artifact, options.network);
  const note = {
    ...(apiOnly && support.note !== undefined ? { note: support.note } : {}),
    ...(setup.network !== undefined && options.network === undefined ? { network: setup.network } : {}),
  };
  const started = Date.now();
  let client: Client | undefined;
  try {
    const starting = (options.start ?? ((f, o) => f.start(o)))(factory, Object.keys(setup).length > 0 ? setup : undefined);
    client = await withTimeout(starting, options.timeoutMs, `starting ${profile}`);
    const identities = await withTimeout(client.restore(artifact, secret), options.timeoutMs, `${profile} restore`);
    return {
      profile,
      status: 'restored',
      identities,
      apiOnly,
      ...note,
      ...(support.requires ? { requires: support.requires } : {}),
      durationMs: Date.now() - started,
    };
  } catch (error) {
    const info = toErrorInfo(error);
    return isHarnessBreak(info)
      ? { profile, status: 'error', error: info, durationMs: Date.now() - started }
      : { profile, status: 'refused', error: info, apiOnly, ...note, durationMs: Date.now() - started };
  } finally {
    await client?.dispose().catch(() => undefined);
  }
}

/**
 * Restores one artifact in every profile that reads its kind, each in a fresh instance of its
 * own (worker or browser page), several at once; profiles that cannot read it are answered from
 * their capability tables without starting anything.
 */
export async function restoreEverywhere(
  artifact: Artifact,
  secret: RestoreSecret,
  factories: readonly ClientFactory[],
  options: RestoreEverywhereOptions,
): Promise<ProfileResult[]> {
  const results = new Map<string, ProfileResult>();
  let next = 0;
  const width = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), factories.length));
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < factories.length) {
        const factory = factories[next++] as ClientFactory;
        const result = await restoreIn(factory, artifact, secret, options);
        results.set(factory.info.id, result);
        options.onResult?.(result);
      }
    }),
  );
  return factories.map((f) => results.get(f.info.id) as ProfileResult);
}
