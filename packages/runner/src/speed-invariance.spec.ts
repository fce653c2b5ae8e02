import { REALM_BUNDLE_ENV } from '@interop/core/profile';
import { scryptTotals } from '@interop/core/rpc';
import { describe, expect, it } from 'vitest';
import { CLIENT_FACTORIES } from './registry.js';
import type { Report } from './report/report-json.js';
import { reportOf } from './report/testing/test-report.js';
import { type MatrixOptions, runMatrix } from './run-matrix.js';

/**
 * The scrypt memo never changes a verdict (issue 14): the same seed gives the same report.json
 * (timings and metadata aside) with the memo and without it. Real clients: the extension and
 * Apps write and read scrypt keystores (wasm-crypto 7.5.1 and 7.5.4), the extension's MV3 service
 * worker shares 7.5.1 with its Node realm across the browser link, SubWallet writes under its master
 * password (wasm-crypto 7.4.1), Vault's Banana Split runs scrypt in @noble/hashes.
 */
const IDS = ['extension@0.62.3', 'extension@0.62.3-chromium', 'apps@0.171.1', 'signer@7.2.0', 'subwallet@1.3.88'];
const factories = CLIENT_FACTORIES.filter((f) => IDS.includes(f.info.id));
const selection = { methods: ['json', 'export-all', 'banana-split'], types: ['sr25519'] } as const;
// One run per cell: each json and export-all cell still reads keystores written by another realm of
// the same implementation, so the memo serves evaluations within the run (asserted below).
const options: MatrixOptions = { factories, ...selection, runs: 1, seed: 20261130, concurrency: 2 };

/** report.json without what differs between any two runs: timings and the run's metadata. */
function comparable(report: Report): unknown {
  const { durationMs: _duration, meta: _meta, ...rest } = report;
  return { ...rest, cells: report.cells.map(({ durationMs: _cell, ...cell }) => cell) };
}

/**
 * The realm bundles (core/profile/realm-bundle.ts) never change a verdict either: the Node realms
 * that load their client from one bundle give the same report as when they load it file by file.
 */
const BUNDLED_IDS = ['extension@0.62.3', 'apps@0.171.1', 'subwallet@1.3.88'];
const bundledFactories = CLIENT_FACTORIES.filter((f) => BUNDLED_IDS.includes(f.info.id));
const bundledSelection = { methods: ['phrase', 'json', 'export-all'], types: ['sr25519'] } as const;

describe('the same seed gives the same report', () => {
  it('with and without the scrypt memo', async () => {
    expect(factories.map((f) => f.info.id)).toEqual(IDS);
    const before = scryptTotals();
    const fast = await runMatrix(options);
    const served = scryptTotals().served - before.served;
    const uncached = await runMatrix({ ...options, scryptCache: false });
    const servedUncached = scryptTotals().served - before.served - served;

    // The memo was on in the first run and off in the second (so this test can fail).
    expect(served).toBeGreaterThan(0);
    expect(servedUncached).toBe(0);

    const expected = comparable(reportOf(fast, factories, selection));
    expect(comparable(reportOf(uncached, factories, selection))).toEqual(expected);
    // And the run did run: cells that restore keystores, not only unsupported ones.
    expect(fast.cells.filter((c) => c.outcome.status !== 'unsupported').length).toBeGreaterThan(4);
  });

  it(`with and without the realm bundles (${REALM_BUNDLE_ENV}=0)`, async () => {
    expect(bundledFactories.map((f) => f.info.id)).toEqual(BUNDLED_IDS);
    const bundledOptions: MatrixOptions = { factories: bundledFactories, ...bundledSelection, runs: 2, seed: 20261201, concurrency: 2 };
    const bundled = await runMatrix(bundledOptions);
    // Client workers take their environment when they start (core/rpc/worker-channel.ts).
    process.env[REALM_BUNDLE_ENV] = '0';
    let fileByFile: Awaited<ReturnType<typeof runMatrix>>;
    try {
      fileByFile = await runMatrix(bundledOptions);
    } finally {
      delete process.env[REALM_BUNDLE_ENV];
    }
    const expected = comparable(reportOf(bundled, bundledFactories, bundledSelection));
    expect(comparable(reportOf(fileByFile, bundledFactories, bundledSelection))).toEqual(expected);
    expect(bundled.cells.filter((c) => c.outcome.status !== 'unsupported').length).toBeGreaterThan(4);
  });
});
