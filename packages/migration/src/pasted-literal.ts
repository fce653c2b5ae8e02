import { Script } from 'node:vm';

/**
 * What `raw = <pasted>` (wiki step 9) does in the console, decided without running it.
 *
 * - `string`: the pasted text is one JavaScript string literal ('…', "…" or a backtick
 *   template without substitutions), optionally followed by `;`: raw becomes its value.
 * - `syntax-error`: the statement does not parse (typically a `'` inside '…' ends the literal
 *   early); the console throws SyntaxError and raw keeps whatever it held before (nothing).
 * - `code`: the statement parses but is not a plain string assignment, e.g. the dump pasted
 *   without tick marks (an object literal: raw becomes an object, and JSON.parse(raw) then
 *   fails on "[object Object]"), or text after a stray `'` that happens to be valid
 *   JavaScript — which the console would run.
 *
 * The string decoder follows ECMAScript's string-literal and template-literal escapes (as the
 * console evaluates them in sloppy mode: legacy octal escapes allowed in '…' and "…").
 */
export type PastedValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'syntax-error' }
  | { readonly kind: 'code'; readonly objectLiteral: boolean };

const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);
const SINGLE_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

class NotALiteral extends Error {}

function readHex(text: string, at: number, digits: number): number {
  const part = text.slice(at, at + digits);
  if (part.length !== digits || !/^[0-9a-fA-F]+$/.test(part)) throw new NotALiteral('bad hex escape');
  return Number.parseInt(part, 16);
}

/** Decodes the literal starting at text[0]; returns its value and the index after the closing quote. */
function decodeLiteral(text: string): { value: string; end: number } {
  const quote = text[0];
  if (quote !== "'" && quote !== '"' && quote !== '`') throw new NotALiteral('not a quote');
  const template = quote === '`';
  let out = '';
  let i = 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === quote) return { value: out, end: i + 1 };
    if (template && c === '$' && text[i + 1] === '{') throw new NotALiteral('template substitution');
    if (c === '\\') {
      const e = text[i + 1];
      if (e === undefined) throw new NotALiteral('dangling backslash');
      i += 2;
      if (e === '\r' && text[i] === '\n') i += 1; // line continuation over CRLF
      if (LINE_TERMINATORS.has(e)) continue; // line continuation: contributes nothing
      if (e in SINGLE_ESCAPES) {
        out += SINGLE_ESCAPES[e];
      } else if (e === 'x') {
        out += String.fromCharCode(readHex(text, i, 2));
        i += 2;
      } else if (e === 'u') {
        if (text[i] === '{') {
          const close = text.indexOf('}', i);
          if (close < 0) throw new NotALiteral('bad \\u{}');
          const cp = readHex(text, i + 1, close - i - 1);
          if (cp > 0x10ffff) throw new NotALiteral('code point out of range');
          out += String.fromCodePoint(cp);
          i = close + 1;
        } else {
          out += String.fromCharCode(readHex(text, i, 4));
          i += 4;
        }
      } else if (e >= '0' && e <= '9') {
        const next = text[i];
        if (e === '0' && (next === undefined || next < '0' || next > '9')) {
          out += '\0';
        } else if (template) {
          throw new NotALiteral('octal escape in a template');
        } else if (e === '8' || e === '9') {
          out += e;
        } else {
          // Legacy octal (sloppy mode): up to 3 digits starting 0-3, up to 2 starting 4-7.
          const max = e <= '3' ? 3 : 2;
          let digits = e;
          while (digits.length < max && text[i] !== undefined && (text[i] as string) >= '0' && (text[i] as string) <= '7') {
            digits += text[i];
            i += 1;
          }
          out += String.fromCharCode(Number.parseInt(digits, 8));
        }
      } else {
        out += e; // identity escape: \' \" \\ \` and any other character
      }
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (!template) throw new NotALiteral('line break inside a string literal');
      // Template literals normalise CR and CRLF to LF.
      out += '\n';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    out += c;
    i += 1;
  }
  throw new NotALiteral('unterminated literal');
}

/** Whether the console would accept the text as a script at all. */
export function compiles(source: string): boolean {
  try {
    new Script(source);
    return true;
  } catch {
    return false;
  }
}

/** What `raw = <pasted>` assigns; `pasted` is the text exactly as the user pastes it. */
export function evaluatePasted(pasted: string): PastedValue {
  const text = pasted.trim();
  try {
    const { value, end } = decodeLiteral(text);
    if (/^\s*;?\s*$/.test(text.slice(end))) return { kind: 'string', value };
  } catch (error) {
    if (!(error instanceof NotALiteral)) throw error;
  }
  // Not one plain literal: the console either refuses it or runs it. Parse only, never run.
  if (!compiles(`raw = ${text}`)) return { kind: 'syntax-error' };
  return { kind: 'code', objectLiteral: text.startsWith('{') };
}
