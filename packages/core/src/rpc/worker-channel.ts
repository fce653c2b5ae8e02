import { setTimeout as delay } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { ClientError } from '../client-error.js';
import type { RpcRequest, RpcResponse } from './protocol.js';
import type { ScryptCensus } from './scrypt-census.js';
import { addScryptCensus } from './scrypt-totals.js';

export interface WorkerChannelOptions {
  /** The worker's entry module (built JavaScript). */
  readonly entry: URL;
  readonly workerData?: unknown;
  /** Per-call limit; a call that exceeds it ends the worker (a hung client cannot be trusted). */
  readonly timeoutMs?: number;
  /** Environment for the worker (client modules read e.g. EXTENSION_PREFIX at import). */
  readonly env?: Readonly<Record<string, string>>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: ClientError): void;
  timer: NodeJS.Timeout;
}

/**
 * One client instance in its own worker thread: its own module graph, so ui-keyring's
 * singletons and one client version never meet another. Console output of the client is
 * captured (never mixed into the runner's stdout) and kept for tests to inspect.
 */
export class WorkerChannel {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  readonly #timeoutMs: number;
  readonly #logs: string[] = [];
  #nextId = 1;
  #dead: ClientError | undefined;

  constructor(options: WorkerChannelOptions) {
    this.#timeoutMs = options.timeoutMs ?? 120_000;
    this.#worker = new Worker(options.entry, {
      workerData: options.workerData,
      stdout: true,
      stderr: true,
      env: { ...process.env, ...options.env },
    });
    this.#worker.stdout.on('data', (chunk: Buffer) => this.#logs.push(chunk.toString()));
    this.#worker.stderr.on('data', (chunk: Buffer) => this.#logs.push(chunk.toString()));
    this.#worker.on('message', (response: RpcResponse) => this.#settle(response));
    this.#worker.on('error', (error) => this.#die(new ClientError('E_WORKER_CRASHED', `client worker crashed: ${error.message}`)));
    this.#worker.on('exit', (code) => this.#die(new ClientError('E_WORKER_CRASHED', `client worker exited with code ${code}`)));
  }

  /** What the client printed (warnings such as ui-keyring's skipped entries). */
  get logs(): readonly string[] {
    return this.#logs;
  }

  get alive(): boolean {
    return this.#dead === undefined;
  }

  call<T>(method: string, ...args: readonly unknown[]): Promise<T> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new ClientError('E_TIMEOUT', `client did not answer ${method} within ${this.#timeoutMs} ms`));
        this.#die(new ClientError('E_WORKER_CRASHED', `client worker ended after a timeout in ${method}`));
      }, this.#timeoutMs);
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      const request: RpcRequest = { id, method, args };
      this.#worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    if (this.alive) {
      // Collect the realm's scrypt count before it goes (benchmark figures); never fatal.
      const census = await Promise.race([this.call<ScryptCensus>('__scryptCensus').catch(() => undefined), delay(2_000, undefined, { ref: false })]);
      if (census) addScryptCensus(census);
    }
    this.#die(new ClientError('E_WORKER_CRASHED', 'client was disposed'));
    await this.#worker.terminate();
  }

  #settle(response: RpcResponse): void {
    const pending = this.#pending.get(response.id);
    if (!pending) return;
    this.#pending.delete(response.id);
    clearTimeout(pending.timer);
    if (response.ok) pending.resolve(response.value);
    else pending.reject(new ClientError(response.error.code, response.error.message));
  }

  #die(error: ClientError): void {
    if (this.#dead) return;
    this.#dead = error;
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.#pending.delete(id);
    }
    void this.#worker.terminate();
  }
}
