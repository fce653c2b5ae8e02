import { describe, expect, it } from 'vitest';
import { ClientError, ERROR_CODES, isErrorInfo, isHarnessBreak, toErrorInfo } from './client-error.js';

describe('toErrorInfo', () => {
  it('keeps a ClientError as {code, message}, with no stack', () => {
    const info = toErrorInfo(new ClientError('E_PASSWORD_WRONG', 'Unable to decode using the supplied passphrase'));
    expect(info).toEqual({ code: 'E_PASSWORD_WRONG', message: 'Unable to decode using the supplied passphrase' });
    expect(JSON.stringify(new ClientError('E_TIMEOUT', 'late'))).toBe('{"code":"E_TIMEOUT","message":"late"}');
  });

  it('keeps {code, message} data that crossed a worker boundary when the code is known', () => {
    expect(toErrorInfo({ code: 'E_SHARES', message: 'x' })).toEqual({ code: 'E_SHARES', message: 'x' });
    // An unknown code falls back, but the message is kept.
    expect(toErrorInfo({ code: 'E_MADE_UP', message: 'x' })).toEqual({ code: 'E_INTERNAL', message: 'x' });
  });

  it('turns other errors into the fallback code with the message only', () => {
    const info = toErrorInfo(new RangeError('bad'));
    expect(info).toEqual({ code: 'E_INTERNAL', message: 'bad' });
    expect(Object.keys(info)).toEqual(['code', 'message']);
    expect(toErrorInfo(new Error('refused'), 'E_CLIENT_REFUSED')).toEqual({ code: 'E_CLIENT_REFUSED', message: 'refused' });
    expect(toErrorInfo('text')).toEqual({ code: 'E_INTERNAL', message: 'text' });
  });

  it('isErrorInfo checks the shape only', () => {
    expect(isErrorInfo({ code: 'E_USAGE', message: '' })).toBe(true);
    expect(isErrorInfo({ code: 1, message: '' })).toBe(false);
    expect(isErrorInfo(null)).toBe(false);
  });

  it('every code has a description', () => {
    for (const [code, text] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^E_[A-Z_]+$/);
      expect(text.length).toBeGreaterThan(5);
    }
  });
});

describe('shown: what the page shows beside the reason', () => {
  it('travels with the error as data, and is left out when it is the message itself', () => {
    expect(toErrorInfo(new ClientError('E_SCRYPT_PARAMS', 'Invalid injected scrypt params found', 'Unable to decode'))).toEqual({
      code: 'E_SCRYPT_PARAMS',
      message: 'Invalid injected scrypt params found',
      shown: 'Unable to decode',
    });
    expect(toErrorInfo({ code: 'E_PASSWORD_WRONG', message: 'x', shown: 'y' })).toEqual({ code: 'E_PASSWORD_WRONG', message: 'x', shown: 'y' });
    expect(toErrorInfo(new ClientError('E_PASSWORD_WRONG', 'same', 'same'))).toEqual({ code: 'E_PASSWORD_WRONG', message: 'same' });
    expect(toErrorInfo({ code: 'E_PASSWORD_WRONG', message: 'x', shown: 5 })).toEqual({ code: 'E_PASSWORD_WRONG', message: 'x' });
  });
});

describe('isHarnessBreak: the codes that are no answer of a client', () => {
  it('a hang, a crashed realm and a bug of ours are breaks; a refusal is not', () => {
    for (const code of ['E_TIMEOUT', 'E_WORKER_CRASHED', 'E_INTERNAL'] as const) expect(isHarnessBreak({ code })).toBe(true);
    for (const code of ['E_PASSWORD_WRONG', 'E_SCRYPT_PARAMS', 'E_CLIENT_REFUSED', 'E_UNSUPPORTED'] as const) expect(isHarnessBreak({ code })).toBe(false);
  });
});
