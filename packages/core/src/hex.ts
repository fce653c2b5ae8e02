/** A 0x-prefixed lower-case hex string. */
export type Hex = `0x${string}`;

export function isHexString(value: unknown, byteLength?: number): value is Hex {
  if (typeof value !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(value)) return false;
  return byteLength === undefined || value.length === 2 + byteLength * 2;
}
