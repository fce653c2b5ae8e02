import { readFileSync } from 'node:fs';
import type { StorageDump } from '../storage-dump.js';

/** The example dumps in scenarios/migration (made by node-realm/write-example-dumps.ts with the real ui-keyring). */
export const SCENARIOS_DIR = new URL('../../../../scenarios/migration/', import.meta.url);

export function exampleFile(scenario: string, file: string): string {
  return readFileSync(new URL(`${scenario}/${file}`, SCENARIOS_DIR), 'utf8');
}

export function exampleDump(scenario: string, side: 'old' | 'new'): StorageDump {
  return JSON.parse(exampleFile(scenario, `${side}.json`)) as StorageDump;
}

/** Every ui-keyring entry of the examples (real values: encrypted accounts, external accounts, address book). */
export function exampleEntries(): [string, string][] {
  const out = new Map<string, string>();
  for (const scenario of ['hostile-names', 'plain'])
    for (const side of ['old', 'new'] as const)
      for (const [k, v] of Object.entries(exampleDump(scenario, side)))
        if (/^(account|address|contract):/.test(k) && !out.has(`${k}|${side}`)) out.set(`${k}|${side}`, v);
  return [...out.entries()].map(([k, v]) => [k.split('|')[0] as string, v]);
}
