import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempDirs } from '@interop/core/testing';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import type { CellResult } from '../cell-result.js';
import { fakeFactory } from '../fakes/fake-client.js';
import { runMatrix } from '../run-matrix.js';
import { renderGrid } from './grid.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { mergeReports } from './merge.js';
import { readReport } from './read-report.js';
import { isRedReport, type Report, toReportCell } from './report-json.js';
import { reportOf } from './testing/test-report.js';
import { writeReports } from './write-reports.js';

/** Every directory a test here makes, removed when the file's tests are done. */
const temp = new TempDirs();
afterAll(() => temp.removeAll());

const honest = fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' });
const wrong = fakeFactory({ id: 'fake-wrong@1', behaviour: 'always-wrong', methods: ['raw-seed'] });
const factories = [honest, wrong];
const selection = { methods: ['raw-seed', 'phrase-path-type'], types: ['sr25519'] } as const;
const options = { factories, runs: 2, seed: 3, ...selection, divergences: [] };

describe('reports', async () => {
  const result = await runMatrix(options);
  const report = reportOf(result, factories, selection);

  it('report.json lists every cell with source, method, target, type and status, and counts them', () => {
    expect(report.cells).toHaveLength(8);
    for (const c of report.cells) expect(Object.keys(c)).toEqual(expect.arrayContaining(['source', 'method', 'target', 'type', 'status']));
    expect(report.summary.total).toBe(8);
    expect(report.summary.fail).toBe(report.cells.filter((c) => c.status === 'fail').length);
    expect(report.cells.find((c) => c.status === 'fail')).toMatchObject({
      expected: expect.any(String),
      actual: expect.any(String),
      reason: expect.any(String),
    });
    expect(report.cells.filter((c) => c.status === 'unsupported').every((c) => (c.reason ?? '').length > 0)).toBe(true);
    expect(report.complete).toBe(true);
    expect(report.plan).toMatchObject({ cells: 8, methods: ['raw-seed', 'phrase-path-type'], types: ['sr25519'] });
    expect(report.plan.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('report.json matches its published JSON Schema, and the schema rejects a cell without status, a v1 report and a text seed', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const asWritten = JSON.parse(JSON.stringify(report));
    expect(validate(asWritten), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...asWritten, cells: [{ ...asWritten.cells[0], status: undefined }] })).toBe(false);
    expect(validate({ ...asWritten, schema: 'interop-report/v1' })).toBe(false);
    expect(validate({ ...asWritten, seed: '3' })).toBe(false);
    expect(validate({ ...asWritten, meta: undefined })).toBe(false);
  });

  it('JUnit has one test case per cell with the seed and metadata as suite properties; unsupported cells are skipped, or left out on request', () => {
    const xml = renderJunit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(8);
    expect(xml.match(/<skipped /g)?.length).toBe(report.summary.unsupported);
    expect(xml.match(/<failure /g)?.length).toBe(report.summary.fail);
    expect(xml).toContain('<property name="seed" value="3"/>');
    expect(xml).toContain('<property name="tool" value="interop 0.0.0-test"/>');
    expect(xml).toContain(`<property name="Node" value="${process.version}"/>`);
    expect(xml).toMatch(/<testsuite name="interop matrix" /);
    const lean = renderJunit(report, { omitUnsupported: true });
    expect(lean.match(/<testcase /g)).toHaveLength(8 - report.summary.unsupported);
    expect(lean).not.toContain('<skipped ');
  });

  it('Markdown and the terminal grid show the verdict, the failing cell with its reason and how to run it again', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('## Failing cells');
    expect(markdown).toContain('fake-wrong@1');
    expect(markdown).toMatch(/\*\*RED — 2 fail\*\*/);
    expect(markdown).toContain(
      'pnpm -s interop matrix --clients fake-honest@1,fake-wrong@1 --sources fake-honest@1 --targets fake-wrong@1 --methods raw-seed --types sr25519 --runs 2 --seed 3',
    );
    expect(markdown).toContain('| seed | 3 |');
    const grid = renderGrid(report);
    expect(grid).toMatch(/✗/);
    expect(grid).toContain('rerun: pnpm -s interop matrix --clients fake-honest@1,fake-wrong@1');
    expect(grid.trimEnd().split('\n').at(-1)).toBe('RED — 2 fail');
  });

  it('carries a precondition and a divergence id when a result has them; renderers ignore fields they do not know', () => {
    const first = result.cells[0] as CellResult;
    // Since 44b104c a result names the steps it took (requires) and the records that explain it (outcome.ids).
    const outcome = { status: 'known-divergence', reason: 'r', source: 'https://github.com/o/r/issues/1', stillDiverges: true, ids: ['div-1'] };
    const cell = toReportCell({ ...first, requires: ['add the network specs first'], outcome } as unknown as CellResult);
    expect(cell).toMatchObject({ precondition: 'add the network specs first', divergence: 'div-1', link: 'https://github.com/o/r/issues/1' });
    const extra = { ...report, futureField: 1, cells: [{ ...cell, somethingNew: { nested: true } }] } as unknown as Report;
    for (const render of [renderJunit, renderMarkdown, renderGrid]) expect(render(extra)).toContain('fake-honest@1');
    expect(renderHtml(extra)).toContain('first: add the network specs first');
    expect(renderHtml(extra)).toContain('divergence <code>div-1</code>');
  });

  it('writes every format whole and reads report.json back as it was', () => {
    const dir = temp.make('interop-write-');
    writeReports(dir, report);
    expect(readReport(dir)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(readReport(join(dir, 'report.json')).seed).toBe(3);
  });

  it('merging every shard gives the unsharded cells in the unsharded order, and a green merge is not red', async () => {
    const dirs = await Promise.all(
      [1, 2].map(async (index) => {
        const shard = { index, count: 2 };
        const r = await runMatrix({ ...options, shard });
        const dir = temp.make('interop-shard-');
        writeReports(dir, reportOf(r, factories, { ...selection, shard }));
        return dir;
      }),
    );
    const merged = mergeReports(dirs);
    expect(merged.cells.map((c) => `${c.id}=${c.status}`)).toEqual(report.cells.map((c) => `${c.id}=${c.status}`));
    expect(merged.shards).toEqual(['1/2', '2/2']);
    expect(merged.complete).toBe(true);
    expect(merged.plan.fingerprint).toBe(report.plan.fingerprint);
    expect(isRedReport(merged)).toBe(true); // the always-wrong fake fails a cell
  });
});
