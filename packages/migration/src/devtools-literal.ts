/**
 * How Chrome's DevTools console displays a string result — the text a user selects and copies
 * in step 4 of the wiki procedure ("Copy and paste the returned string").
 *
 * Rules of ChromeDevTools/devtools-frontend front_end/core/platform/StringUtilities.ts
 * (formatAsJSLiteral), used by front_end/panels/console/ConsoleViewMessage.ts
 * (formatParameterAsString) for string results; long strings get "Show more"/"Copy" buttons
 * over the same text:
 * - the quote is `'` unless the string holds one; then `"` unless it holds one; then a backtick
 *   unless it holds a backtick or `${`; otherwise `'` with every `'` escaped;
 * - `\` becomes `\\`; `<!--`, `<script`, `</script` get their `<` written `\x3C`;
 * - control characters (Unicode Cc) become \b \f \n \r \t \v or \xHH (upper-case hex);
 * - lone surrogates become \uHHHH (upper-case hex);
 * - everything else, including `"` inside `'…'`, is copied as it is.
 * The displayed text is therefore a JavaScript literal whose value is the string itself.
 */
const NAMED_CONTROLS: Readonly<Record<string, string>> = { '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0');
}

function escapeOne(match: string, special: string | undefined, control: string | undefined, surrogate: string | undefined): string {
  if (control !== undefined) return NAMED_CONTROLS[control] ?? `\\x${hex(control.charCodeAt(0), 2)}`;
  if (surrogate !== undefined) return `\\u${hex(surrogate.charCodeAt(0), 4)}`;
  if (special === '\\') return '\\\\';
  if (special === "'") return "\\'";
  if (special !== undefined) return `\\x3C${special.slice(1)}`;
  return match;
}

const ESCAPES = /(\\|<(?:!--|\/?script))|(\p{Cc})|(\p{Surrogate})/gu;
const ESCAPES_AND_TICK = /(\\|'|<(?:!--|\/?script))|(\p{Cc})|(\p{Surrogate})/gu;

export function consoleDisplayedLiteral(content: string): string {
  const escaped = (pattern: RegExp) => content.replace(pattern, escapeOne);
  if (!content.includes("'")) return `'${escaped(ESCAPES)}'`;
  if (!content.includes('"')) return `"${escaped(ESCAPES)}"`;
  if (!content.includes('`') && !content.includes('${')) return `\`${escaped(ESCAPES)}\``;
  return `'${escaped(ESCAPES_AND_TICK)}'`;
}
