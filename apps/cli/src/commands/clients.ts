import type { ClientFactory, KeyType, Support } from '@interop/core';
import { KEY_TYPES } from '@interop/core';
import { CLIENT_FACTORIES } from '@interop/runner';
import { printJson, printText } from '../output.js';

function describe(factory: ClientFactory) {
  const { id, client, version, realm, packages, description } = factory.info;
  return { id, client, version, realm, packages, description, capabilities: factory.capabilities() };
}

function cell(support: Support): string {
  if (!support.supported) return 'no';
  return support.ui ? 'yes' : 'api';
}

function row(label: string, table: Readonly<Record<KeyType, Support>>): string {
  return `    ${label.padEnd(16)} ${KEY_TYPES.map((t) => cell(table[t]).padEnd(9)).join('')}`;
}

export function runClients(json: boolean, factories: readonly ClientFactory[] = CLIENT_FACTORIES): number {
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
    lines.push(`${f.info.id}  (${f.info.realm})  ${f.info.description}`);
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
