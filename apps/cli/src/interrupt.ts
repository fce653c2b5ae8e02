/** The exit code of a process ended by a signal, as shells report it (128 + its number). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1;
}

/**
 * Calls handler on SIGINT and SIGTERM (Ctrl-C, a CI job's cancel or timeout) with how many
 * signals came so far, instead of Node's default of dying at once. Returns the undo.
 */
export function onInterrupt(handler: (signal: NodeJS.Signals, count: number) => void): () => void {
  let count = 0;
  const listeners = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const listener = () => handler(signal, ++count);
    process.on(signal, listener);
    return [signal, listener] as const;
  });
  return () => {
    for (const [signal, listener] of listeners) process.off(signal, listener);
  };
}
