import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPS_PROFILE_DIR } from '@interop/client-apps/profile';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const profileModules = `${APPS_PROFILE_DIR}node_modules/`;

/**
 * Bundles the harness page: the entry, the Apps modal operations of @interop/client-apps and
 * ui-keyring with everything it imports, all @polkadot/* taken from the Apps profile's
 * node_modules (bare imports of the entry resolve there through `nodePaths`; the profile's own
 * files resolve inside the profile). tsconfig.json is ignored on purpose: its `paths` point the
 * type checker at declaration files. The bundle goes to dist/ (built output, not linted, not
 * committed); public/ holds the page. The metafile lets bundle.spec.ts check that every
 * @polkadot/* package comes from the profile, once.
 */
async function main(): Promise<void> {
  if (!existsSync(`${profileModules}@polkadot/ui-keyring/package.json`)) {
    throw new Error(`the Apps profile is not installed (${profileModules}): run scripts/setup.sh`);
  }
  // The wasm-crypto util-crypto itself imports (a sibling in pnpm's store, not a top-level
  // package of the profile): the page hooks its scrypt (harness-entry.ts), so it must be that copy.
  const beside = dirname(realpathSync(`${profileModules}@polkadot/util-crypto`));
  const wasmCrypto = join(beside, 'wasm-crypto');
  // The same for @polkadot/networks (its defaults tell the page which chains have a Ledger app).
  const networks = join(beside, 'networks');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/harness-entry.ts', root))],
    outfile: fileURLToPath(new URL('dist/bundle.js', root)),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    nodePaths: [profileModules],
    alias: { '@polkadot/wasm-crypto': wasmCrypto, '@polkadot/networks': networks },
    tsconfigRaw: '{}',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  mkdirSync(new URL('dist/', root), { recursive: true });
  writeFileSync(new URL('dist/bundle-meta.json', root), JSON.stringify(result.metafile, null, 1));
}

main().catch((error: unknown) => {
  process.stderr.write(`apps-harness build: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
