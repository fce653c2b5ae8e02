import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './migration-rules.js';
import { rulesTable } from './rules-table.js';
import { TRANSFORM_RULES } from './wiki-loop-value.js';

/** Markdown as content: table cells trimmed and separator rows reduced (the repository's formatter pads tables). */
function normalise(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split(/(?<!\\)\|/)
            .map((c) => (/^\s*-+\s*$/.test(c) ? '-' : c.trim()))
            .join('|')
        : line.trimEnd(),
    )
    .filter((line) => line !== '');
}

describe('RULES.md', () => {
  it('is the table generated from the rules the model runs on (regenerate: pnpm --filter @interop/migration rules)', () => {
    expect(normalise(readFileSync(new URL('../RULES.md', import.meta.url), 'utf8'))).toEqual(normalise(rulesTable()));
  });

  it('lists every rule once, and every key rule names its outcome', () => {
    const ids = [...RULES.map((r) => r.id), ...TRANSFORM_RULES.map((t) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.stage !== 'key' || 'outcome' in r, r.id).toBe(true);
    const table = rulesTable();
    for (const id of ids) expect(table).toContain(`| ${id} |`);
  });
});
