import { substratePathArb } from '@interop/core/arbitraries';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinPath, parseLegacyPath, parseVaultPath } from './path-rules.js';
import { refusal } from './testing/refusal.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);

describe('Vault REG_PATH (rust/db_handling/src/identities.rs)', () => {
  // rust/db_handling/src/tests.rs must_check_for_valid_derivation_phrase
  it.each([
    ['', ''],
    ['//path1', '//path1'],
    ['//path/path', '//path/path'],
    ['//path//path', '//path//path'],
    ['//$~', '//$~'],
    ['//путь', '//путь'],
  ])('accepts %j with no password', (input, path) => {
    expect(parseVaultPath(input)).toEqual({ path });
  });

  it.each([
    ['//path///password', '//path', 'password'],
    ['////', '', '/'],
    ['//path///password///password', '//path', 'password///password'],
    ['//remarkably///ugly', '//remarkably', 'ugly'],
  ])('splits %j into path and password', (input, path, password) => {
    expect(parseVaultPath(input)).toEqual({ path, password });
  });

  it.each(['//', '///', 'abraca dabre', 'no_path_at_all', '//a///', '//a//', '/'])('refuses %j with E_PATH_INVALID', (input) => {
    expect(refusal(() => parseVaultPath(input)).code).toBe('E_PATH_INVALID');
  });

  it('names the empty password as the reason', () => {
    expect(refusal(() => parseVaultPath('//hard///')).message).toMatch(/password after \/\/\/ is empty/);
  });

  it('round-trips every substrate path of the core arbitrary and never quotes a password in a refusal', () => {
    fc.assert(
      fc.property(substratePathArb('sr25519'), (path) => {
        expect(joinPath(parseVaultPath(path))).toBe(path);
      }),
      { seed: SEED, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{6,12}$/), (password) => {
        // a trailing '/' makes the password part invalid: the message must not echo it
        const error = refusal(() => parseVaultPath(`//x///${password}\n`));
        expect(error.message).not.toContain(password);
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});

describe('legacy React Native path rules (src/utils/suri.ts, src/utils/regex.ts at v4.5.3-beta)', () => {
  it('accepts word-character junctions and an optional password', () => {
    expect(parseLegacyPath('//polkadot//0/soft-1.x')).toEqual({ path: '//polkadot//0/soft-1.x' });
    expect(parseLegacyPath('//hard///secret')).toEqual({ path: '//hard', password: 'secret' });
    // the legacy app appended `///` with an empty password: same key as no password
    expect(parseLegacyPath('//hard///')).toEqual({ path: '//hard' });
  });

  it.each(['//$~', '//путь', '//a b', '//x///pass word', '//x///a/b'])('refuses %j', (input) => {
    expect(refusal(() => parseLegacyPath(input)).code).toBe('E_PATH_INVALID');
  });
});
