import type { Client, ClientFactory } from '@interop/core';

/** Anything that holds a worker, a browser or a page: it is closed by calling dispose. */
export interface Disposable {
  dispose(): Promise<void>;
}

/**
 * Owns every child the CLI starts (client workers, browsers, pages): each is registered when it
 * starts and released when its user disposes it; whatever is still registered when the command
 * ends — normally, by an error, a timeout or a signal — is disposed here.
 */
export class ChildOwner {
  readonly #live = new Set<Disposable>();

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

  /** The same factory, whose instances are owned. */
  ownFactory(factory: ClientFactory): ClientFactory {
    const owner = this;
    return {
      info: factory.info,
      capabilities: () => factory.capabilities(),
      ...(factory.pathsFor ? { pathsFor: factory.pathsFor.bind(factory) } : {}),
      async start(options) {
        const client = await (options === undefined ? factory.start() : factory.start(options));
        return owner.#ownClient(client);
      },
    };
  }

  #ownClient(client: Client): Client {
    const owned = this.adopt(client);
    return {
      info: client.info,
      capabilities: () => client.capabilities(),
      create: (spec) => client.create(spec),
      backup: (ref, method, password) => client.backup(ref, method, password),
      restore: (artifact, secret) => client.restore(artifact, secret),
      ...(client.call ? { call: <T>(method: string, ...args: readonly unknown[]) => (client.call as NonNullable<Client['call']>)<T>(method, ...args) } : {}),
      dispose: () => owned.dispose(),
    };
  }

  /** Disposes every child still registered, all at once; a child that does not close in `ms` is left to process exit. */
  async disposeAll(ms: number): Promise<void> {
    const closing = [...this.#live].map((child) => child.dispose().catch(() => undefined));
    if (closing.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
      timer.unref();
    });
    await Promise.race([Promise.all(closing), limit]);
    clearTimeout(timer);
  }
}
