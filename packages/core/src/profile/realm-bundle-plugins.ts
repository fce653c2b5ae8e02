import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * What a realm's bundle does beyond bundling its files as they are, each off unless the realm asks
 * (the extension and Apps bundles ask for none, and are built exactly as before).
 */
export interface RealmBundleOptions {
  /**
   * The ES-module import of a `.wasm` file (wasm-bindgen's bundler target) becomes the module this
   * gives for the file's URL: the very source the realm's own module hooks load for it when the
   * realm loads file by file (client-subwallet's browser-module-hooks.ts), so the two are one
   * instantiation. Its imports resolve beside the .wasm file. Part of the bundle's key (by its text).
   */
  readonly wasmImports?: (wasmUrl: string) => string;
  /**
   * Every module keeps its own location, as when Node loads it from its file: `import.meta.url`
   * (and `.dirname`, `.filename`) in an ES module, `__dirname` and `__filename` in a CommonJS one,
   * instead of the bundle's (tiny-secp256k1 reads its .wasm beside wasm_path.js, the Cardano
   * serialization lib beside itself, secp256k1 finds its prebuilt addon from its directory).
   */
  readonly ownLocations?: boolean;
  /**
   * Called once before the realm loads its modules file by file (with INTEROP_REALM_BUNDLE=0, or
   * when its bundle cannot be built), never when it loads the bundle: what the files need of Node
   * that the bundle has in itself (client-subwallet's module hooks). Not part of the bundle's key.
   */
  readonly beforeFiles?: () => void;
}

/** ownLocations' version, bumped when what it makes of a file changes, so old bundles are not read as new ones. */
const OWN_LOCATIONS_VERSION = 1;

/**
 * The options a realm set, in a fixed order, for the bundle's key: ownLocations by version,
 * wasmImports by a hash of its text. Undefined when none is set, so such a realm keeps its key.
 */
export function setOptions(options: RealmBundleOptions): Record<string, number | string> | undefined {
  const set: Record<string, number | string> = {};
  if (options.ownLocations === true) set.ownLocations = OWN_LOCATIONS_VERSION;
  if (options.wasmImports !== undefined) set.wasmImports = createHash('sha256').update(options.wasmImports.toString()).digest('hex').slice(0, 16);
  return Object.keys(set).length > 0 ? set : undefined;
}

export function realmBundlePlugins(options: RealmBundleOptions): Plugin[] {
  const { wasmImports } = options;
  return [...(wasmImports !== undefined ? [wasmImportPlugin(wasmImports)] : []), ...(options.ownLocations === true ? [ownLocationPlugin()] : [])];
}

const WASM_IMPORT = 'interop-wasm-import';

function wasmImportPlugin(moduleSource: (wasmUrl: string) => string): Plugin {
  return {
    name: 'interop-wasm-imports',
    setup(build) {
      // Only an ES-module import: Node's require() of a .wasm file fails, with or without the hooks.
      build.onResolve({ filter: /\.wasm$/ }, async (args) => {
        if (args.kind !== 'import-statement' && args.kind !== 'dynamic-import') return undefined;
        if ((args.pluginData as { skip?: string } | undefined)?.skip === WASM_IMPORT) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { skip: WASM_IMPORT },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: resolved.path, pluginData: { wasmImport: true } };
      });
      build.onLoad({ filter: /\.wasm$/ }, (args) => {
        if ((args.pluginData as { wasmImport?: boolean } | undefined)?.wasmImport !== true) return undefined;
        return { contents: moduleSource(pathToFileURL(args.path).href), loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** The `type` of the nearest package.json, as Node reads it for a `.js` file. */
function packageType(file: string): string | undefined {
  let dir = dirname(file);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) return (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: string }).type;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

// An import or export statement at the start of a line (not `imports[...]`, `import(...)` or `exports.x`).
const ESM_SYNTAX = /^\s*(?:import\s*[{*'"]|import\s+[\w$]|export\s*[{*]|export\s+[\w$])/m;

/** Whether Node loads `file` as CommonJS (by extension, package type, and for a typeless `.js`, its syntax). */
export function isCommonJs(file: string, source: string): boolean {
  const ext = extname(file);
  if (ext === '.cjs') return true;
  if (ext === '.mjs') return false;
  const type = packageType(file);
  if (type === 'module') return false;
  if (type === 'commonjs') return true;
  return !ESM_SYNTAX.test(source);
}

/** After a leading hashbang, comments and a "use strict" directive: a statement put there keeps the file strict. */
const PROLOGUE = /^(?:#![^\n]*\n)?(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*(?:(['"])use strict\1;?)?/;

export function withOwnLocation(file: string, source: string): string | undefined {
  if (isCommonJs(file, source)) {
    if (!/\b__(?:dirname|filename)\b/.test(source)) return undefined;
    const at = PROLOGUE.exec(source)?.[0].length ?? 0;
    const names = `var __filename = ${JSON.stringify(file)}, __dirname = ${JSON.stringify(dirname(file))};`;
    return `${source.slice(0, at)}${at > 0 ? '\n' : ''}${names}\n${source.slice(at)}`;
  }
  if (!/\bimport\.meta\.(?:url|dirname|filename)\b/.test(source)) return undefined;
  return source
    .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(file).href))
    .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(file)))
    .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(file));
}

function ownLocationPlugin(): Plugin {
  return {
    name: 'interop-own-locations',
    setup(build) {
      build.onLoad({ filter: /\.(?:c|m)?js$/ }, (args) => {
        if (args.namespace !== 'file') return undefined;
        const contents = withOwnLocation(args.path, readFileSync(args.path, 'utf8'));
        return contents === undefined ? undefined : { contents, loader: 'js' };
      });
    },
  };
}
