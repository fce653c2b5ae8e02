import { describe, expect, it } from 'vitest';
import { extensionError, extensionErrorCode, withholdSecrets } from './extension-errors.js';

describe('extension error texts -> codes', () => {
  // Texts as @polkadot/util-crypto 14.0.3, @polkadot/keyring 14.0.3 and extension-base 0.62.3 throw them.
  const cases: readonly [string, string, string][] = [
    ['Unable to decode using the supplied passphrase', 'pri(json.restore)', 'E_PASSWORD_WRONG'],
    ['oldPass is invalid', 'pri(accounts.changePassword)', 'E_PASSWORD_WRONG'],
    ['invalid password', 'pri(derivation.create)', 'E_PASSWORD_WRONG'],
    ['Password required to decode encrypted data', 'pri(json.restore)', 'E_PASSWORD_REQUIRED'],
    ['Invalid injected scrypt params found', 'pri(json.restore)', 'E_SCRYPT_PARAMS'],
    ['Scrypt parameters exceed safe limits', 'pri(json.batchRestore)', 'E_SCRYPT_PARAMS'],
    ['Invalid input length: expected 44 bytes, found 20', 'pri(json.restore)', 'E_ENCODING'],
    ['Invalid encoding header found in body', 'pri(json.restore)', 'E_ENCODING'],
    ['Mnemonic needs to contain 12, 15, 18, 21, 24 words', 'pri(seed.validate)', 'E_PHRASE_INVALID'],
    ['Not a valid mnemonic seed', 'pri(seed.validate)', 'E_PHRASE_INVALID'],
    ['Hex seed needs to be 256-bits', 'pri(seed.validate)', 'E_PHRASE_INVALID'],
    ['Invalid derivation path', 'pri(seed.validate)', 'E_PATH_INVALID'],
    ['A soft key was found in the path and is not supported', 'pri(seed.validate)', 'E_PATH_INVALID'],
    ['padding: invalid, string should have whole number of bytes', 'pri(json.restore)', 'E_ENCODING'],
    ["Unable to retrieve keypair '5Grwva'", 'pri(accounts.export)', 'E_NOT_FOUND'],
    ["Cannot read properties of undefined (reading 'content')", 'pri(json.account.info)', 'E_JSON_MALFORMED'],
    ['Unable to decode non-pkcs8 type, [batch-pkcs8] found}', 'pri(json.account.info)', 'E_CLIENT_REFUSED'],
    ['Something new', 'pri(json.restore)', 'E_CLIENT_REFUSED'],
  ];
  it.each(cases)('%s (%s) -> %s', (text, message, code) => {
    expect(extensionErrorCode(text, message)).toBe(code);
  });

  it('keeps the text verbatim and carries a code the RPC layer passes on', () => {
    const refusal = extensionError(new Error('Unable to decode using the supplied passphrase'), 'pri(json.restore)', { password: 'hunter22' });
    expect({ code: refusal.code, message: refusal.message }).toEqual({ code: 'E_PASSWORD_WRONG', message: 'Unable to decode using the supplied passphrase' });
  });
});

describe('secrets never reach an error message', () => {
  it('withholds a derivation password but keeps the path', () => {
    const text = '"//hard///s3cret-pass" is not a valid derivation path';
    expect(withholdSecrets(text, 'pri(derivation.create)', { suri: '//hard///s3cret-pass', parentPassword: 'p' })).toBe(
      '"//hard///<password withheld>" is not a valid derivation path',
    );
  });

  it('withholds a phrase or password echoed in any other message', () => {
    const phrase = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
    expect(withholdSecrets(`bad ${phrase}//x`, 'pri(accounts.create.suri)', { suri: `${phrase}//x`, password: 'correct horse' })).toBe('bad <suri withheld>');
    expect(withholdSecrets('pw correct horse', 'pri(accounts.create.suri)', { password: 'correct horse' })).toBe('pw <password withheld>');
  });
});
