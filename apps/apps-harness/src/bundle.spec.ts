import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { APPS_PROFILE_DIR } from '@interop/client-apps/profile';
import { describe, expect, it } from 'vitest';

interface Metafile {
  readonly inputs: Readonly<Record<string, unknown>>;
}

const META = new URL('../dist/bundle-meta.json', import.meta.url);

/** Where the bundle must take @polkadot/* from, as esbuild names inputs (relative to this package). */
const PROFILE_STORE = `../../profiles/${basename(APPS_PROFILE_DIR)}/node_modules/.pnpm/`;

/** The package directory behind a bundled input: the last `node_modules/<name>` (or `node_modules/@scope/name`). */
function packageDir(input: string): { name: string; dir: string } | undefined {
  const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
  return match?.[1] && match[2] ? { name: match[2], dir: match[1] } : undefined;
}

// The page must run exactly the Apps profile's code: every @polkadot/* package from
// profiles/apps@0.171.1 (APPS_PROFILE_DIR; one version, pinned by its pnpm.overrides), each from one directory.
describe('the harness bundle (built by `build`)', () => {
  it.skipIf(!existsSync(META))('takes every @polkadot/* package from the Apps profile, one copy each', () => {
    const meta = JSON.parse(readFileSync(META, 'utf8')) as Metafile;
    const dirs = new Map<string, Set<string>>();
    for (const input of Object.keys(meta.inputs)) {
      const pkg = packageDir(input);
      if (pkg === undefined) continue;
      if (!dirs.has(pkg.name)) dirs.set(pkg.name, new Set());
      dirs.get(pkg.name)?.add(pkg.dir);
    }
    const polkadot = [...dirs.entries()].filter(([name]) => name.startsWith('@polkadot/'));
    expect(polkadot.map(([name]) => name)).toEqual(
      expect.arrayContaining(['@polkadot/ui-keyring', '@polkadot/ui-settings', '@polkadot/keyring', '@polkadot/util', '@polkadot/util-crypto']),
    );
    for (const [name, found] of polkadot) {
      expect([name, found.size]).toEqual([name, 1]);
      for (const dir of found) expect(dir.startsWith(PROFILE_STORE), `${name} from ${dir}, not ${PROFILE_STORE}`).toBe(true);
    }
    expect([...(dirs.get('@polkadot/ui-keyring') ?? [])][0]).toContain('@polkadot+ui-keyring@3.16.7');
  });
});
