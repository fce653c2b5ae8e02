import type { Client, ClientFactory } from '@interop/core';
import { describe, expect, it } from 'vitest';
import { cellId } from './cell.js';
import { fakeFactory } from './fakes/fake-client.js';
import { planCells } from './plan.js';
import { runMatrix } from './run-matrix.js';

/** A factory whose instances are counted, and whose restore calls `during` and then never answers. */
function tracked(base: ClientFactory, during: () => void) {
  const counts = { started: 0, disposed: 0, startedAfterAbort: 0 };
  let aborted = false;
  const factory: ClientFactory = {
    ...base,
    start: async (options) => {
      const client = await base.start(options);
      counts.started++;
      if (aborted) counts.startedAfterAbort++;
      const wrapped: Client = {
        info: client.info,
        capabilities: () => client.capabilities(),
        create: (spec) => client.create(spec),
        backup: (ref, method, password) => client.backup(ref, method, password),
        restore: () => {
          aborted = true;
          during();
          return new Promise(() => undefined);
        },
        dispose: async () => {
          counts.disposed++;
          await client.dispose();
        },
      };
      return wrapped;
    },
  };
  return { factory, counts };
}

describe('runMatrix with an AbortSignal', () => {
  const honest = fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' });
  const options = {
    runs: 2,
    seed: 4,
    methods: ['raw-seed'] as const,
    types: ['sr25519', 'ed25519'] as const,
    divergences: [],
    concurrency: 1,
    callTimeoutMs: 3_600_000,
  };

  it('stops at once while a restore hangs: every started client disposed, none started after, only earlier cells kept', async () => {
    const controller = new AbortController();
    const { factory: hangs, counts } = tracked(fakeFactory({ id: 'fake-hangs@1', behaviour: 'honest' }), () => controller.abort());
    const settled: string[] = [];
    const result = await runMatrix({ ...options, factories: [honest, hangs], signal: controller.signal, onCell: (c) => settled.push(cellId(c)) });
    // Plan order: the first group (honest, raw-seed, sr25519) restores in honest, then in the hanging target.
    expect(result.cells.map(cellId)).toEqual(['fake-honest@1 --raw-seed--> fake-honest@1 [sr25519]']);
    expect(settled).toEqual(result.cells.map(cellId));
    expect(result.interrupted).toEqual({ inFlight: ['fake-honest@1 --raw-seed--> fake-hangs@1 [sr25519]'] });
    expect(counts.started).toBeGreaterThan(0);
    expect(counts.disposed).toBe(counts.started);
    expect(counts.startedAfterAbort).toBe(0);
    expect(planCells([honest, hangs], options).length).toBe(8);
  });

  it('an already aborted signal runs nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await runMatrix({ ...options, factories: [honest], signal: controller.signal });
    expect(result.cells).toEqual([]);
    expect(result.interrupted).toEqual({ inFlight: [] });
  });

  it('without a signal, and with one that never fires, the run is complete and the same', async () => {
    const plain = await runMatrix({ ...options, factories: [honest] });
    const signalled = await runMatrix({ ...options, factories: [honest], signal: new AbortController().signal });
    expect(plain.interrupted).toBeUndefined();
    expect(signalled.interrupted).toBeUndefined();
    expect(signalled.cells.map((c) => [cellId(c), c.outcome])).toEqual(plain.cells.map((c) => [cellId(c), c.outcome]));
  });

  it('sources and targets keep one row or column of the plan', () => {
    const other = fakeFactory({ id: 'fake-other@1', behaviour: 'honest' });
    const row = planCells([honest, other], { methods: ['raw-seed'], types: ['sr25519'], sources: ['fake-other@1'] });
    expect(row.map(cellId)).toEqual(['fake-other@1 --raw-seed--> fake-honest@1 [sr25519]', 'fake-other@1 --raw-seed--> fake-other@1 [sr25519]']);
    const column = planCells([honest, other], { methods: ['raw-seed'], types: ['sr25519'], targets: ['fake-honest@1'] });
    expect(column.map(cellId)).toEqual(['fake-honest@1 --raw-seed--> fake-honest@1 [sr25519]', 'fake-other@1 --raw-seed--> fake-honest@1 [sr25519]']);
  });
});
