import { refusesTypedPath } from '@interop/core';
import { substratePathArb } from '@interop/core/arbitraries';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAndroidDerivation, joinPath, parseLegacyPath, parseVaultPath } from './path-rules.js';
import { VAULT_PROFILE } from './signer-profiles.js';
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

  it.each(['//', '///', 'abraca dabre', 'no_path_at_all', '//a///', '//a//', '/'])('refuses %j with E_PATH_INVALID, naming vault.reg-path', (input) => {
    const error = refusal(() => parseVaultPath(input));
    expect([error.code, error.message]).toEqual([
      'E_PATH_INVALID',
      expect.stringMatching(
        /^Derivation has invalid format: .* \(vault\.reg-path, https:\/\/github\.com\/novasamatech\/parity-signer\/blob\/v7\.2\.0\/rust\/db_handling\/src\/identities\.rs#L93-L98\)$/,
      ),
    ]);
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

// https://github.com/novasamatech/parity-signer/blob/v7.2.0/android/src/main/java/io/parity/signer/screens/createderivation/DerivationCreateViewModel.kt#L96-L112
describe("Vault's Android derive screen (checkPath, before the backend's REG_PATH)", () => {
  it.each(['//polkadot///my password', '//a b', ' //a', '///pw '])('refuses %j: a blank anywhere (CONTAIN_SPACES)', (input) => {
    const error = refusal(() => checkAndroidDerivation(input));
    expect([error.code, error.message]).toEqual([
      'E_PATH_INVALID',
      expect.stringMatching(/^The derivation path name can’t contain spaces \(vault\.android-path-no-spaces, /),
    ]);
  });

  it.each(['///pass\u2028word', '//a///\r', '//a///x\u0085', '///\u2029'])('refuses %j: a line terminator of java.util.regex in the password', (input) => {
    const error = refusal(() => checkAndroidDerivation(input));
    expect([error.code, error.message]).toEqual(['E_PATH_INVALID', expect.stringContaining('vault.android-path-regex')]);
    // Rust's REG_PATH alone takes it: the refusal is the Android screen's.
    expect(() => parseVaultPath(input)).not.toThrow();
  });

  it.each(['', '//polkadot', '//path///password', '//日本\u2028/x', '//$~///pass_word'])('lets %j through to REG_PATH', (input) => {
    expect(() => checkAndroidDerivation(input)).not.toThrow();
  });

  it('refuses exactly what the profile traits say it refuses (typedPathRefuses)', () => {
    fc.assert(
      fc.property(substratePathArb('sr25519'), (path) => {
        let refused = false;
        try {
          checkAndroidDerivation(path);
        } catch {
          refused = true;
        }
        expect(refused).toBe(refusesTypedPath(VAULT_PROFILE.info.traits, path));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('legacy React Native path rules (src/utils/regex.ts at v4.5.3-beta)', () => {
  it('accepts ASCII word-character junctions and a password of word characters and -', () => {
    expect(parseLegacyPath('//polkadot//0/soft-1.x')).toEqual({ path: '//polkadot//0/soft-1.x' });
    expect(parseLegacyPath('//hard///secret-2_x')).toEqual({ path: '//hard', password: 'secret-2_x' });
    // the legacy app appended `///` with an empty password: same key as no password
    expect(parseLegacyPath('//hard///')).toEqual({ path: '//hard' });
  });

  it.each(['//$~', '//путь', '/日本', '/ünïcødé', '//a b', '//a+b', '//a//'])('refuses the path %j as the Path field does (legacy.path-chars)', (input) => {
    const error = refusal(() => parseLegacyPath(input));
    expect([error.code, error.message]).toEqual([
      'E_PATH_INVALID',
      expect.stringMatching(
        /^The Path field takes .* \(legacy\.path-chars, https:\/\/github\.com\/novasamatech\/parity-signer\/blob\/v4\.5\.3-beta\/src\/utils\/regex\.ts#L23\)$/,
      ),
    ]);
  });

  it.each(['//x///pass word', '//x///a/b', '//x///a.b', '//x///pässword', `//x///${'a'.repeat(1025)}`])(
    'refuses the password of %j as its field does (legacy.password-chars)',
    (input) => {
      const error = refusal(() => parseLegacyPath(input));
      expect([error.code, error.message]).toEqual(['E_PATH_INVALID', expect.stringMatching(/\(legacy\.password-chars, https:.*regex\.ts#L26\)$/)]);
      expect(error.message).not.toContain(input.slice(6, 12));
    },
  );
});
