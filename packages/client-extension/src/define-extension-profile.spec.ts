import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACT_KINDS, KEY_TYPES, METHODS, type Support } from '@interop/core';
import { RELEASE_FILE } from '@interop/core/profile';
import { afterAll, describe, expect, it } from 'vitest';
import { defineExtensionProfile } from './define-extension-profile.js';
import { EXTENSION_0_62_3 } from './profiles.js';

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
  const made: string[] = [];
  const tempProfile = (release: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'interop-ext-profile-'));
    made.push(dir);
    copyFileSync(join(EXTENSION_0_62_3.profileDir, RELEASE_FILE), join(dir, RELEASE_FILE));
    const manifest = JSON.parse(readFileSync(join(dir, RELEASE_FILE), 'utf8')) as { shipped: Record<string, string> };
    manifest.shipped['@polkadot/extension-base'] = release;
    writeFileSync(join(dir, RELEASE_FILE), JSON.stringify(manifest));
    return dir;
  };
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('describes a profile that is not installed and refuses to start it', async () => {
    const factory = defineExtensionProfile(tempProfile('0.62.3'));
    expect(existsSync(join(factory.profileDir, 'node_modules'))).toBe(false);
    expect(factory.problems).toEqual(['extension@0.62.3 is not installed (run: npm run setup)']);
    expect(factory.info.description).toMatch(/not installed/);
    await expect(factory.start()).rejects.toMatchObject({ code: 'E_INTERNAL' });
  });

  it('refuses a profile whose install is another version than its release.json says', async () => {
    const dir = tempProfile('0.61.1');
    symlinkSync(join(EXTENSION_0_62_3.profileDir, 'node_modules'), join(dir, 'node_modules'));
    const factory = defineExtensionProfile(dir);
    expect(factory.problems).toEqual(['@polkadot/extension-base: 0.62.3, release.json says 0.61.1']);
    await expect(factory.start()).rejects.toMatchObject({ code: 'E_INTERNAL', message: expect.stringMatching(/does not match its release\.json/) });
  });
});
