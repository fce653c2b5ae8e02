import { type Client, ClientError, type ClientFactory, type StartOptions } from '@interop/core';

/**
 * Starts a client instance within a deadline. A plain race against a timer leaves the start
 * running: when the instance arrives after the deadline nobody holds it, and its worker or
 * browser keeps the process alive for ever (`interop matrix --timeout 300` wrote its reports,
 * then never exited). Here the instance that arrives late is disposed as soon as it arrives.
 */
export function startWithin(factory: Pick<ClientFactory, 'start'>, ms: number, label: string, options?: StartOptions): Promise<Client> {
  const starting = factory.start(options);
  return new Promise<Client>((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(new ClientError('E_TIMEOUT', `${label} did not finish within ${ms} ms`));
    }, ms);
    timer.unref?.();
    starting.then(
      (client) => {
        clearTimeout(timer);
        if (late) void client.dispose().catch(() => undefined);
        else resolve(client);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!late) reject(error);
      },
    );
  });
}
