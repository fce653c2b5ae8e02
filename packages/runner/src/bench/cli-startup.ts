import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../../../apps/cli/dist/main.js', import.meta.url));

export interface StartupFigure {
  readonly what: string;
  /** Median wall time of the runs, in ms. */
  readonly medianMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed(command: string, args: readonly string[], times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    spawnSync(command, args, { cwd: ROOT, stdio: 'ignore', timeout: 120_000 });
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** How long the CLI takes to answer at once (median of `times` runs each), next to Node's own start. */
export function cliStartup(times = 5): StartupFigure[] {
  const node = process.execPath;
  const figures: StartupFigure[] = [
    { what: 'node -e 0 (Node itself)', medianMs: timed(node, ['-e', '0'], times) },
    { what: 'interop --help', medianMs: timed(node, [MAIN, '--help'], times) },
    { what: 'interop clients --json', medianMs: timed(node, [MAIN, 'clients', '--json'], times) },
    { what: 'interop matrix --runs x (usage error)', medianMs: timed(node, [MAIN, 'matrix', '--runs', 'x'], times) },
  ];
  const pnpm = spawnSync('pnpm', ['--version'], { cwd: ROOT, stdio: 'ignore' });
  if (pnpm.status === 0) {
    figures.push({ what: 'pnpm --version (pnpm itself)', medianMs: timed('pnpm', ['--version'], times) });
    figures.push({ what: 'pnpm -s interop --help', medianMs: timed('pnpm', ['-s', 'interop', '--help'], times) });
  }
  return figures;
}
