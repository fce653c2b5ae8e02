import { isDeepStrictEqual } from 'node:util';
import {
  type AccountRef,
  type Artifact,
  type Client,
  type ClientFactory,
  displayAddress,
  type ErrorInfo,
  type Identity,
  isWatchOnlyMethod,
  toErrorInfo,
} from '@interop/core';
import { AccountMaker } from '../account-maker.js';
import { isHarnessBreak, observeRestore } from '../observation.js';
import type { BugScenario, CounterexampleScenario, Scenario, ScenarioObservation } from './scenario.js';

export type ReplayStatus = 'reproduces' | 'no-longer-reproduces' | 'broken';

export interface ReplayResult {
  readonly status: ReplayStatus;
  /** What happened, in one or two lines: the observed accounts or error, or why it could not run. */
  readonly detail: string;
}

function factoryOf(factories: readonly ClientFactory[], id: string): ClientFactory {
  const f = factories.find((x) => x.info.id === id);
  if (f === undefined) throw new Error(`unknown client '${id}' (known: ${factories.map((x) => x.info.id).join(', ')})`);
  return f;
}

async function replayCounterexample(s: CounterexampleScenario, factories: readonly ClientFactory[]): Promise<ReplayResult> {
  const source = factoryOf(factories, s.cell.source);
  const target = factoryOf(factories, s.cell.target);
  const maker = new AccountMaker(source, s.cell.method);
  let client: Client | undefined;
  try {
    const made = await maker.make(s.spec);
    if (!made.ok) {
      const o = made.observation;
      if (o.kind === 'error' && isHarnessBreak(o.error)) return { status: 'broken', detail: `${o.stage}: ${o.error.code}: ${o.error.message}` };
      return {
        status: 'reproduces',
        detail: o.kind === 'error' ? `${o.stage}: ${o.error.code}: ${o.error.message}` : o.kind === 'source-mismatch' ? o.actual : 'source failed',
      };
    }
    client = await target.start();
    try {
      const restored = await client.restore(made.artifact, { password: s.spec.password, passphrase: s.spec.password });
      const o = observeRestore(made.expected, restored, { watchOnly: isWatchOnlyMethod(s.cell.method), prefix: 42 });
      if (o.kind === 'restored' && o.seen.kind === 'match') return { status: 'no-longer-reproduces', detail: 'the target now restores the expected account' };
      return { status: 'reproduces', detail: o.kind === 'restored' ? `expected ${o.expected}, got ${o.actual}` : 'mismatch' };
    } catch (error) {
      const info = toErrorInfo(error);
      return isHarnessBreak(info)
        ? { status: 'broken', detail: `${info.code}: ${info.message}` }
        : { status: 'reproduces', detail: `refused: ${info.code}: ${info.message}` };
    }
  } finally {
    await client?.dispose();
    await maker.dispose();
  }
}

type StepValue = { ok: true; value: unknown } | { ok: false; error: ErrorInfo };

function describeAccounts(ids: readonly Identity[]): string {
  return ids.map((i) => `${displayAddress(i.publicKey, i.type)} (${i.type}${i.hasSecret ? '' : ', watch-only'})`).join(', ') || 'no accounts';
}

function compare(observed: ScenarioObservation, got: StepValue): ReplayResult {
  if (!got.ok) {
    const what = `${got.error.code}: ${got.error.message}`;
    if (isHarnessBreak(got.error)) return { status: 'broken', detail: what };
    if (observed.error && got.error.message.includes(observed.error.message) && (observed.error.code === undefined || observed.error.code === got.error.code)) {
      return { status: 'reproduces', detail: what };
    }
    return { status: 'no-longer-reproduces', detail: `the client now answers ${what}` };
  }
  if (observed.error) return { status: 'no-longer-reproduces', detail: `the client no longer refuses (expected "${observed.error.message}")` };
  if (observed.accounts) {
    const ids = (Array.isArray(got.value) ? got.value : [(got.value as AccountRef).identity ?? got.value]) as Identity[];
    const key = (a: { publicKey: string; type: string; hasSecret?: boolean }, withSecret: boolean) =>
      `${a.type}:${a.publicKey.toLowerCase()}${withSecret ? `:${a.hasSecret}` : ''}`;
    const withSecret = observed.accounts.some((a) => a.hasSecret !== undefined);
    const want = observed.accounts.map((a) => key(a, withSecret)).sort();
    const have = ids.map((i) => key(i, withSecret)).sort();
    return isDeepStrictEqual(want, have)
      ? { status: 'reproduces', detail: describeAccounts(ids) }
      : { status: 'no-longer-reproduces', detail: `the client now shows ${describeAccounts(ids)}` };
  }
  if ('value' in observed) {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(got.value ?? null)), observed.value)
      ? { status: 'reproduces', detail: JSON.stringify(got.value).slice(0, 200) }
      : { status: 'no-longer-reproduces', detail: `the client now gives ${JSON.stringify(got.value).slice(0, 200)}` };
  }
  return { status: 'broken', detail: 'the observation records neither accounts, an error nor a value' };
}

async function replayBug(s: BugScenario, factories: readonly ClientFactory[]): Promise<ReplayResult> {
  const instances = new Map<string, Client>();
  const values = new Map<string, StepValue>();
  const instance = async (client: string, name: string | undefined, network: string | undefined): Promise<Client> => {
    const key = name ?? client;
    let c = instances.get(key);
    if (c === undefined) {
      c = await factoryOf(factories, client).start(network ? { network } : {});
      instances.set(key, c);
    }
    return c;
  };
  const need = (name: string): unknown => {
    const v = values.get(name);
    if (v === undefined) throw new Error(`step refers to '${name}', which no earlier step produced`);
    if (!v.ok) throw new Error(`step refers to '${name}', which failed: ${v.error.message}`);
    return v.value;
  };
  try {
    for (const step of s.steps) {
      let result: StepValue;
      try {
        let value: unknown;
        switch (step.do) {
          case 'create':
            value = await (await instance(step.client, step.instance, step.network)).create(step.spec);
            break;
          case 'backup':
            value = await (await instance(step.client, step.instance, undefined)).backup(need(step.account) as AccountRef, step.method, step.password);
            break;
          case 'artifact':
            value = step.artifact;
            break;
          case 'restore':
            value = await (await instance(step.client, step.instance, step.network)).restore(need(step.artifact) as Artifact, step.secret ?? {});
            break;
          case 'call': {
            const c = await instance(step.client, step.instance, step.network);
            if (!c.call) throw new Error(`${step.client} has no client-specific operations`);
            value = await c.call(step.method, ...(step.args ?? []).map((a) => (typeof a === 'string' && a.startsWith('$') ? need(a.slice(1)) : a)));
            break;
          }
        }
        result = { ok: true, value };
      } catch (error) {
        if (error instanceof Error && !('code' in error)) throw error;
        result = { ok: false, error: toErrorInfo(error) };
      }
      values.set(step.as, result);
      if (step.as === s.observed.step) return compare(s.observed, result);
      if (!result.ok)
        return {
          status: isHarnessBreak(result.error) ? 'broken' : 'no-longer-reproduces',
          detail: `step '${step.as}' failed before the observed step: ${result.error.code}: ${result.error.message}`,
        };
    }
    return { status: 'broken', detail: `no step is named '${s.observed.step}'` };
  } catch (error) {
    return { status: 'broken', detail: toErrorInfo(error).message };
  } finally {
    for (const c of instances.values()) await c.dispose().catch(() => undefined);
  }
}

/** Replays one scenario against the registered clients. */
export function replayScenario(s: Scenario, factories: readonly ClientFactory[]): Promise<ReplayResult> {
  return s.kind === 'counterexample'
    ? replayCounterexample(s, factories).catch((e) => ({ status: 'broken' as const, detail: toErrorInfo(e).message }))
    : replayBug(s, factories);
}
