import type { Client, ClientFactory } from '@interop/core';

/** Anything that holds a worker, a browser or a page: it is closed by calling dispose. */
export interface Disposable {
  dispose(): Promise<void>;
}

/**
 * Owns every child the CLI starts (client workers, browsers, pages) from the moment it starts
 * starting: a start still in flight when the command ends (a signal during a browser launch)
 * is waited for and its child closed; each child is released when its user disposes it, and
 * whatever is still registered when the command ends — normally, by an error, a timeout or a
 * signal — is disposed here. A child that arrives after the end is closed as it arrives.
 */
export class ChildOwner {
  readonly #live = new Set<Disposable>();
  readonly #starting = new Set<Promise<unknown>>();
  #closed = false;

  get size(): number {
    return this.#live.size;
  }

  /** Registers one child; the returned dispose releases it from the owner and closes it once. */
  adopt(child: Disposable): Disposable {
    let closing: Promise<void> | undefined;
    const owned: Disposable = {
      dispose: () => {
        this.#live.delete(owned);
        closing ??= child.dispose();
        return closing;
      },
    };
    this.#live.add(owned);
    return owned;
  }

  /** Owns a child from its start: `close` ends it; the returned dispose releases it from the owner and closes it once. */
  own<T>(starting: Promise<T>, close: (child: T) => Promise<void>): Promise<{ readonly child: T; readonly dispose: () => Promise<void> }> {
    const owned = starting.then((child) => {
      const handle = this.adopt({ dispose: () => close(child) });
      if (this.#closed) void handle.dispose().catch(() => undefined);
      return { child, dispose: handle.dispose };
    });
    this.#starting.add(owned);
    void owned.then(
      () => this.#starting.delete(owned),
      () => this.#starting.delete(owned),
    );
    return owned;
  }

  /** The same factory, whose instances are owned. */
  ownFactory(factory: ClientFactory): ClientFactory {
    const owner = this;
    return {
      info: factory.info,
      capabilities: () => factory.capabilities(),
      ...(factory.pathsFor ? { pathsFor: factory.pathsFor.bind(factory) } : {}),
      async start(options) {
        const { child, dispose } = await owner.own(options === undefined ? factory.start() : factory.start(options), (c) => c.dispose());
        return ChildOwner.#withDispose(child, dispose);
      },
    };
  }

  static #withDispose(client: Client, dispose: () => Promise<void>): Client {
    return {
      info: client.info,
      capabilities: () => client.capabilities(),
      create: (spec) => client.create(spec),
      backup: (ref, method, password) => client.backup(ref, method, password),
      restore: (artifact, secret) => client.restore(artifact, secret),
      ...(client.call ? { call: <T>(method: string, ...args: readonly unknown[]) => (client.call as NonNullable<Client['call']>)<T>(method, ...args) } : {}),
      dispose,
    };
  }

  /**
   * Ends ownership: waits for starts in flight, then disposes every child still registered, all
   * at once; whatever does not finish within `ms` is left to process exit.
   */
  async disposeAll(ms: number): Promise<void> {
    this.#closed = true;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    const work = (async () => {
      await Promise.allSettled([...this.#starting]);
      await Promise.all([...this.#live].map((child) => child.dispose().catch(() => undefined)));
    })();
    await Promise.race([work, limit]);
    clearTimeout(timer);
  }
}
