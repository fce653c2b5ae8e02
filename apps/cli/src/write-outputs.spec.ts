import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputs } from './write-outputs.js';

const root = mkdtempSync(join(tmpdir(), 'interop-write-outputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh directory with one input file holding 'INPUT'. */
function setup(): { dir: string; input: string } {
  const dir = mkdtempSync(join(root, 'case-'));
  const input = join(dir, 'new.json');
  writeFileSync(input, 'INPUT');
  return { dir, input };
}

function codeOf(work: () => void): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('writeOutputs', () => {
  it('writes new files with mode 0600 and leaves no temp file', () => {
    const { dir, input } = setup();
    writeOutputs(
      [
        { path: join(dir, 'out.json'), text: 'A' },
        { path: join(dir, 'out.console.js'), text: 'B' },
      ],
      [input],
      false,
    );
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('A');
    expect(statSync(join(dir, 'out.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'out.console.js')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['new.json', 'out.console.js', 'out.json']);
  });

  it.each([
    ['a symbolic link to the input', (dir: string, input: string) => symlinkSync(input, join(dir, 'out.json'))],
    ['a hard link to the input', (dir: string, input: string) => linkSync(input, join(dir, 'out.json'))],
    ['the input through a linked directory', (dir: string) => symlinkSync(dir, join(dir, 'alias'))],
  ])('refuses an output that is %s (E_OUTPUT_IS_INPUT), even with --force, and the input is untouched', (_what, make) => {
    const { dir, input } = setup();
    make(dir, input);
    const out = readdirSync(dir).includes('alias') ? join(dir, 'alias', 'new.json') : join(dir, 'out.json');
    for (const force of [false, true]) {
      expect(codeOf(() => writeOutputs([{ path: out, text: 'CLOBBER' }], [input], force))).toBe('E_OUTPUT_IS_INPUT');
      expect(readFileSync(input, 'utf8')).toBe('INPUT');
    }
  });

  it('refuses an existing output without --force (E_OUTPUT_EXISTS), and writes nothing at all', () => {
    const { dir, input } = setup();
    writeFileSync(join(dir, 'out.console.js'), 'OLD');
    expect(
      codeOf(() =>
        writeOutputs(
          [
            { path: join(dir, 'out.json'), text: 'A' },
            { path: join(dir, 'out.console.js'), text: 'B' },
          ],
          [input],
          false,
        ),
      ),
    ).toBe('E_OUTPUT_EXISTS');
    expect(readFileSync(join(dir, 'out.console.js'), 'utf8')).toBe('OLD');
    expect(readdirSync(dir).sort()).toEqual(['new.json', 'out.console.js']);
  });

  it('with --force replaces an existing file atomically, and an existing 0644 file becomes 0600', () => {
    const { dir, input } = setup();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'OLD', { mode: 0o644 });
    writeOutputs([{ path: out, text: 'NEW' }], [input], true);
    expect(readFileSync(out, 'utf8')).toBe('NEW');
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('with --force replaces a link at the output path, never the file it points to', () => {
    const { dir, input } = setup();
    const elsewhere = join(dir, 'elsewhere.txt');
    writeFileSync(elsewhere, 'KEEP');
    symlinkSync(elsewhere, join(dir, 'out.json'));
    writeOutputs([{ path: join(dir, 'out.json'), text: 'NEW' }], [input], true);
    expect(readFileSync(elsewhere, 'utf8')).toBe('KEEP');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('NEW');
  });

  it('refuses a directory or a device as output, even with --force (E_OUTPUT_UNWRITABLE)', () => {
    const { dir, input } = setup();
    mkdirSync(join(dir, 'sub'));
    expect(codeOf(() => writeOutputs([{ path: join(dir, 'sub'), text: 'x' }], [input], true))).toBe('E_OUTPUT_UNWRITABLE');
    expect(codeOf(() => writeOutputs([{ path: '/dev/null', text: 'x' }], [input], true))).toBe('E_OUTPUT_UNWRITABLE');
  });

  it('a directory that does not exist is E_OUTPUT_UNWRITABLE and leaves nothing behind', () => {
    const { dir, input } = setup();
    expect(codeOf(() => writeOutputs([{ path: join(dir, 'missing', 'out.json'), text: 'x' }], [input], false))).toBe('E_OUTPUT_UNWRITABLE');
    expect(readdirSync(dir)).toEqual(['new.json']);
  });
});
