import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEV_PHRASE, expectedPublicKey, POLKADOT, ss58Address, WESTEND } from '@interop/core';
import { consoleDisplayedLiteral } from '../devtools-literal.js';
import type { StorageDump } from '../storage-dump.js';
import { addTickMarks } from '../wiki-procedure.js';
import { KeyringInNode } from './keyring-in-node.js';

/**
 * Makes scenarios/migration/*: pairs of `JSON.stringify(localStorage)` dumps of two Apps
 * "computers", built by the real ui-keyring (keyring-worker.ts) — accounts created with
 * addUri (scrypt at the default cost), external accounts with addExternal, address book
 * entries with saveAddress, settings with ui-settings. Run after a build:
 *   node packages/migration/dist/node-realm/write-example-dumps.js
 * Keys are the public development keys (DEV_PHRASE//Name); passwords are in README.md.
 */
const ROOT = fileURLToPath(new URL('../../../../scenarios/migration/', import.meta.url));

function address(path: string): string {
  return ss58Address(expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path, type: 'sr25519' }), 'sr25519');
}

type Step =
  | { readonly op: 'account'; readonly path: string; readonly name: string; readonly password: string }
  | { readonly op: 'external'; readonly path: string; readonly name: string }
  | { readonly op: 'address'; readonly path: string; readonly name: string }
  | { readonly op: 'settings'; readonly values: Record<string, unknown> };

async function computer(steps: readonly Step[], genesisHash: string): Promise<Record<string, string>> {
  const k = KeyringInNode.open({}, { genesisHash });
  try {
    for (const s of steps) {
      if (s.op === 'account')
        await k.call('addUri', `${DEV_PHRASE}${s.path}`, s.password, { genesisHash, isHardware: false, name: s.name, tags: [] }, 'sr25519');
      else if (s.op === 'external') await k.call('addExternal', address(s.path), { genesisHash, name: s.name });
      else if (s.op === 'address') await k.call('saveAddress', address(s.path), { genesisHash, name: s.name });
      else await k.call('setSettings', s.values);
    }
    return await k.dump();
  } finally {
    await k.close();
  }
}

function write(dir: string, old: StorageDump, neu: StorageDump): void {
  const target = `${ROOT}${dir}/`;
  mkdirSync(target, { recursive: true });
  const oldString = JSON.stringify(old);
  writeFileSync(`${target}old.json`, `${oldString}\n`);
  writeFileSync(`${target}new.json`, `${JSON.stringify(neu)}\n`);
  // The same old dump the two ways a user saves it: the console's displayed literal, and the raw contents with tick marks.
  writeFileSync(`${target}old.console-literal.txt`, `${consoleDisplayedLiteral(oldString)}\n`);
  writeFileSync(`${target}old.raw-ticked.txt`, `${addTickMarks(oldString)}\n`);
  process.stdout.write(`wrote ${target}\n`);
}

const settings = (apiUrl: string) => ({ op: 'settings', values: { storage: 'on', apiUrl } }) as const;

async function main(): Promise<void> {
  const genesis = POLKADOT.genesisHash;
  // hostile-names: a quote in a name, a backslash, a newline, a single quote, non-ASCII, and one
  // public key on both computers with different kinds (external on old, in-browser on new) and
  // the reverse (in-browser on old, external on new).
  const hostileOld = await computer(
    [
      settings('wss://rpc.polkadot.io'),
      { op: 'account', path: '//Alice', name: 'Alice "savings"', password: 'old-alice' },
      { op: 'account', path: '//Bob', name: "Bob's account", password: 'old-bob' },
      { op: 'external', path: '//Charlie', name: 'Charlie (extension)' },
      { op: 'account', path: '//Eve', name: 'Eve', password: 'old-eve' },
      { op: 'account', path: '//Zoë', name: 'Zoë 🔑 ünïcødé', password: 'old-zoe' },
      { op: 'address', path: '//Dave', name: 'back\\slash' },
      { op: 'address', path: '//Ferdie', name: 'two\nlines' },
    ],
    genesis,
  );
  const hostileNew = await computer(
    [
      settings('wss://polkadot-rpc.dwellir.com'),
      { op: 'account', path: '//Charlie', name: 'Charlie', password: 'new-charlie' },
      { op: 'external', path: '//Eve', name: 'Eve (QR)' },
      { op: 'account', path: '//Gina', name: 'Gina', password: 'new-gina' },
    ],
    genesis,
  );
  write('hostile-names', hostileOld, hostileNew);

  // plain: nothing the loop can alter; the same address book entry on both computers.
  const plainOld = await computer(
    [
      settings('wss://westend-rpc.polkadot.io'),
      { op: 'account', path: '//One', name: 'One', password: 'old-one' },
      { op: 'address', path: '//Two', name: 'Two' },
    ],
    WESTEND.genesisHash,
  );
  const shared = Object.keys(plainOld).find((k) => k.startsWith('address:')) as string;
  const plainNew = {
    ...(await computer(
      [settings('wss://westend-rpc.polkadot.io'), { op: 'account', path: '//Three', name: 'Three', password: 'new-three' }],
      WESTEND.genesisHash,
    )),
    [shared]: plainOld[shared] as string,
  };
  plainNew.settings = plainOld.settings as string;
  write('plain', plainOld, plainNew);
}

await main();
