import type { Client, ClientFactory } from '@interop/core';
import { describe, expect, it } from 'vitest';
import { ChildOwner } from './child-owner.js';

function fakeFactory(): { factory: ClientFactory; disposed: string[] } {
  const disposed: string[] = [];
  let n = 0;
  const factory = {
    info: { id: 'fake@1', client: 'fake', version: '1', realm: 'node', packages: {}, description: 'fake' },
    capabilities: () => ({}) as never,
    start: async () => {
      const id = `instance-${++n}`;
      return { info: factory.info, restore: async () => [], dispose: async () => void disposed.push(id) } as unknown as Client;
    },
  } as unknown as ClientFactory;
  return { factory, disposed };
}

describe('ChildOwner', () => {
  it('disposes at the end every instance its user did not dispose, and each only once', async () => {
    const owner = new ChildOwner();
    const { factory, disposed } = fakeFactory();
    const owned = owner.ownFactory(factory);
    const a = await owned.start();
    await owned.start();
    expect(owner.size).toBe(2);
    await a.dispose();
    await a.dispose();
    expect(disposed).toEqual(['instance-1']);
    await owner.disposeAll(60_000);
    expect(disposed).toEqual(['instance-1', 'instance-2']);
    expect(owner.size).toBe(0);
  });

  it('keeps the factory identity a report needs (info, capabilities) and the client calls', async () => {
    const owner = new ChildOwner();
    const { factory } = fakeFactory();
    const owned = owner.ownFactory(factory);
    expect(owned.info).toBe(factory.info);
    const client = await owned.start();
    expect(await client.restore({ kind: 'phrase', phrase: 'x' }, {})).toEqual([]);
    await owner.disposeAll(60_000);
  });

  it('a child that never closes does not hold the end past the limit', async () => {
    const owner = new ChildOwner();
    owner.adopt({ dispose: () => new Promise<void>(() => undefined) });
    await owner.disposeAll(1);
    expect(owner.size).toBe(0);
  });
});

describe('ChildOwner and starts in flight', () => {
  it('a start still in flight at the end is waited for, and its child closed (a signal during a browser launch)', async () => {
    const owner = new ChildOwner();
    let finish: (child: string) => void = () => undefined;
    const closed: string[] = [];
    const owned = owner.own(
      new Promise<string>((resolve) => {
        finish = resolve;
      }),
      async (child) => void closed.push(child),
    );
    const ending = owner.disposeAll(600_000);
    finish('browser');
    await ending;
    expect(closed).toEqual(['browser']);
    await owned;
  });

  it('a child that arrives after the end is closed as it arrives', async () => {
    const owner = new ChildOwner();
    await owner.disposeAll(600_000);
    const closed: string[] = [];
    const { dispose } = await owner.own(Promise.resolve('late'), async (child) => void closed.push(child));
    await dispose();
    expect(closed).toEqual(['late']);
  });
});
