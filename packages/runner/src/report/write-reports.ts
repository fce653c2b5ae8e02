import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './report-json.js';

export interface WriteOptions {
  /** The repository root: report.html links scenario files relative to it when the run has no repository address. */
  readonly root?: string;
  readonly omitUnsupportedFromJunit?: boolean;
}

/** Writes one file whole or not at all: a reader (or a CI upload) never sees half a report. */
function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Writes report.json, junit.xml, summary.md and report.html into dir. */
export function writeReports(dir: string, report: Report, options: WriteOptions = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const filesBase = options.root === undefined ? undefined : relative(dir, options.root).split(sep).join('/') || '.';
  const files = {
    'report.json': `${JSON.stringify(report, null, 2)}\n`,
    'junit.xml': renderJunit(report, { omitUnsupported: options.omitUnsupportedFromJunit ?? false }),
    'summary.md': renderMarkdown(report),
    'report.html': renderHtml(report, filesBase === undefined ? {} : { filesBase }),
  };
  for (const [name, text] of Object.entries(files)) writeWhole(join(dir, name), text);
  return Object.keys(files).map((n) => join(dir, n));
}
