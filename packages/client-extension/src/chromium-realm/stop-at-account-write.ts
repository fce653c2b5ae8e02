import { ClientError } from '@interop/core';
import type { ExtensionBrowser } from './extension-browser.js';
import { WorkerDebugger } from './worker-debugger.js';

/** An armed stop: whether it fired, and its removal (safe to call twice). */
export interface WorkerStop {
  /** True once the worker was paused at the write and stopped there. */
  readonly fired: boolean;
  /** Waits for a stop that has begun to finish, then removes the breakpoint. */
  disarm(): Promise<void>;
}

/**
 * Stops the service worker in the middle of an operation, at a point chosen so the outcome does
 * not depend on timing: the worker is paused (a DevTools breakpoint before the `n`th call of the
 * extension's AccountsStore.set, polkadot-js/extension packages/extension-base/src/stores/Accounts.ts
 * line 18, the write ui-keyring makes for each account it adds) and stopped while paused, so the
 * writes before it were issued and none after. ui-keyring issues those writes one after another in
 * one task, right after the scrypt decrypt (ui-keyring Keyring.ts loadAccount in a forEach), so an
 * idle stop, which waits for the task to end, never lands between them: only a forced termination
 * there (a crash, the process killed, an update that kills the worker) does. This picks one such point.
 */
export async function stopAtAccountWrite(browser: ExtensionBrowser, n: number): Promise<WorkerStop> {
  if (!Number.isInteger(n) || n < 1) throw new ClientError('E_USAGE', `the write to stop at is a whole number from 1 (got ${n})`);
  const { session, scriptUrl, status } = browser.devtools();
  const worker = await WorkerDebugger.attach(session, scriptUrl);
  let fired = false;
  let stopping: Promise<void> | undefined;
  try {
    const { result } = await worker.call<{ result: { objectId?: string } }>('Runtime.evaluate', {
      expression: 'globalThis.__interopWrites = 0, globalThis.__interop.accountWrite',
    });
    if (result.objectId === undefined) throw new ClientError('E_INTERNAL', 'the service worker probe has no AccountsStore.set to pause at');
    await worker.call('Debugger.enable');
    worker.onPaused(() => {
      if (stopping !== undefined) return;
      fired = true;
      const stopsBefore = status.stops;
      stopping = session.send('ServiceWorker.stopWorker', { versionId: status.versionId ?? '' }).then(() => status.until((s) => s.stops > stopsBefore));
    });
    await worker.call('Debugger.setBreakpointOnFunctionCall', {
      objectId: result.objectId,
      condition: `(globalThis.__interopWrites = globalThis.__interopWrites + 1) === ${n}`,
    });
  } catch (error) {
    await worker.detach();
    throw error;
  }
  let disarmed: Promise<void> | undefined;
  return {
    get fired() {
      return fired;
    },
    disarm() {
      disarmed ??= (async () => {
        await stopping;
        await worker.detach();
      })();
      return disarmed;
    },
  };
}
