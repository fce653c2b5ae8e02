import type { CDPSession } from 'playwright-core';

/** ServiceWorker.ServiceWorkerVersionRunningStatus (Chrome DevTools Protocol). */
export type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  readonly versions: readonly { readonly versionId: string; readonly scriptURL: string; readonly runningStatus: RunningStatus }[];
}

/**
 * The extension's service worker as DevTools reports it (ServiceWorker.workerVersionUpdated on
 * the popup page's session): its version id, whether it runs, and how many times it has stopped.
 * Waiting for a status is event-driven: a waiter is checked on every update, never polled.
 */
export class ServiceWorkerStatus {
  readonly #scriptUrl: string;
  #versionId: string | undefined;
  #status: RunningStatus | undefined;
  #stops = 0;
  readonly #waiters = new Set<() => void>();

  private constructor(scriptUrl: string) {
    this.#scriptUrl = scriptUrl;
  }

  /** Starts listening on `session` (ServiceWorker.enable reports every known version at once). */
  static async watch(session: CDPSession, scriptUrl: string): Promise<ServiceWorkerStatus> {
    const status = new ServiceWorkerStatus(scriptUrl);
    session.on('ServiceWorker.workerVersionUpdated', (event: VersionUpdate) => status.#update(event));
    await session.send('ServiceWorker.enable');
    return status;
  }

  get versionId(): string | undefined {
    return this.#versionId;
  }

  get status(): RunningStatus | undefined {
    return this.#status;
  }

  /** How many times the worker has been seen to stop since the watch began. */
  get stops(): number {
    return this.#stops;
  }

  /** Resolves when `holds()` is true (at once if it already is). The caller bounds the wait. */
  until(holds: (status: ServiceWorkerStatus) => boolean): Promise<void> {
    if (holds(this)) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!holds(this)) return;
        this.#waiters.delete(check);
        resolve();
      };
      this.#waiters.add(check);
    });
  }

  #update(event: VersionUpdate): void {
    for (const version of event.versions) {
      if (version.scriptURL !== this.#scriptUrl) continue;
      if (version.runningStatus === 'stopped' && this.#status !== undefined && this.#status !== 'stopped') this.#stops += 1;
      this.#versionId = version.versionId;
      this.#status = version.runningStatus;
    }
    for (const waiter of [...this.#waiters]) waiter();
  }
}
