/** SCALE compact encoding of a length (parity-scale-codec `Compact<u32>`), as both junction rules prefix text with. */
export function compactLength(length: number): Uint8Array {
  if (length < 1 << 6) return Uint8Array.of(length << 2);
  if (length < 1 << 14) return Uint8Array.of(((length << 2) | 1) & 0xff, length >> 6);
  if (length < 1 << 30) {
    const v = (length << 2) | 2;
    return Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  }
  throw new RangeError('junction text longer than 2^30 bytes');
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** SCALE encoding of a `&str`: compact length, then the UTF-8 bytes. */
export function scaleText(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  return concatBytes(compactLength(bytes.length), bytes);
}
