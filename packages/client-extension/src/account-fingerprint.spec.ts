import { describe, expect, it } from 'vitest';
import { accountFingerprint } from './account-fingerprint.js';

describe('accountFingerprint', () => {
  const stored = {
    encoded: 'AAAA',
    encoding: { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
    address: '5Grw',
    meta: { name: 'Alice', whenCreated: 1 },
  };

  it('is the same for the same entry with its keys in another order (chrome.storage.local sorts them)', () => {
    const sorted = {
      address: '5Grw',
      encoded: 'AAAA',
      encoding: { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
      meta: { whenCreated: 1, name: 'Alice' },
    };
    expect(accountFingerprint(sorted)).toBe(accountFingerprint(stored));
  });

  it('changes when the content changes: a renamed account, a re-encrypted body, another order of an array', () => {
    const base = accountFingerprint(stored);
    expect(accountFingerprint({ ...stored, meta: { ...stored.meta, name: 'Alicia' } })).not.toBe(base);
    expect(accountFingerprint({ ...stored, encoded: 'AAAB' })).not.toBe(base);
    expect(accountFingerprint({ ...stored, encoding: { ...stored.encoding, content: ['sr25519', 'pkcs8'] } })).not.toBe(base);
  });

  it('is sha-256 in hex', () => {
    expect(accountFingerprint(null)).toBe('74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b');
  });
});
