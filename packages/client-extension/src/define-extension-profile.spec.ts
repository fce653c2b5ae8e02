import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACT_KINDS, KEY_TYPES, METHODS, type Support } from '@interop/core';
import { afterAll, describe, expect, it } from 'vitest';
import { defineExtensionProfile } from './define-extension-profile.js';
import { EXTENSION_0_62_3 } from './profiles.js';

const dir = EXTENSION_0_62_3.profileDir;

describe('profile extension@0.62.3', () => {
  it('names itself and lists the exact versions its install holds', () => {
    const { info } = EXTENSION_0_62_3;
    expect({ id: info.id, client: info.client, version: info.version, realm: info.realm }).toEqual({
      id: 'extension@0.62.3',
      client: 'extension',
      version: '0.62.3',
      realm: 'node',
    });
    expect(info.packages).toMatchObject({
      '@polkadot/extension-base': '0.62.3',
      '@polkadot/ui-keyring': '3.16.7',
      '@polkadot/ui-settings': '3.16.7',
      '@polkadot/util': '14.0.3',
      '@polkadot/util-crypto': '14.0.3',
      '@polkadot/keyring': '14.0.3',
      '@polkadot/networks': '14.0.3',
    });
    expect(EXTENSION_0_62_3.installed?.conflicts).toEqual({});
  });

  it('has one version of every @polkadot package on disk (read from the pnpm store, not from the resolver)', () => {
    const store = join(dir, 'node_modules', '.pnpm');
    const versions = new Map<string, Set<string>>();
    for (const entry of readdirSync(store)) {
      const match = /^@polkadot\+([^@]+)@([^_]+)/.exec(entry);
      if (match === null) continue;
      const [, name = '', version = ''] = match;
      versions.set(name, (versions.get(name) ?? new Set()).add(version));
    }
    expect(versions.size).toBeGreaterThan(10);
    const mixed = [...versions].filter(([, v]) => v.size > 1).map(([n, v]) => `${n}: ${[...v].join(', ')}`);
    expect(mixed).toEqual([]);
    expect([...(versions.get('util-crypto') ?? [])]).toEqual(['14.0.3']);
  });

  it('pins the versions in package.json overrides and has a lockfile that records them', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      pnpm: { overrides: Record<string, string> };
    };
    expect(pkg.dependencies['@polkadot/extension-base']).toBe('0.62.3');
    for (const name of ['util', 'util-crypto', 'keyring', 'networks']) expect(pkg.pnpm.overrides[`@polkadot/${name}`]).toBe('14.0.3');
    const lock = readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8');
    expect(lock).toContain("'@polkadot/util-crypto': 14.0.3");
    expect(lock).toMatch(/'@polkadot\/extension-base':\s+specifier: 0\.62\.3\s+version: 0\.62\.3/);
  });
});

describe('capabilities', () => {
  const caps = EXTENSION_0_62_3.capabilities();
  const tables: [string, Readonly<Record<string, Support>>][] = [
    ...(['phrase', 'seed'] as const).map((k): [string, Readonly<Record<string, Support>>] => [`create ${k}`, caps.create[k]]),
    ...METHODS.map((m): [string, Readonly<Record<string, Support>>] => [`backup ${m}`, caps.backup[m]]),
    ...ARTIFACT_KINDS.map((k): [string, Readonly<Record<string, Support>>] => [`restore ${k}`, caps.restore[k]]),
  ];

  it('gives every "no" a reason and a source, and every handler-only "yes" a note and a source', () => {
    for (const [row, table] of tables) {
      for (const type of KEY_TYPES) {
        const s = table[type];
        expect(s, `${row} ${type}`).toBeDefined();
        if (s === undefined) continue;
        if (!s.supported) expect(s.reason.length > 10 && (s.source ?? '').startsWith('https://'), `${row} ${type}`).toBe(true);
        else if (!s.ui) expect((s.note ?? '').length > 10 && (s.source ?? '').startsWith('https://'), `${row} ${type}`).toBe(true);
      }
    }
  });

  it('tells the popup (sr25519, ethereum) from the handler only (ed25519, ecdsa: extension#697)', () => {
    for (const kind of ['phrase', 'seed'] as const) {
      expect(caps.create[kind].sr25519).toMatchObject({ supported: true, ui: true });
      expect(caps.create[kind].ethereum).toMatchObject({ supported: true, ui: true });
      expect(caps.create[kind].ed25519).toMatchObject({ supported: true, ui: false, source: 'https://github.com/polkadot-js/extension/issues/697' });
      expect(caps.create[kind].ecdsa).toMatchObject({ supported: true, ui: false, source: 'https://github.com/polkadot-js/extension/issues/697' });
    }
    expect(caps.restore['export-all'].sr25519.supported).toBe(false);
  });
});

describe('defineExtensionProfile', () => {
  const empty = mkdtempSync(join(tmpdir(), 'interop-ext-profile-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('describes a profile that is not installed and refuses to start it', async () => {
    writeFileSync(join(empty, 'package.json'), JSON.stringify({ dependencies: { '@polkadot/extension-base': '0.61.1' } }));
    const factory = defineExtensionProfile({ version: '0.61.1', dir: empty });
    expect(existsSync(join(empty, 'node_modules'))).toBe(false);
    expect(factory.info.id).toBe('extension@0.61.1');
    expect(factory.info.packages).toEqual({ '@polkadot/extension-base': '0.61.1' });
    expect(factory.info.description).toMatch(/not installed/);
    await expect(factory.start()).rejects.toMatchObject({ code: 'E_INTERNAL' });
  });

  it('refuses a profile whose install is another version than it claims', async () => {
    const factory = defineExtensionProfile({ version: '0.61.1', dir });
    expect(factory.info.description).toMatch(/installs @polkadot\/extension-base@0\.62\.3, not 0\.61\.1/);
    await expect(factory.start()).rejects.toMatchObject({ code: 'E_INTERNAL' });
  });
});
