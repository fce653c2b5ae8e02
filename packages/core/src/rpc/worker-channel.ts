import { Worker } from 'node:worker_threads';
import { ClientError } from '../client-error.js';
import { callTimeoutMs } from './call-budget.js';
import type { RpcRequest, RpcResponse, WorkerEnvelope } from './protocol.js';
import type { ScryptCensus } from './scrypt-census.js';
import { activeScryptMemo } from './scrypt-memo-scope.js';
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
  /** The realm's census as last reported: each answer's increase goes to the process totals. */
  #census: ScryptCensus = { count: 0, ms: 0, served: 0 };

  constructor(options: WorkerChannelOptions) {
    this.#timeoutMs = options.timeoutMs ?? 120_000;
    // A channel started inside a matrix run brings the run's scrypt memo (scrypt-memo-scope.ts).
    const memo = activeScryptMemo();
    const envelope: WorkerEnvelope = { data: options.workerData, ...(memo ? { scryptMemo: memo.buffer } : {}) };
    this.#worker = new Worker(options.entry, {
      workerData: envelope,
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
    // A caller doing more work in one call (a restore of many accounts) sets its own limit (call-budget.ts).
    const limit = callTimeoutMs(this.#timeoutMs);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new ClientError('E_TIMEOUT', `client did not answer ${method} within ${limit} ms`));
        this.#die(new ClientError('E_WORKER_CRASHED', `client worker ended after a timeout in ${method}`));
      }, limit);
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      const request: RpcRequest = { id, method, args };
      this.#worker.postMessage(request);
    });
  }

  /** The realm's scrypt census as of its last answer. */
  get census(): ScryptCensus {
    return { ...this.#census };
  }

  async close(): Promise<void> {
    this.#die(new ClientError('E_WORKER_CRASHED', 'client was disposed'));
    await this.#worker.terminate();
  }

  #settle(response: RpcResponse): void {
    if (response.census !== undefined) this.#count(response.census);
    const pending = this.#pending.get(response.id);
    if (!pending) return;
    this.#pending.delete(response.id);
    clearTimeout(pending.timer);
    if (response.ok) pending.resolve(response.value);
    else pending.reject(new ClientError(response.error.code, response.error.message));
  }

  #count(census: ScryptCensus): void {
    const before = this.#census;
    addScryptCensus({ count: census.count - before.count, ms: census.ms - before.ms, served: census.served - before.served });
    this.#census = census;
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
