import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempDirs } from '@interop/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { diffReports } from './diff.js';
import { renderDiffMarkdown } from './diff-markdown.js';
import { githubAnnotations } from './github-actions.js';
import { renderGrid } from './grid.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { mergeReports } from './merge.js';
import { ReportInputError } from './read-report.js';
import { hostileReport } from './testing/hostile-report.js';
import { TEST_META } from './testing/test-report.js';

/** Every directory a test here makes, removed when the file's tests are done. */
const temp = new TempDirs();
afterAll(() => temp.removeAll());

const report = hostileReport();
const NON_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('a hostile string from a report is inert in every format', () => {
  it('report merge refuses a report whose seed is text (the schema says integer), before rendering anything', () => {
    const dir = temp.make('interop-hostile-');
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...report, shards: ['1/1'], plan: { ...report.plan, fingerprint: `sha256:${'0'.repeat(64)}` } }));
    expect(() => mergeReports([dir])).toThrow(ReportInputError);
    expect(() => mergeReports([dir])).toThrow(/\/seed must be integer/);
  });

  it('HTML: no markup, script, handler or javascript: link comes out of it', () => {
    const html = renderHtml(report, { filesBase: '../..' });
    expect(html.match(/<script/g)).toHaveLength(1); // the page's own script
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/\son\w+="window/);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(html).toContain('&#60;/script&#62;&#60;script&#62;window.__pwned=1');
  });

  it('JUnit XML: every string escaped and every character XML cannot hold removed', () => {
    const xml = renderJunit(report);
    expect(xml).not.toMatch(NON_XML);
    expect(xml.match(/<testcase /g)).toHaveLength(5); // 4 cells and the incomplete run
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain(']]>');
    expect(xml.match(/<property /g)?.length).toBeGreaterThan(10);
    // Attribute values never hold a raw quote or line break: each tag is on its own line.
    for (const line of xml.split('\n').filter((l) => l.includes('<property'))) expect(line.trim()).toMatch(/^<property name="[^"<]*" value="[^"<]*"\/>$/);
  });

  it('Markdown: no raw HTML, no link, no heading, no line break and no broken table row come out of it', () => {
    for (const markdown of [renderMarkdown(report), renderDiffMarkdown(diffReports({ ...report, cells: [] }, report))]) {
      // Code spans show their text literally (GitHub renders no markup in them); outside them nothing may be raw.
      const outsideCode = markdown.replace(/(?<![\\`])(`+)[^`][\s\S]*?[^`]\1(?!`)/g, '');
      expect(outsideCode).not.toMatch(/(^|[^\\])<(script|img|!--)/m);
      expect(outsideCode).not.toMatch(/(^|[^\\])\[link\]\(/);
      expect(markdown).not.toMatch(/^# heading/m);
      expect(markdown).not.toMatch(/^::error/m);
      expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e\ufffe]/);
      const rows = markdown.split('\n').filter((l) => l.startsWith('| about this run') || l.startsWith('| seed'));
      for (const row of rows) expect(row.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(3);
    }
  });

  it('terminal: no escape sequence or bidirectional override reaches the screen', () => {
    const grid = renderGrid(report);
    expect(grid).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(grid).toContain('\\u{1b}[2J');
  });

  it('GitHub workflow commands: one command a line, no forged command', () => {
    const lines = githubAnnotations(report);
    expect(lines.length).toBe(4); // incomplete run, and 3 red cells
    for (const line of lines) {
      expect(line).toMatch(/^::error title=[^:]*::/);
      expect(line).not.toMatch(/[\r\n]/);
    }
    expect(lines.join('\n').match(/^::/gm)).toHaveLength(4);
  });

  it('a shell: the rerun command quotes every word from the report', () => {
    const html = renderHtml({
      ...report,
      seed: 1,
      meta: TEST_META,
      clients: [{ id: "x@1';touch /tmp/p;'", client: 'x', version: '1', realm: 'node', packages: {} }],
    });
    expect(html).toContain('--clients &#39;x@1&#39;\\&#39;&#39;;touch /tmp/p;&#39;\\&#39;&#39;&#39;');
  });
});
