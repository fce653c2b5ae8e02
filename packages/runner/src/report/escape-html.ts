/** Text for HTML content and quoted attribute values: markup characters become entities, control characters go. */
export function escapeHtml(text: unknown): string {
  return String(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An href only for http(s) addresses; anything else (javascript:, data:) is not a link. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first http(s) address in a text such as `https://github.com/o/r/issues/1 (why)`. */
export function firstUrl(text: string | undefined): string | undefined {
  const match = text ? /https?:\/\/[^\s<>"')]+/.exec(text) : null;
  return match ? safeHref(match[0]) : undefined;
}
