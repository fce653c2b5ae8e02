// The set-up stamp: one hash of everything scripts/setup.sh decides on (pnpm's pin, the manifests
// and lockfiles of the workspace and of every client profile, each built package's sources and
// configuration, and whether its built output is there), taken from file sizes and modification
// times so that computing it costs a few milliseconds. setup.sh writes it when it has finished;
// scripts/interop.mjs compares it in-process and skips pnpm and turbo when nothing changed.
//   node scripts/setup-stamp.mjs write    (setup.sh's last step)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const STAMP_FILE = join(ROOT, 'node_modules', '.interop-setup-stamp');

/** Package directories of the workspace (packages/*, apps/*). */
function workspacePackages() {
  return ['packages', 'apps'].flatMap((top) => {
    const dir = join(ROOT, top);
    return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
  });
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The files whose change means setup.sh has work to do, and the outputs whose absence does. */
function watched() {
  const inputs = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json', 'turbo.json'].map((f) => join(ROOT, f));
  inputs.push(join(ROOT, '.tools/node_modules/.bin/pnpm'), join(ROOT, 'node_modules/.interop-stamp'));
  const profiles = join(ROOT, 'profiles');
  for (const name of existsSync(profiles) ? readdirSync(profiles) : []) {
    for (const f of ['package.json', 'pnpm-lock.yaml', 'node_modules/.interop-stamp']) inputs.push(join(profiles, name, f));
  }
  const outputs = [];
  for (const dir of workspacePackages()) {
    inputs.push(join(dir, 'package.json'), ...['tsconfig.json', 'tsconfig.build.json'].map((f) => join(dir, f)), ...filesUnder(join(dir, 'src')));
    outputs.push(join(dir, 'dist'));
  }
  outputs.push(join(ROOT, 'apps/cli/dist/main.js'), join(ROOT, 'apps/apps-harness/dist/bundle.js'));
  return { inputs, outputs };
}

/** The stamp of the tree as it is now. */
export function currentStamp() {
  const { inputs, outputs } = watched();
  const lines = [];
  for (const file of inputs) {
    const s = statSync(file, { throwIfNoEntry: false });
    lines.push(`${relative(ROOT, file)}\t${s ? `${s.size}\t${s.mtimeMs}` : 'missing'}`);
  }
  for (const out of outputs) lines.push(`${relative(ROOT, out)}\t${existsSync(out) ? 'present' : 'missing'}`);
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

/** Whether setup.sh finished on exactly this tree. */
export function setupIsCurrent() {
  try {
    return readFileSync(STAMP_FILE, 'utf8').trim() === currentStamp();
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'write') {
  writeFileSync(STAMP_FILE, `${currentStamp()}\n`);
}
