import { describe, expect, it } from 'vitest';
import { parseSavedDump } from './storage-dump.js';
import { exampleDump, exampleFile } from './testing/example-dumps.js';

describe('parseSavedDump', () => {
  it.each([
    ['old.json', 'json'],
    ['old.raw-ticked.txt', 'ticked-json'],
    ['old.console-literal.txt', 'js-literal'],
  ])('reads %s (%s) as the same dump', (file, form) => {
    const saved = parseSavedDump(exampleFile('hostile-names', file));
    expect(saved.form).toBe(form);
    expect(saved.dump).toStrictEqual(exampleDump('hostile-names', 'old'));
  });

  it('reads the string as a JSON literal ("Copy string as JSON literal")', () => {
    const text = JSON.stringify(JSON.stringify({ a: 'b"c' }));
    expect(parseSavedDump(text)).toMatchObject({ form: 'json-literal', dump: { a: 'b"c' } });
  });

  it('refuses what is not a dump, without quoting the file', () => {
    for (const text of ['', '[1,2]', '{"a":1}', "'{broken", 'secret words here']) {
      expect(() => parseSavedDump(text, 'FILE')).toThrow(/FILE/);
      try {
        parseSavedDump(text, 'FILE');
      } catch (error) {
        if (text !== '') expect((error as Error).message).not.toContain(text);
      }
    }
  });
});
