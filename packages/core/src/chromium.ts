/**
 * How this project starts Chromium: Debian's build (browser downloads do not work here),
 * headless, with no background traffic (this machine's network is closed, and Chromium's
 * background connections would otherwise be refused many at a time), always with a fresh
 * user-data dir chosen by the caller. INTEROP_CHROMIUM overrides the binary.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  return process.env.INTEROP_CHROMIUM ?? '/usr/bin/chromium';
}
