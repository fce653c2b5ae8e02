import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { esmEntryUrl, findPackageDir, profileDir, readReleaseManifest } from '@interop/core/profile';
import { build, type Metafile } from 'esbuild';
import { EXTENSION_PREFIX } from '../extension-background.js';
import { BUILD_INFO_FILE, MV3_PROFILES, MV3_SOURCE_DIR, type Mv3BuildInfo, mv3BuildDir } from './mv3-build-dir.js';
import { mv3Manifest, POPUP_PAGE, SERVICE_WORKER } from './mv3-manifest.js';

const POPUP_SCRIPT = 'popup.js';

/**
 * What webpack does to the extension's code upstream (packages/extension/webpack.shared.cjs at
 * v0.62.3, lines 59-83), in esbuild's words: `process.env` is the object DefinePlugin writes
 * (EXTENSION_PREFIX, NODE_ENV, PORT_PREFIX = blake2AsHex(manifest, 64)); `global` is the global
 * object (webpack 5's default `node.global`); browser builds of every package (`platform: browser`).
 */
function defines(portPrefix: string): Record<string, string> {
  return {
    global: 'globalThis',
    'process.env': JSON.stringify({ EXTENSION_PREFIX, NODE_ENV: 'production', PORT_PREFIX: portPrefix }),
  };
}

/**
 * Webpack bundles an ES module with top-level await (extension-base's handlers/index.ts:
 * `await state.init()`) as an async module: the script itself finishes at once and the code
 * after the await, background.ts's listeners included, runs when it resolves. Chromium refuses a
 * top-level await in a service worker module outright, so the esbuild output (one ES module
 * without imports or exports) runs inside an async function, which is the same order of events.
 */
function asAsyncModule(code: string): string {
  if (/^\s*(import|export)\s/m.test(code)) throw new Error('the service worker bundle still has import or export statements');
  return `(async () => {\n${code}\n})().catch((error) => console.error('background module failed', error));\n`;
}

/** name -> version of every @polkadot/* package whose files a bundle took. */
function polkadotPackagesOf(metafile: Metafile, into: Record<string, string>): void {
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/(@polkadot\/[^/]+)\//.exec(input);
    if (match?.[1] === undefined || into[match[1]] !== undefined) continue;
    const at = input.indexOf(`${match[1]}/`) + match[1].length;
    const pkg = JSON.parse(readFileSync(join(process.cwd(), input.slice(0, at), 'package.json'), 'utf8')) as { version: string };
    into[match[1]] = pkg.version;
  }
}

/**
 * util-crypto's blake2AsHex(text, 64), as webpack.shared.cjs line 81 computes PORT_PREFIX: blake2b
 * with an 8-byte digest, from the @noble/hashes the profile's util-crypto uses (util-crypto's own
 * entry would warn about the other profiles' copies loaded in this process).
 */
async function blake2AsHex64(base: string, text: string): Promise<string> {
  const utilCrypto = findPackageDir(base, '@polkadot/util-crypto');
  if (utilCrypto === undefined) throw new Error(`@polkadot/util-crypto is not installed beside ${base}`);
  const { blake2b } = (await import(esmEntryUrl(utilCrypto, '@noble/hashes/blake2b').href)) as {
    blake2b(data: Uint8Array, options: { dkLen: number }): Uint8Array;
  };
  return `0x${Buffer.from(blake2b(new TextEncoder().encode(text), { dkLen: 8 })).toString('hex')}`;
}

async function buildOne(profileId: string): Promise<void> {
  const dir = profileDir(profileId);
  const release = readReleaseManifest(dir).release;
  const base = findPackageDir(dir, '@polkadot/extension-base');
  if (base === undefined) throw new Error(`${profileId} is not installed (run scripts/setup.sh)`);
  // extension-base's own dependencies sit beside it (pnpm): the entries' bare imports resolve there,
  // to the very copies the handlers import.
  const siblings = dirname(dirname(base));
  const out = mv3BuildDir(profileId);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // The wasm-crypto util-crypto itself imports (a sibling in pnpm's store): the service worker hooks
  // its scrypt (mv3/service-worker-scrypt.ts), so it must be that copy, as in the Apps harness page.
  const utilCrypto = findPackageDir(base, '@polkadot/util-crypto');
  if (utilCrypto === undefined) throw new Error(`@polkadot/util-crypto is not installed beside ${base}`);
  const wasmCrypto = join(dirname(realpathSync(utilCrypto)), 'wasm-crypto');
  const manifest = mv3Manifest(release);
  const portPrefix = await blake2AsHex64(base, JSON.stringify(manifest));
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    nodePaths: [siblings] as string[],
    alias: { '@polkadot/wasm-crypto': wasmCrypto },
    tsconfigRaw: '{}',
    define: defines(portPrefix),
    metafile: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  } as const;

  const worker = await build({ ...common, entryPoints: [join(MV3_SOURCE_DIR, 'service-worker.ts')], outfile: join(out, SERVICE_WORKER) });
  const popup = await build({ ...common, entryPoints: [join(MV3_SOURCE_DIR, 'popup-page.ts')], outfile: join(out, POPUP_SCRIPT) });
  const workerCode = worker.outputFiles?.[0];
  const popupCode = popup.outputFiles?.[0];
  if (workerCode === undefined || popupCode === undefined || worker.metafile === undefined || popup.metafile === undefined) {
    throw new Error('esbuild gave no output');
  }

  writeFileSync(join(out, SERVICE_WORKER), asAsyncModule(workerCode.text));
  writeFileSync(join(out, POPUP_SCRIPT), popupCode.text);
  writeFileSync(
    join(out, POPUP_PAGE),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>polkadot{.js}</title><script type="module" src="${POPUP_SCRIPT}"></script></head>\n<body></body>\n</html>\n`,
  );
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const polkadotPackages: Record<string, string> = {};
  polkadotPackagesOf(worker.metafile, polkadotPackages);
  polkadotPackagesOf(popup.metafile, polkadotPackages);
  const info: Mv3BuildInfo = { profile: profileId, release, portName: `${EXTENSION_PREFIX}-${portPrefix}-extension`, polkadotPackages };
  writeFileSync(join(out, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
}

/**
 * Builds the unpacked MV3 extension of every extension profile into dist/mv3/<profile>/: the
 * manifest, the service worker (background.js: upstream's background.ts over the profile's
 * extension-base, ui-keyring and util-crypto) and the popup page (index.html + popup.js).
 * A profile that is not installed stops the build: its Chromium client could not start.
 */
async function main(): Promise<void> {
  for (const id of MV3_PROFILES) await buildOne(id);
}

main().catch((error: unknown) => {
  process.stderr.write(`client-extension mv3 build: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
