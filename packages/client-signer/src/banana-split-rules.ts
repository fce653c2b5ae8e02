import type { UpstreamRule, UpstreamSource } from '@interop/core';

/**
 * banana-recovery-rust at the commit Vault 7.2.0 pins (rust/Cargo.lock line 293:
 * git+https://github.com/paritytech/banana-recovery-rust#a6d8d321…, "Add BananaSplit encrypt").
 */
const PINNED = 'a6d8d3214fa1abccca4a64a73a34d610ed02cb10';

function crate(path: string, lines: string): UpstreamSource {
  return { repo: 'paritytech/banana-recovery-rust', ref: PINNED, path, lines };
}
const SHARES = 'src/shares.rs';
const ENCRYPT = 'src/encrypt.rs';

/**
 * How Vault writes and reads Banana Split shares: the crate's rules, each with the text of its
 * error (src/error.rs). Where the crate panics instead of answering (a share id of 0, a nonce
 * that is not 24 bytes) the model refuses, and the rule says so.
 */
export const BANANA_RULES = {
  key: {
    id: 'banana.key',
    claim: 'The secretbox key is scrypt(passphrase, salt = SHA-512(title), N = 2^15, r = 8, p = 1, 32 bytes)',
    source: crate(ENCRYPT, '30-40'),
  },
  writerShareCount: {
    id: 'banana.writer-share-count',
    claim: 'A split needs at least 2 shares and no fewer than required',
    source: crate(ENCRYPT, '77-82'),
    message: 'Too few shares.',
  },
  writerMaxShares: {
    id: 'banana.writer-max-shares',
    claim: 'A split has at most 2^8 - 1 shares (8-bit field)',
    source: crate(ENCRYPT, '83-87'),
    message: 'Threshold number of shares must be an integer between 2 and 2^bits-1 (255), inclusive.',
  },
  writerPadding: {
    id: 'banana.writer-padding',
    claim:
      'The sealed secret is left-padded with 7 - (length + 1) % 7 zero bytes and one 0x01 marker byte, then every byte is shared over GF(2^8) with random coefficients (91 bytes of share content for the dev phrase, where the web app pads to 128 bits: 96)',
    source: crate(ENCRYPT, '89-98'),
  },
  writerShare: {
    id: 'banana.writer-share',
    claim: 'Each share is serde_json of {"v":1,"t":title,"r":required,"d":"8" + base64(id byte + share bytes),"n":base64(24-byte nonce)}, ids from 1',
    source: crate(ENCRYPT, '55-66'),
  },
  notJson: {
    id: 'banana.share-json',
    claim: 'A share is a UTF-8 JSON object',
    source: crate(SHARES, '51-60'),
    message: 'Unable to parse the input as a json object.',
  },
  version: {
    id: 'banana.share-version',
    claim: '"v" is 1, or absent or null for the first format',
    source: crate(SHARES, '62-72'),
    message: 'Version {v} is not supported.',
  },
  required: {
    id: 'banana.share-required',
    claim: '"r" is a number that parses as an unsigned integer',
    source: crate(SHARES, '74-80'),
    message: 'Required shards value {r} has unsupported format.',
  },
  emptyShare: {
    id: 'banana.share-empty',
    claim: '"d" has at least its bits character',
    source: crate(SHARES, '99'),
    message: 'Share contains no data.',
  },
  bitsChar: {
    id: 'banana.share-bits-char',
    claim: 'The first character of "d" is a base-36 digit: the bits of the Galois field',
    source: crate(SHARES, '87-97'),
    message: "Unable to parse first data char '{c}' as a number in radix36 format",
  },
  bitsRange: {
    id: 'banana.share-bits-range',
    claim: 'The field has 3 to 20 bits',
    source: crate(SHARES, '16'),
    message: 'Bits in share data {b} are outside of expected range [3..=20]. Likely the share is damaged.',
  },
  bodyHex: {
    id: 'banana.share-body-hex',
    claim: 'A first-format share (no "v") carries its body in hex',
    source: crate(SHARES, '104-107'),
    message: 'Share with undefined version was expected to have hexadecimal content.',
  },
  bodyBase64: {
    id: 'banana.share-body-base64',
    claim: 'A v1 share carries its body in canonical, padded standard base64',
    source: crate(SHARES, '108-111'),
    message: 'Share with version V1 was expected to have content in base64 format.',
  },
  shareId: {
    id: 'banana.share-id',
    claim: 'The body starts with the share id, in as many bytes as 2^bits - 1 needs (1 for 3-8 bits, 2 up to 16, 3 up to 20)',
    source: crate(SHARES, '114-137'),
    message: 'Share content is too short to separate share id properly. Likely the share is damaged.',
  },
  setVersion: {
    id: 'banana.set-version',
    claim: 'Every share of a set has the version of the first',
    source: crate(SHARES, '293-295'),
    message: 'Share could not be added to the set, because its version is different.',
  },
  setTitle: {
    id: 'banana.set-title',
    claim: 'Every share of a set has the title of the first',
    source: crate(SHARES, '297-299'),
    message: 'Share could not be added to the set, because its title is different.',
  },
  setRequired: {
    id: 'banana.set-required',
    claim: 'Every share of a set requires the same number of shares',
    source: crate(SHARES, '301-303'),
    message: 'Share could not be added to the set, because it has different number of required shards.',
  },
  setNonce: {
    id: 'banana.set-nonce',
    claim: 'Every share of a set has the nonce of the first, compared as text',
    source: crate(SHARES, '305-307'),
    message: 'Share could not be added to the set, because its nonce is different.',
  },
  setBits: {
    id: 'banana.set-bits',
    claim: 'Every share of a set has the bits of the first',
    source: crate(SHARES, '309-311'),
    message: 'Share could not be added to the set, because its bits setting is different.',
  },
  setNewId: {
    id: 'banana.set-new-id',
    claim: 'A share id is taken once',
    source: crate(SHARES, '313-315'),
    message: 'Share is already in the set.',
  },
  setContentLength: {
    id: 'banana.set-content-length',
    claim: 'Every share of a set has the content length of the first',
    source: crate(SHARES, '317-319'),
    message: 'Share could not be added to the set, because its content length is different.',
  },
  combine: {
    id: 'banana.combine',
    claim:
      'A set is combined when a share added to it brings the count to the required number (the first share alone never combines): Lagrange at 0 over GF(2^bits) per position, the bits joined, leading zero bits and the marker bit dropped',
    source: crate(SHARES, '321-326'),
  },
  moreShares: {
    id: 'banana.more-shares',
    claim: 'Until the set is combined Vault asks for more shares (NextAction::MoreShares)',
    source: crate(SHARES, '331-336'),
  },
  nonceBase64: {
    id: 'banana.nonce-base64',
    claim: 'The nonce is decoded as base64 when the set is combined, before the passphrase is asked',
    source: crate(SHARES, '263-267'),
    message: 'Nonce is not in base64 format',
  },
  logRange: {
    id: 'banana.log-range',
    claim: 'A share value or id outside the field is refused while combining',
    source: crate(SHARES, '469-490'),
    message: 'While processing, tried addressing log[{n}] out of expected range. Likely the share is damaged.',
  },
  idZero: {
    id: 'banana.id-zero',
    claim: 'A share id of 0 makes Vault panic while combining (logs[0] is undefined; `expect`): this model refuses it',
    source: crate(SHARES, '474-477'),
  },
  nonceLength: {
    id: 'banana.nonce-length',
    claim: 'XSalsa20Poly1305 takes the nonce as a fixed 24-byte array (GenericArray::from_slice panics on any other length): this model refuses it',
    source: crate(SHARES, '362-363'),
  },
  notString: {
    id: 'banana.secret-utf8',
    claim: 'The opened secret must be UTF-8 text',
    source: crate(SHARES, '364-377'),
    message: 'Decoded secret could not be displayed as a string.',
  },
} as const satisfies Record<string, UpstreamRule>;

export type BananaRuleName = keyof typeof BANANA_RULES;
