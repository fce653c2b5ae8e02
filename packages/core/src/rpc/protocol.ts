import type { ErrorInfo } from '../client-error.js';
import type { ScryptCensus } from './scrypt-census.js';

/**
 * The message protocol between the runner and one client instance, the same whether the
 * instance is a Node worker thread or a Chromium page: a method name and plain-data arguments
 * in, plain data or {code, message} out. Nothing else crosses the boundary, so artifacts and
 * errors are serialisable by construction.
 */
export interface RpcRequest {
  readonly id: number;
  readonly method: string;
  readonly args: readonly unknown[];
}

export type RpcResponse = (
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: ErrorInfo }
) & {
  /** The realm's scrypt census so far (scrypt-census.ts), carried by every answer: nothing to ask for at close. */
  readonly census?: ScryptCensus;
};

/** What a WorkerChannel hands its worker: the client's own data, and the run's scrypt memo when it shares one. */
export interface WorkerEnvelope {
  readonly data: unknown;
  readonly scryptMemo?: SharedArrayBuffer;
}

/** The surface a client instance exposes: every method takes and returns plain data. */
export type RpcHandlers = Readonly<Record<string, (...args: never[]) => unknown>>;
