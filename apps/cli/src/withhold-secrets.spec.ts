import { describe, expect, it } from 'vitest';
import { withholdSecrets } from './withhold-secrets.js';

describe('withholdSecrets', () => {
  it('replaces every secret a message quotes, the longest first', () => {
    expect(withholdSecrets('"phrase words//a///secret-pw" is not a valid derivation path', ['phrase words', 'secret-pw', 'phrase words//a///secret-pw'])).toBe(
      '"<secret withheld>" is not a valid derivation path',
    );
  });

  it('leaves secrets shorter than 6 characters: they would match ordinary words', () => {
    expect(withholdSecrets('Banana Split password is wrong', ['wrong'])).toBe('Banana Split password is wrong');
  });
});
