/**
 * schnorrkel's `SecretKey::to_bytes()`: the secret scalar in canonical little-endian form, then
 * the 32-byte nonce. util-crypto (through @scure/sr25519) keeps the scalar multiplied by the
 * cofactor 8 instead (schnorrkel's "ed25519 form", `to_half_ed25519_bytes`); the two differ by a
 * 3-bit shift of the 256-bit little-endian number. This is a change of byte layout, no crypto.
 */
export function schnorrkelSecretBytes(polkadotJsSecretKey: Uint8Array): Uint8Array {
  if (polkadotJsSecretKey.length !== 64) throw new TypeError('an sr25519 secret key is 64 bytes');
  let scalar = 0n;
  for (let i = 31; i >= 0; i--) scalar = (scalar << 8n) | BigInt(polkadotJsSecretKey[i]!);
  scalar >>= 3n;
  const out = new Uint8Array(64);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(scalar & 0xffn);
    scalar >>= 8n;
  }
  out.set(polkadotJsSecretKey.subarray(32, 64), 32);
  return out;
}
