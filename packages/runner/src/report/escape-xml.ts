/**
 * Characters XML 1.0 cannot hold at all (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone
 * surrogates): no escape exists for them, so they are removed.
 */
const NON_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripNonXml(text: string): string {
  return text.replace(NON_XML, '');
}

/** Text for XML content and double-quoted attributes; line breaks in attributes kept as character references. */
export function escapeXml(text: unknown): string {
  return stripNonXml(String(text)).replace(/[<>&"'\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}
