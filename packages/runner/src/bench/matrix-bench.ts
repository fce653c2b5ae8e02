import { availableParallelism } from 'node:os';
import { REALM_BUNDLE_ENV } from '@interop/core/profile';
import { scryptTotals } from '@interop/core/rpc';
import { CLIENT_FACTORIES } from '../registry.js';
import { type MatrixOptions, runMatrix } from '../run-matrix.js';
import { cliStartup } from './cli-startup.js';
import { withPeakRss } from './peak-rss.js';

/**
 * `pnpm bench`: a fixed matrix, timed with 1 and 2 lanes (and once with the scrypt memo off, once
 * with the Node realms loading their client file by file instead of from a bundle), plus
 * the CLI's start-up. Prints figures, asserts nothing (speed goals live here, not in tests).
 *
 * The floor is the scrypt work no harness can avoid: every distinct evaluation (input and
 * implementation), each computed once, spread over the cores the run uses; the overhead ratio
 * wall / floor is then what the harness costs beyond the clients' own key derivation (goal
 * <= 1.15). Scrypt time is measured inside each client realm (core/rpc/scrypt-census.ts).
 */
const GIB = 1024;

interface Row {
  readonly label: string;
  readonly lanes: number;
  readonly wallMs: number;
  readonly computed: number;
  readonly computedMs: number;
  readonly served: number;
  readonly cells: number;
  readonly peakMiB: number;
  readonly outcomes: string;
}

async function measure(label: string, options: MatrixOptions): Promise<Row> {
  const before = scryptTotals();
  const started = performance.now();
  const { result, peakMiB } = await withPeakRss(() => runMatrix(options));
  const wallMs = performance.now() - started;
  const after = scryptTotals();
  const statuses = new Map<string, number>();
  for (const c of result.cells) statuses.set(c.outcome.status, (statuses.get(c.outcome.status) ?? 0) + 1);
  return {
    label,
    lanes: options.concurrency ?? 1,
    wallMs,
    computed: after.count - before.count,
    computedMs: after.ms - before.ms,
    served: after.served - before.served,
    cells: result.cells.filter((c) => c.outcome.status !== 'unsupported').length,
    peakMiB,
    outcomes: [...statuses].map(([s, n]) => `${n} ${s}`).join(', '),
  };
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`).join('\n');
}

async function main(): Promise<void> {
  const cores = availableParallelism();
  // The current release of each client (Node realm): versions and the browser realm add cells,
  // not new kinds of work.
  const factories = CLIENT_FACTORIES.filter((f) => ['extension@0.62.3', 'apps@0.171.1', 'signer@7.2.0'].includes(f.info.id));
  const methods = ['phrase-path-type', 'json', 'export-all', 'secret-qr', 'banana-split'] as const;
  const types = ['sr25519', 'ecdsa'] as const;
  const base: MatrixOptions = { factories, methods, types, runs: 2, seed: 1 };
  process.stderr.write(
    `bench: ${factories.map((f) => f.info.id).join(', ')}; ${methods.join(',')} x ${types.join(',')}; 2 runs per cell, seed 1; ${cores} cores\n`,
  );

  const rows: Row[] = [];
  for (const [label, options, fileByFile] of [
    ['2 lanes', { ...base, concurrency: 2 }, false],
    ['1 lane', { ...base, concurrency: 1 }, false],
    ['2 lanes, no memo', { ...base, concurrency: 2, scryptCache: false }, false],
    // The Node realms load each client module from its own file instead of the realm bundle.
    ['2 lanes, no bundles', { ...base, concurrency: 2 }, true],
  ] as const) {
    process.stderr.write(`bench: ${label} ...\n`);
    // Client workers take their environment when they start (core/rpc/worker-channel.ts).
    const before = process.env[REALM_BUNDLE_ENV];
    if (fileByFile) process.env[REALM_BUNDLE_ENV] = '0';
    try {
      rows.push(await measure(label, options));
    } finally {
      if (before === undefined) delete process.env[REALM_BUNDLE_ENV];
      else process.env[REALM_BUNDLE_ENV] = before;
    }
  }
  // Every distinct evaluation computed once: what the memo run computed (it shares them all).
  const unique = rows[0] as Row;
  const floorMs = (lanes: number) => unique.computedMs / Math.min(lanes, cores);

  const startup = cliStartup();
  const out = [
    '',
    'interop matrix benchmark',
    `  clients ${factories.map((f) => f.info.id).join(', ')}; ${methods.join(',')} x ${types.join(',')}; 2 runs per cell; seed 1; ${cores} cores`,
    `  unique scrypt work: ${unique.computed} evaluations, ${(unique.computedMs / 1000).toFixed(1)} s (measured inside the client realms)`,
    '',
    table([
      ['run', 'wall s', 'scrypt computed', 'served', 'floor s', 'wall/floor', 'peak RSS MiB', 'cells/min'],
      ...rows.map((r) => [
        r.label,
        (r.wallMs / 1000).toFixed(1),
        `${r.computed} (${(r.computedMs / 1000).toFixed(1)} s)`,
        `${r.served}`,
        (floorMs(r.lanes) / 1000).toFixed(1),
        (r.wallMs / floorMs(r.lanes)).toFixed(2),
        `${r.peakMiB.toFixed(0)}${r.peakMiB > 1.5 * GIB ? ' (> 1.5 GiB)' : ''}`,
        ((r.cells / r.wallMs) * 60_000).toFixed(1),
      ]),
    ]),
    '',
    `  outcomes (each run): ${rows.map((r) => `${r.label}: ${r.outcomes}`).join('; ')}`,
    '',
    'CLI start-up (median of 5, wall)',
    table(startup.map((s) => [s.what, `${s.medianMs.toFixed(0)} ms`])),
    '',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
