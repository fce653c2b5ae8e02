import { type Client, ClientError, type ClientFactory } from '@interop/core';

const STOPPED = 'the run was interrupted: this client was stopped';

/**
 * Every client instance a matrix run starts, so that an interrupted run (Ctrl-C, a CI timeout)
 * stops every worker and browser at once instead of waiting for calls in flight, which can
 * take minutes (scrypt, call timeouts). Once the signal fires, live instances are disposed,
 * their pending calls are refused, and no new instance starts.
 */
export class StoppableClients {
  readonly #signal: AbortSignal;
  readonly #live = new Set<Client>();
  #stopping: Promise<void> | undefined;

  constructor(signal: AbortSignal) {
    this.#signal = signal;
  }

  /** The factory as it is, except that its instances are tracked and answer the signal. */
  wrap(factory: ClientFactory): ClientFactory {
    const start: ClientFactory['start'] = async (options) => {
      if (this.#signal.aborted) throw new ClientError('E_WORKER_CRASHED', STOPPED);
      const client = await factory.start(options);
      if (this.#signal.aborted) {
        await client.dispose().catch(() => undefined);
        throw new ClientError('E_WORKER_CRASHED', STOPPED);
      }
      this.#live.add(client);
      return this.#guard(client);
    };
    return new Proxy(factory, {
      get: (target, property) => {
        if (property === 'start') return start;
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  /** Disposes every live instance (at most once; later calls wait for the same stop). */
  stopAll(): Promise<void> {
    this.#stopping ??= Promise.allSettled([...this.#live].map((client) => this.#dispose(client))).then(() => undefined);
    return this.#stopping;
  }

  /** Disposes an instance once: the run's own dispose after a stop finds it gone. */
  async #dispose(client: Client): Promise<void> {
    if (!this.#live.delete(client)) return;
    await client.dispose().catch(() => undefined);
  }

  #guard(client: Client): Client {
    return new Proxy(client, {
      get: (target, property) => {
        if (property === 'dispose') return () => this.#dispose(target);
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const result: unknown = value.apply(target, args);
          return result instanceof Promise ? this.#untilStopped(result) : result;
        };
      },
    });
  }

  /** The call's own result, or a refusal as soon as the run is interrupted. */
  #untilStopped<T>(call: Promise<T>): Promise<T> {
    if (this.#signal.aborted) {
      call.catch(() => undefined);
      return Promise.reject(new ClientError('E_WORKER_CRASHED', STOPPED));
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new ClientError('E_WORKER_CRASHED', STOPPED));
      this.#signal.addEventListener('abort', onAbort, { once: true });
      call.then(resolve, reject).finally(() => this.#signal.removeEventListener('abort', onAbort));
    });
  }
}
