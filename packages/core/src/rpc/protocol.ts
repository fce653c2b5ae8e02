import type { ErrorInfo } from '../client-error.js';

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

export type RpcResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: ErrorInfo };

/** The surface a client instance exposes: every method takes and returns plain data. */
export type RpcHandlers = Readonly<Record<string, (...args: never[]) => unknown>>;
