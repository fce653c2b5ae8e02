import type { CDPSession } from 'playwright-core';

interface ProtocolReply {
  readonly id?: number;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly message: string };
}

/**
 * A DevTools session on the service worker itself, reached from the popup page's session
 * (Target.attachToTarget without flatten, messages through Target.sendMessageToTarget):
 * playwright-core gives no CDP session for a worker. Used for one thing: pausing the worker at a
 * chosen call (Debugger.setBreakpointOnFunctionCall), as a breakpoint in DevTools would.
 */
export class WorkerDebugger {
  readonly #page: CDPSession;
  readonly #sessionId: string;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  readonly #pauseListeners = new Set<() => void>();
  readonly #onMessage: (event: { sessionId: string; message: string }) => void;

  private constructor(page: CDPSession, sessionId: string) {
    this.#page = page;
    this.#sessionId = sessionId;
    this.#onMessage = (event) => {
      if (event.sessionId !== this.#sessionId) return;
      const reply = JSON.parse(event.message) as ProtocolReply;
      if (reply.id !== undefined) {
        const waiter = this.#pending.get(reply.id);
        this.#pending.delete(reply.id);
        if (reply.error !== undefined) waiter?.reject(new Error(reply.error.message));
        else waiter?.resolve(reply.result);
      } else if (reply.method === 'Debugger.paused') {
        for (const listener of this.#pauseListeners) listener();
      }
    };
    page.on('Target.receivedMessageFromTarget', this.#onMessage);
  }

  static async attach(page: CDPSession, scriptUrl: string): Promise<WorkerDebugger> {
    const { targetInfos } = (await page.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === scriptUrl);
    if (target === undefined) throw new Error(`no running service worker at ${scriptUrl}`);
    const { sessionId } = (await page.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    return new WorkerDebugger(page, sessionId);
  }

  call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#page.send('Target.sendMessageToTarget', { sessionId: this.#sessionId, message: JSON.stringify({ id, method, params }) }).catch((error: unknown) => {
        this.#pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  /** Calls `listener` each time the worker pauses. */
  onPaused(listener: () => void): void {
    this.#pauseListeners.add(listener);
  }

  /** Ends the session; its breakpoints go with it. Safe on a worker that has stopped. */
  async detach(): Promise<void> {
    this.#page.off('Target.receivedMessageFromTarget', this.#onMessage);
    for (const waiter of this.#pending.values()) waiter.reject(new Error('the worker session ended'));
    this.#pending.clear();
    await this.#page.send('Target.detachFromTarget', { sessionId: this.#sessionId }).catch(() => undefined);
  }
}
