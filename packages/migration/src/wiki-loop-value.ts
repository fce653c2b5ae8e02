/**
 * What the wiki's loop writes for one value:
 *   val = JSON.stringify(accounts[key]).replace(/\\/g,'').slice(1,-1)
 * stated as per-character rules (the table in RULES.md is generated from TRANSFORM_RULES).
 * JSON.stringify wraps a string in quotes and escapes `"`, `\`, control characters and lone
 * surrogates with a backslash; removing every backslash then keeps the escape's letters; the
 * slice drops the two quotes. So a value comes back intact exactly when it holds none of
 * `\`, control characters (U+0000–U+001F) or lone surrogates.
 */
export interface TransformRule {
  readonly id: string;
  readonly chars: string;
  readonly becomes: string;
  readonly why: string;
}

export const TRANSFORM_RULES: readonly TransformRule[] = [
  { id: 'T1', chars: 'backslash `\\`', becomes: 'removed', why: 'JSON.stringify writes `\\\\`; the regex removes both' },
  { id: 'T2', chars: 'double quote `"`', becomes: 'kept', why: 'JSON.stringify writes `\\"`; removing the backslash restores `"`' },
  {
    id: 'T3',
    chars: 'U+0008, U+0009, U+000A, U+000C, U+000D (backspace, tab, newline, form feed, return)',
    becomes: 'the letter b, t, n, f, r',
    why: 'JSON.stringify writes `\\b` `\\t` `\\n` `\\f` `\\r`; only the letter survives',
  },
  {
    id: 'T4',
    chars: 'other control characters U+0000–U+001F',
    becomes: 'the text `u00xx` (lower-case hex)',
    why: 'JSON.stringify writes `\\u00xx`',
  },
  {
    id: 'T5',
    chars: 'lone surrogates U+D800–U+DFFF',
    becomes: 'the text `udxxx` (lower-case hex)',
    why: 'well-formed JSON.stringify (ES2019) writes `\\udxxx`',
  },
  { id: 'T6', chars: "anything else (letters, `'`, non-ASCII, emoji, U+2028)", becomes: 'kept', why: 'JSON.stringify copies it unescaped' },
];

const LETTERS: Readonly<Record<number, string>> = { 8: 'b', 9: 't', 10: 'n', 12: 'f', 13: 'r' };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The value the loop writes for a string value, by the rules above. */
export function wikiLoopString(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x5c) continue; // T1
    if (code < 0x20) {
      out += LETTERS[code] ?? `u${code.toString(16).padStart(4, '0')}`; // T3, T4
      continue;
    }
    if (isHighSurrogate(code) && isLowSurrogate(value.charCodeAt(i + 1))) {
      out += value.slice(i, i + 2); // a pair: one astral character (T6)
      i += 1;
      continue;
    }
    if (isHighSurrogate(code) || isLowSurrogate(code)) {
      out += `u${code.toString(16)}`; // T5
      continue;
    }
    out += value[i]; // T2, T6
  }
  return out;
}

/** Which transform rules fired on a value (for "corrupted, and how"). */
export function transformRulesHit(value: string): string[] {
  const hit = new Set<string>();
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x5c) hit.add('T1');
    else if (code < 0x20) hit.add(code in LETTERS ? 'T3' : 'T4');
    else if (isHighSurrogate(code) && isLowSurrogate(value.charCodeAt(i + 1))) i += 1;
    else if (isHighSurrogate(code) || isLowSurrogate(code)) hit.add('T5');
  }
  return [...hit].sort();
}

/**
 * The loop's value for anything JSON.parse(raw) produced. Only strings occur when raw is the
 * old dump; other values appear only when a mangled paste parses into another structure, and
 * then the expression is applied as written (JSON.stringify of an object has no quotes to
 * slice off, so its first and last characters go instead).
 */
export function wikiLoopValue(value: unknown): string {
  if (typeof value === 'string') return wikiLoopString(value);
  return String(JSON.stringify(value)).replace(/\\/g, '').slice(1, -1);
}
