import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Module hooks (node:module `register`) that resolve what SubWallet's webpack build resolves and
 * Node does not: a package that declares only a bundler `module` entry
 * (@emurgo/cardano-message-signing-browser, which @subwallet/keyring's pair/index.js imports), and
 * the ES-module import of a `.wasm` file that package makes (wasm-bindgen's bundler target), which
 * is instantiated here with its declared imports, as webpack's asyncWebAssembly does. Registered
 * only when the realm loads its modules file by file (INTEROP_REALM_BUNDLE=0): its bundle resolves
 * the `module` entry itself and makes the same module of the .wasm file with wasmModuleSource.
 */

interface ResolveContext {
  readonly parentURL?: string;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<{ url: string }>;
type NextLoad = (url: string, context: unknown) => Promise<unknown>;

function moduleEntry(specifier: string, parentURL: string): string | undefined {
  let dir = dirname(fileURLToPath(parentURL));
  for (;;) {
    const pkgDir = join(dir, 'node_modules', specifier);
    if (existsSync(join(pkgDir, 'package.json'))) {
      const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { module?: unknown };
      return typeof pkg.module === 'string' ? pathToFileURL(join(pkgDir, pkg.module)).href : undefined;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export async function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<unknown> {
  try {
    return await next(specifier, context);
  } catch (error) {
    const bare = !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.includes(':');
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND' || !bare || context.parentURL === undefined) throw error;
    const url = moduleEntry(specifier, context.parentURL);
    if (url === undefined) throw error;
    return { url, format: 'module', shortCircuit: true };
  }
}

/**
 * The ES module a `.wasm` file at `url` is: its declared import modules imported as namespaces
 * (resolved beside the .wasm file), one synchronous instantiation with them when the module
 * evaluates, the file read at that moment, and each export re-exported under its name. The realm
 * bundle (subwallet-keyring.ts) makes the same module of the same file from this very function.
 */
export function wasmModuleSource(url: string): string {
  const compiled = new WebAssembly.Module(readFileSync(fileURLToPath(url)));
  const from = [...new Set(WebAssembly.Module.imports(compiled).map((i) => i.module))];
  const lines = [
    "import { readFileSync } from 'node:fs';",
    ...from.map((m, i) => `import * as i${i} from ${JSON.stringify(m)};`),
    `const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(new URL(${JSON.stringify(url)}))), {${from.map((m, i) => `${JSON.stringify(m)}: i${i}`).join(', ')}});`,
    ...WebAssembly.Module.exports(compiled).map((e) => `export const ${e.name} = instance.exports[${JSON.stringify(e.name)}];`),
  ];
  return lines.join('\n');
}

export async function load(url: string, context: unknown, next: NextLoad): Promise<unknown> {
  if (!url.startsWith('file:') || !url.endsWith('.wasm')) return next(url, context);
  return { format: 'module', source: wasmModuleSource(url), shortCircuit: true };
}
