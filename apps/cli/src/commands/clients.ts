import { parseArgs } from 'node:util';
import { type ClientFactory, KEY_TYPES, type KeyType, type Support } from '@interop/core/vocabulary';
import { CLIENT_FACTORIES, SELECTABLE_FACTORIES } from '@interop/runner/registry';
import { printJson, printText } from '../output.js';

function describe(factory: ClientFactory) {
  const { id, client, version, realm, packages, description, release, traits } = factory.info;
  return { id, client, version, realm, release, packages, traits, description, capabilities: factory.capabilities() };
}

/** One line on which release a profile is and how its packages were pinned. */
function releaseLine(factory: ClientFactory): string {
  const { release } = factory.info;
  const how = { lockfile: "pinned from the tag's lockfile", declared: "pinned from the release's declared ranges", model: 'a model of its rules' }[
    release.pinnedFrom
  ];
  const subs = release.substitutions.map((s) => `${s.package} ${s.installed} for ${s.shipped}`).join(', ');
  return `  release: ${release.repo} ${release.tag}, ${how}${subs ? `; same-source substitutes: ${subs}` : ''}`;
}

function cell(support: Support): string {
  if (!support.supported) return 'no';
  return support.ui ? 'yes' : 'api';
}

function row(label: string, table: Readonly<Record<KeyType, Support>>): string {
  return `    ${label.padEnd(16)} ${KEY_TYPES.map((t) => cell(table[t]).padEnd(9)).join('')}`;
}

/** Every profile: the default matrix's, then those a run names by id. */
export function runClients(json: boolean, factories: readonly ClientFactory[] = [...CLIENT_FACTORIES, ...SELECTABLE_FACTORIES]): number {
  if (json) {
    printJson(factories.map(describe), 2);
    return 0;
  }
  if (factories.length === 0) {
    printText('No client profiles are registered.\n');
    return 0;
  }
  const lines: string[] = [];
  for (const f of factories) {
    const caps = f.capabilities();
    const outside = SELECTABLE_FACTORIES.includes(f) ? '  [not in the default matrix: name it with --clients]' : '';
    lines.push(`${f.info.id}  (${f.info.realm})  ${f.info.description}${outside}`);
    lines.push(releaseLine(f));
    lines.push(
      `  packages: ${Object.entries(f.info.packages)
        .map(([n, v]) => `${n}@${v}`)
        .join(', ')}`,
    );
    lines.push(`    ${''.padEnd(16)} ${KEY_TYPES.map((t) => t.padEnd(9)).join('')}`);
    lines.push(row('create phrase', caps.create.phrase));
    lines.push(row('create seed', caps.create.seed));
    for (const [method, table] of Object.entries(caps.backup)) lines.push(row(`backup ${method}`, table));
    for (const [kind, table] of Object.entries(caps.restore)) lines.push(row(`restore ${kind}`, table));
    lines.push('');
  }
  lines.push('yes = reachable from the client UI, api = only through its internal API, no = unsupported (see --json for reasons)');
  printText(`${lines.join('\n')}\n`);
  return 0;
}

/** `interop clients [--json]`: reads the profiles' plain data only (no client code loads). */
export async function command(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, strict: true });
  return runClients(values.json ?? false);
}
