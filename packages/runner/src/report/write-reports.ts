import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './report-json.js';

/** Writes report.json, junit.xml, summary.md and report.html into dir. */
export function writeReports(dir: string, report: Report): string[] {
  mkdirSync(dir, { recursive: true });
  const files = {
    'report.json': `${JSON.stringify(report, null, 2)}\n`,
    'junit.xml': renderJunit(report),
    'summary.md': renderMarkdown(report),
    'report.html': renderHtml(report),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files).map((n) => join(dir, n));
}
