import { availableParallelism } from 'node:os';
import { scryptTotals } from '@interop/core/rpc';
import { cryptoWaitReady, scryptEncode } from '@polkadot/util-crypto';
import { CLIENT_FACTORIES } from '../registry.js';
import { runMatrix } from '../run-matrix.js';

/**
 * `pnpm bench`: a fixed matrix, timed. Prints figures, asserts nothing (speed goals live
 * here, not in tests). The overhead ratio compares wall time with the scrypt work the clients
 * did (counted inside each client realm, see core/rpc/scrypt-census.ts) spread over the cores:
 * 1.0 would mean the harness costs nothing beyond the clients' own key derivation.
 */
async function main(): Promise<void> {
  const cores = availableParallelism();
  await cryptoWaitReady();
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    scryptEncode('bench', new Uint8Array(32), { N: 2 ** 17, p: 1, r: 8 });
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);

  // The current release of each client (Node realm): versions and the browser realm add cells,
  // not new kinds of work.
  const factories = CLIENT_FACTORIES.filter((f) => ['extension@0.62.3', 'apps@0.171.1', 'signer@7.2.0'].includes(f.info.id));
  const methods = ['phrase-path-type', 'json', 'export-all', 'secret-qr', 'banana-split'] as const;
  const types = ['sr25519', 'ecdsa'] as const;
  const before = scryptTotals();
  const started = performance.now();
  const result = await runMatrix({ factories, methods, types, runs: 2, seed: 1, concurrency: cores });
  const wallMs = performance.now() - started;
  const after = scryptTotals();
  const executed = result.cells.filter((c) => c.outcome.status !== 'unsupported');
  const scryptCount = after.count - before.count;
  const scryptMs = after.ms - before.ms;
  const ideal = scryptMs / cores;
  const rssMiB = process.resourceUsage().maxRSS / 1024;

  const rows: [string, string][] = [
    ['clients', factories.map((f) => f.info.id).join(', ')],
    ['matrix', `${methods.join(',')} x ${types.join(',')}, 2 runs per cell, seed 1`],
    ['cells (run / planned)', `${executed.length} / ${result.cells.length}`],
    ['wall time', `${(wallMs / 1000).toFixed(1)} s`],
    ['cells per minute', `${((executed.length / wallMs) * 60_000).toFixed(1)}`],
    ['scrypt evaluations', `${scryptCount} (${(scryptMs / 1000).toFixed(1)} s inside the clients)`],
    ['one scrypt N=2^17 (wasm, median of 3)', `${(samples[1] ?? 0).toFixed(0)} ms`],
    ['cores used', `${cores}`],
    ['overhead ratio wall / (scrypt time / cores)', ideal > 0 ? (wallMs / ideal).toFixed(2) : 'n/a (no scrypt counted)'],
    ['peak RSS (runner + client workers)', `${rssMiB.toFixed(0)} MiB`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\ninterop matrix benchmark\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`);
  const statuses = new Map<string, number>();
  for (const c of result.cells) statuses.set(c.outcome.status, (statuses.get(c.outcome.status) ?? 0) + 1);
  process.stdout.write(`  outcomes: ${[...statuses].map(([s, n]) => `${n} ${s}`).join(', ')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
