import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { fakeFactory } from '../fakes/fake-client.js';
import { runMatrix } from '../run-matrix.js';
import { renderGrid } from './grid.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { mergeReports } from './merge.js';
import { buildReport } from './report-json.js';
import { writeReports } from './write-reports.js';

const honest = fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' });
const wrong = fakeFactory({ id: 'fake-wrong@1', behaviour: 'always-wrong', methods: ['raw-seed'] });
const factories = [honest, wrong];
const options = { factories, runs: 2, seed: 3, methods: ['raw-seed', 'phrase-path-type'] as const, types: ['sr25519'] as const, divergences: [] };

describe('reports', async () => {
  const result = await runMatrix(options);
  const report = buildReport(result, factories, undefined);

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
  });

  it('report.json matches its published JSON Schema, and the schema rejects a cell without status', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const asWritten = JSON.parse(JSON.stringify(report));
    expect(validate(asWritten), JSON.stringify(validate.errors)).toBe(true);
    const broken = { ...asWritten, cells: [{ ...asWritten.cells[0], status: undefined }] };
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });

  it('JUnit has one test case per cell; unsupported cells are skipped, not passed', () => {
    const xml = renderJunit(report);
    expect(xml.match(/<testcase /g)).toHaveLength(8);
    expect(xml.match(/<skipped /g)?.length).toBe(report.summary.unsupported);
    expect(xml.match(/<failure /g)?.length).toBe(report.summary.fail);
  });

  it('Markdown and the terminal grid show the failing cell with its reason', () => {
    expect(renderMarkdown(report)).toContain('## Failing cells');
    expect(renderMarkdown(report)).toContain('fake-wrong@1');
    expect(renderGrid(report)).toMatch(/✗/);
  });

  it('HTML is self-contained and cannot be broken out of by hostile names', () => {
    const hostile = { ...report, clients: [...report.clients, { id: '</script><b>x', client: 'x', version: '1', realm: 'node', packages: {} }] };
    const html = renderHtml(hostile);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html.split('</script>').length - 1).toBe(2); // only the two script tags close
  });

  it('merging shard reports gives the unsharded cells', async () => {
    const dirs = await Promise.all(
      [1, 2].map(async (index) => {
        const r = await runMatrix({ ...options, shard: { index, count: 2 } });
        const dir = mkdtempSync(join(tmpdir(), 'interop-shard-'));
        writeReports(dir, buildReport(r, factories, `${index}/2`));
        return dir;
      }),
    );
    const merged = mergeReports(dirs);
    const view = (cells: typeof report.cells) => cells.map((c) => `${c.id}=${c.status}`).sort();
    expect(view(merged.cells)).toEqual(view(report.cells));
    expect(merged.shards).toEqual(['1/2', '2/2']);
  });
});
