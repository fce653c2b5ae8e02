import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The directories a spec file makes under the OS temp dir, every one removed by `removeAll`
 * (call it in the file's afterAll): the temp dir of the machine that runs the tests is not ours to fill.
 */
export class TempDirs {
  readonly #made: string[] = [];

  make(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.#made.push(dir);
    return dir;
  }

  removeAll(): void {
    for (const dir of this.#made.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
