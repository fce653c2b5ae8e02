import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { esmEntryUrl, findPackageDir, readPackageJson } from './find-package.js';
import { type RealmBundleOptions, realmBundlePlugins, setOptions } from './realm-bundle-plugins.js';
import { expectedVersions, type ReleaseManifest } from './release-manifest.js';

export type { RealmBundleOptions } from './realm-bundle-plugins.js';

/** A module a client realm loads: what `import(specifier)` gives a module in `from`. */
export interface RealmModule {
  readonly from: string;
  readonly specifier: string;
}

/** `INTEROP_REALM_BUNDLE=0` loads every module from its own file, as Node does (to compare, or to debug). */
export const REALM_BUNDLE_ENV = 'INTEROP_REALM_BUNDLE';

/** Where a profile keeps its realm bundles: inside its node_modules, so a reinstall removes them. */
export function realmBundleDir(profileDir: string): string {
  return join(profileDir, 'node_modules', '.interop-realm');
}

/** Bumped when the bundle's shape changes, so old files are not read as new ones. */
const BUNDLE_FORMAT = 1;

/**
 * The bundle's entry: one namespace export per module, by its resolved file. esbuild keys
 * modules by real path, as Node does, so a module two requests name, or that the client's own
 * packages import, is one instance in the bundle (one ui-keyring singleton, one wasm bridge).
 */
function entrySource(files: readonly string[]): string {
  return files.map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`).join('\n');
}

/**
 * Builds the bundle of `files` into `out` (write to a private file, then rename: two workers of
 * one profile may build it at once, and neither reads a half-written file). esbuild loads only
 * here, on the first start of a realm with new modules.
 */
async function buildBundle(files: readonly string[], dir: string, out: string, options: RealmBundleOptions): Promise<void> {
  const { build, stop } = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  // esbuild runs its own child process: stopped as soon as the build is done, never left behind.
  const result = await build({
    stdin: { contents: entrySource(files), resolveDir: dir, sourcefile: 'realm-entry.mjs', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS dependencies inside an ES module bundle still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __interopCreateRequire } from 'node:module';\nconst require = __interopCreateRequire(import.meta.url);" },
    write: false,
    metafile: true,
    absWorkingDir: dir,
    legalComments: 'none',
    logLevel: 'silent',
    // Only what the realm asked for (none for the extension and Apps): their bundles are as before.
    ...(setOptions(options) === undefined ? {} : { plugins: realmBundlePlugins(options) }),
  }).finally(() => stop());
  const code = result.outputFiles[0];
  if (code === undefined) throw new Error('esbuild gave no output');
  // The packages, from the files esbuild took, before the bundle itself: a bundle on disk always has its list.
  writeAtomically(packagesFileOf(out), `${JSON.stringify(packagesOf(Object.keys(result.metafile.inputs), dir), null, 2)}\n`);
  writeAtomically(out, code.text);
}

function writeAtomically(file: string, text: string): void {
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** name -> version of every package whose files are in the bundle (input paths are relative to `dir`). */
function packagesOf(inputs: readonly string[], dir: string): Record<string, string> {
  const MARK = 'node_modules/';
  const packageDirs = new Map<string, string>(); // package dir -> name
  for (const input of inputs) {
    const at = input.lastIndexOf(MARK);
    if (at < 0) continue;
    const [scopeOrName = '', scoped = ''] = input.slice(at + MARK.length).split('/');
    const name = scopeOrName.startsWith('@') ? `${scopeOrName}/${scoped}` : scopeOrName;
    packageDirs.set(resolve(dir, input.slice(0, at + MARK.length + name.length)), name);
  }
  const versions = new Map<string, Set<string>>();
  for (const [packageDir, name] of packageDirs) {
    const seen = versions.get(name) ?? new Set<string>();
    seen.add(readPackageJson(packageDir).version ?? 'unknown');
    versions.set(name, seen);
  }
  return Object.fromEntries([...versions].sort(([a], [b]) => a.localeCompare(b)).map(([name, v]) => [name, [...v].sort().join(' ')]));
}

function packagesFileOf(bundleFile: string): string {
  return bundleFile.replace(/\.mjs$/, '.packages.json');
}

function esbuildVersion(): string {
  const dir = findPackageDir(fileURLToPath(new URL('.', import.meta.url)), 'esbuild');
  return dir === undefined ? 'none' : (readPackageJson(dir).version ?? 'unknown');
}

/**
 * The file of the bundle holding `modules` (built on first use). Its name is a hash of every
 * resolved file, the bundle format, esbuild's version and the options the realm set (a realm that
 * sets none has the key it always had): another install, another version of any package, gives
 * another name, so a bundle is never stale.
 */
export async function realmBundleFile(profileDir: string, modules: readonly RealmModule[], options: RealmBundleOptions = {}): Promise<string> {
  const files = modules.map((m) => fileURLToPath(esmEntryUrl(m.from, m.specifier)));
  const set = setOptions(options);
  const key = createHash('sha256')
    .update(JSON.stringify({ format: BUNDLE_FORMAT, esbuild: esbuildVersion(), files, ...(set === undefined ? {} : { options: set }) }))
    .digest('hex')
    .slice(0, 32);
  const dir = realmBundleDir(profileDir);
  const out = join(dir, `${key}.mjs`);
  if (!existsSync(out)) await buildBundle(files, dir, out, options);
  return out;
}

/**
 * name -> version of every package the bundle took files from, as esbuild resolved them; two
 * copies of one package show as "1.0.0 2.0.0" (for tests and audits: one version per package).
 */
export function bundledPackages(bundleFile: string): Readonly<Record<string, string>> {
  return JSON.parse(readFileSync(packagesFileOf(bundleFile), 'utf8')) as Record<string, string>;
}

/**
 * Loads a client realm's modules, in the order asked. A worker that loads a client's packages file
 * by file spends most of its start resolving and reading hundreds of small modules (the extension's
 * background: 0.60-0.67 s to import file by file, 0.14-0.16 s from one bundle of the same files),
 * and a matrix starts hundreds of realms. The bundle is that same code, resolved as Node resolves
 * it, so the realm runs the release's own modules either way; `INTEROP_REALM_BUNDLE=0` loads the
 * files instead.
 *
 * It is all or nothing: a realm never holds a module both from the bundle and from its file.
 * Call it once per realm, after the globals the client reads at import are in place. `options`
 * (realm-bundle-plugins.ts) are what a realm's files need of a bundle beyond esbuild's defaults;
 * loading file by file, the realm provides them itself (client-subwallet's module hooks).
 */
export async function importRealmModules(profileDir: string, modules: readonly RealmModule[], options: RealmBundleOptions = {}): Promise<readonly unknown[]> {
  let file: string | undefined;
  if (process.env[REALM_BUNDLE_ENV] !== '0') {
    try {
      file = await realmBundleFile(profileDir, modules, options);
    } catch (error) {
      // Nothing of the client ran yet, so the files can still be loaded instead (a read-only install, say).
      process.stderr.write(`realm bundle not built, loading the files: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (file === undefined) {
    options.beforeFiles?.();
    const loaded: unknown[] = [];
    for (const m of modules) loaded.push(await import(esmEntryUrl(m.from, m.specifier).href));
    return loaded;
  }
  const bundle = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return modules.map((_, i) => bundle[`m${i}`]);
}

/**
 * What the bundle took at another version than release.json says the profile runs (shipped, with
 * its substitutions), as `name: bundled, release: expected`; empty when every pinned package is
 * the pinned one. A package pinned by name must be that one version; one pinned as a dependency of
 * another (`@polkadot/util-crypto>@noble/hashes`) must be among the copies, since another package
 * may bring its own (@noble/curves 1.3.0 its @noble/hashes 1.3.3). Packages the release does not
 * pin (rxjs, store ...) are not compared.
 */
export function bundleVersusRelease(bundleFile: string, manifest: ReleaseManifest): string[] {
  const expected = Object.entries(expectedVersions(manifest));
  const wrong: string[] = [];
  for (const [name, version] of Object.entries(bundledPackages(bundleFile))) {
    const copies = version.split(' ');
    const exact = expected.find(([key]) => key === name)?.[1];
    const asDependency = expected.filter(([key]) => key.endsWith(`>${name}`)).map(([, v]) => v);
    const ok = exact !== undefined ? version === exact : asDependency.every((v) => copies.includes(v));
    if (!ok) wrong.push(`${name}: ${version}, release: ${exact ?? asDependency.join(' and ')}`);
  }
  return wrong;
}
