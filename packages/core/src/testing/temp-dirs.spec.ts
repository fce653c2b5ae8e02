import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TempDirs } from './temp-dirs.js';

describe('TempDirs', () => {
  it('makes fresh directories and removes every one, with what is in them', () => {
    const temp = new TempDirs();
    const a = temp.make('interop-temp-dirs-');
    const b = temp.make('interop-temp-dirs-');
    writeFileSync(join(a, 'report.json'), '{}');
    expect(a).not.toBe(b);
    expect(existsSync(a) && existsSync(b)).toBe(true);
    temp.removeAll();
    expect(existsSync(a) || existsSync(b)).toBe(false);
    temp.removeAll(); // twice is safe
  });
});
