import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importRealmModules, REALM_BUNDLE_ENV, type RealmModule, realmBundleFile } from './realm-bundle.js';
import { isCommonJs, setOptions, withOwnLocation } from './realm-bundle-plugins.js';

/**
 * (module (type (func (param i32) (result i32))) (import "./glue.js" "double" (func 0))
 *   (func (type 0) local.get 0 call 0 i32.const 1 i32.add) (export "run" (func 1))): run(x) = double(x) + 1,
 * double from the JS module beside it, as a wasm-bindgen bundler-target .wasm imports its glue.
 */
const WASM = Uint8Array.from([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00,
  0x01,
  0x06,
  0x01,
  0x60,
  0x01,
  0x7f,
  0x01,
  0x7f,
  0x02,
  0x14,
  0x01,
  0x09,
  ...Buffer.from('./glue.js'),
  0x06,
  ...Buffer.from('double'),
  0x00,
  0x00,
  0x03,
  0x02,
  0x01,
  0x00,
  0x07,
  0x07,
  0x01,
  0x03,
  ...Buffer.from('run'),
  0x00,
  0x01,
  0x0a,
  0x0b,
  0x01,
  0x09,
  0x00,
  0x20,
  0x00,
  0x10,
  0x00,
  0x41,
  0x01,
  0x6a,
  0x0b,
]);

/** The module client-subwallet's module hooks make of a .wasm file (browser-module-hooks.ts wasmModuleSource). */
function wasmModuleSource(url: string): string {
  const compiled = new WebAssembly.Module(readFileSync(fileURLToPath(url)));
  const from = [...new Set(WebAssembly.Module.imports(compiled).map((i) => i.module))];
  return [
    "import { readFileSync } from 'node:fs';",
    ...from.map((m, i) => `import * as i${i} from ${JSON.stringify(m)};`),
    `const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(new URL(${JSON.stringify(url)}))), {${from.map((m, i) => `${JSON.stringify(m)}: i${i}`).join(', ')}});`,
    ...WebAssembly.Module.exports(compiled).map((e) => `export const ${e.name} = instance.exports[${JSON.stringify(e.name)}];`),
  ].join('\n');
}

const root = realpathSync(mkdtempSync(join(tmpdir(), 'interop-realm-plugins-')));
const pkg = join(root, 'node_modules', 'fixture');
mkdirSync(pkg, { recursive: true });
writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'fixture', version: '1.0.0', type: 'module', main: 'index.js' }));
writeFileSync(join(pkg, 'mod.wasm'), WASM);
writeFileSync(join(pkg, 'glue.js'), 'export let calls = 0;\nexport function double(x) { calls += 1; return x * 2; }\n');
writeFileSync(
  join(pkg, 'where.cjs'),
  "'use strict';\nmodule.exports = { dir: __dirname, file: __filename, strict: (function () { return this === undefined; })() };\n",
);
writeFileSync(
  join(pkg, 'index.js'),
  [
    "import * as wasm from './mod.wasm';",
    "import * as glue from './glue.js';",
    "import where from './where.cjs';",
    'export const run = (x) => wasm.run(x);',
    'export const calls = () => glue.calls;',
    'export const url = import.meta.url;',
    'export const hasDirname = typeof __dirname !== "undefined";',
    'export { where };',
  ].join('\n'),
);
const FIXTURE: RealmModule = { from: root, specifier: 'fixture' };

interface Fixture {
  run(x: number): number;
  calls(): number;
  readonly url: string;
  readonly hasDirname: boolean;
  readonly where: { dir: string; file: string; strict: boolean };
}

afterEach(() => {
  delete process.env[REALM_BUNDLE_ENV];
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a realm bundle with wasmImports and ownLocations', () => {
  it('instantiates the .wasm import with its declared imports, one instance with the glue the package imports', async () => {
    const [fixture] = (await importRealmModules(root, [FIXTURE], { wasmImports: wasmModuleSource, ownLocations: true })) as [Fixture];
    expect(fixture.run(20)).toBe(41);
    expect(fixture.calls()).toBe(1);
  });

  it('keeps each module at its own location, and a CommonJS module strict', async () => {
    const [fixture] = (await importRealmModules(root, [FIXTURE], { wasmImports: wasmModuleSource, ownLocations: true })) as [Fixture];
    expect(fixture.url).toBe(pathToFileURL(join(pkg, 'index.js')).href);
    expect(fixture.where).toEqual({ dir: pkg, file: join(pkg, 'where.cjs'), strict: true });
    // An ES module has no __dirname, from its file or from the bundle.
    expect(fixture.hasDirname).toBe(false);
  });

  it('runs beforeFiles only when the realm loads its files', async () => {
    let before = 0;
    await realmBundleFile(root, [FIXTURE], { wasmImports: wasmModuleSource });
    await importRealmModules(root, [FIXTURE], { wasmImports: wasmModuleSource, beforeFiles: () => (before += 1) }).catch(() => undefined);
    expect(before).toBe(0);
    process.env[REALM_BUNDLE_ENV] = '0';
    // vitest cannot load a .wasm file without the hooks: only the call is asserted.
    await importRealmModules(root, [FIXTURE], { beforeFiles: () => (before += 1) }).catch(() => undefined);
    expect(before).toBe(1);
  });

  it('fails to build a .wasm import without wasmImports (the realm then loads its files)', async () => {
    await expect(realmBundleFile(root, [FIXTURE])).rejects.toThrow(/wasm/);
  });
});

describe('the bundle key', () => {
  it('is unchanged for a realm that sets no option (the extension and Apps)', () => {
    expect(setOptions({})).toBeUndefined();
    expect(setOptions({ beforeFiles: () => undefined })).toBeUndefined();
    expect(setOptions({ ownLocations: true })).toEqual({ ownLocations: 1 });
    expect(setOptions({ wasmImports: wasmModuleSource })?.wasmImports).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('withOwnLocation', () => {
  it("gives a CommonJS module its __dirname and __filename after its 'use strict'", () => {
    const out = withOwnLocation(join(pkg, 'where.cjs'), "'use strict';\nmodule.exports = __dirname;\n") as string;
    expect(out.startsWith("'use strict';\nvar __filename = ")).toBe(true);
    expect(out).toContain(`__dirname = ${JSON.stringify(pkg)};`);
  });

  it('gives an ES module its import.meta.url and leaves its __dirname undefined', () => {
    expect(withOwnLocation(join(pkg, 'index.js'), 'export const u = import.meta.url;')).toBe(
      `export const u = ${JSON.stringify(pathToFileURL(join(pkg, 'index.js')).href)};`,
    );
    expect(withOwnLocation(join(pkg, 'index.js'), 'export const d = typeof __dirname;')).toBeUndefined();
  });

  it('reads a typeless .js file as Node does: CommonJS unless it has import or export statements', () => {
    const typeless = join(root, 'typeless.js');
    expect(isCommonJs(typeless, "let imports = {};\nimports['x'] = module.exports;\n")).toBe(true);
    expect(isCommonJs(typeless, "import x from 'y';\n")).toBe(false);
    expect(isCommonJs(join(pkg, 'a.js'), 'module.exports = 1;')).toBe(false);
    expect(isCommonJs(join(pkg, 'a.cjs'), 'export {};')).toBe(true);
  });
});
