import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedPublicKey } from '@interop/core';
import { TempDirs } from '@interop/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeFactory } from '../fakes/fake-client.js';
import { runMatrix } from '../run-matrix.js';
import { loadScenarios } from './load-scenarios.js';
import { replayScenario } from './replay.js';
import { saveCounterexample } from './save-counterexample.js';

/** Every directory a test here makes, removed when the file's tests are done. */
const temp = new TempDirs();
afterAll(() => temp.removeAll());

const honest = fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' });
const soft = fakeFactory({ id: 'fake-soft@1', behaviour: 'drops-soft-junctions' });

describe('counterexample scenarios', () => {
  it('a broken fake yields a shrunk counterexample file that replays as still failing', async () => {
    const r = await runMatrix({ factories: [honest, soft], runs: 30, seed: 5, methods: ['phrase-path-type'], types: ['sr25519'], divergences: [] });
    const failing = r.cells.find((c) => c.outcome.status === 'fail' && c.target === 'fake-soft@1');
    expect(failing).toBeDefined();
    const dir = temp.make('interop-found-');
    const file = saveCounterexample(dir, failing!, 5);
    const [loaded] = await loadScenarios(file!);
    expect(loaded && 'scenario' in loaded).toBe(true);
    if (!loaded || !('scenario' in loaded)) return;
    expect(await replayScenario(loaded.scenario, [honest, soft])).toMatchObject({ status: 'reproduces' });
    // The same scenario against a target without the bug no longer reproduces.
    const fixed = { ...loaded.scenario, cell: { ...(loaded.scenario as { cell: object }).cell, target: 'fake-honest@1' } } as typeof loaded.scenario;
    expect(await replayScenario(fixed, [honest, soft])).toMatchObject({ status: 'no-longer-reproduces' });
  });

  it('refuses files that do not match the schema, naming what is wrong', async () => {
    const dir = temp.make('interop-bad-');
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ schema: 'interop-scenario/v1', kind: 'bug', title: 't' }));
    writeFileSync(join(dir, 'b.json'), '{ not json');
    const [a, b] = await loadScenarios(dir);
    expect(a && 'error' in a && a.error).toMatch(/must have required property 'links'/);
    expect(b && 'error' in b && b.error).toMatch(/not valid JSON/);
  });

  it('replays a bug scenario step by step and compares what the user observes', async () => {
    const phrase = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
    const scenario = {
      schema: 'interop-scenario/v1' as const,
      kind: 'bug' as const,
      title: 'soft junction dropped',
      links: ['https://example.invalid/1'],
      clients: ['fake-soft@1'],
      steps: [
        { do: 'artifact' as const, artifact: { kind: 'phrase', phrase, path: '/A', type: 'sr25519' }, as: 'art' },
        { do: 'restore' as const, client: 'fake-soft@1', artifact: 'art', as: 'restored' },
      ],
      // The fake drops the soft junction, so the user sees the phrase's root key (from the oracle, not the replay code).
      observed: {
        step: 'restored',
        accounts: [{ publicKey: expectedPublicKey({ secret: { kind: 'phrase', phrase }, path: '', type: 'sr25519' }), type: 'sr25519' as const }],
      },
      correct: 'the soft-derived key',
    };
    expect(await replayScenario(scenario, [soft])).toMatchObject({ status: 'reproduces' });
    const onHonest = {
      ...scenario,
      clients: ['fake-honest@1'],
      steps: [scenario.steps[0]!, { do: 'restore' as const, client: 'fake-honest@1', artifact: 'art', as: 'restored' }],
    };
    expect(await replayScenario(onHonest, [honest])).toMatchObject({ status: 'no-longer-reproduces' });
  });
});
