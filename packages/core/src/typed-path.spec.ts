import { describe, expect, it } from 'vitest';
import { refusesTypedPath } from './typed-path.js';

const ANDROID_LIKE = { typedPathRefuses: { anywhere: [' '], inPassword: ['\r', '\u2028'] } };

describe('refusesTypedPath', () => {
  it('refuses nothing for a client without typedPathRefuses', () => {
    expect(refusesTypedPath({}, '//a b///c\u2028')).toBe(false);
  });

  it('refuses a character of `anywhere` in the path or in the password', () => {
    expect(refusesTypedPath(ANDROID_LIKE, '//a b')).toBe(true);
    expect(refusesTypedPath(ANDROID_LIKE, '//a///my password')).toBe(true);
    expect(refusesTypedPath(ANDROID_LIKE, '//a///password')).toBe(false);
  });

  it('refuses a character of `inPassword` after the first /// only', () => {
    expect(refusesTypedPath(ANDROID_LIKE, '//a///pass\u2028word')).toBe(true);
    expect(refusesTypedPath(ANDROID_LIKE, '//a\u2028b')).toBe(false);
    expect(refusesTypedPath(ANDROID_LIKE, '//a\r///b')).toBe(false);
  });
});
