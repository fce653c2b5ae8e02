import { escapeHtml as h, safeHref } from './escape-html.js';
import type { Report, ReportCell } from './report-json.js';

export interface LinkOptions {
  /**
   * How report.html reaches repository files when the run has no repository address:
   * the relative path from the report's directory to the repository root (e.g. `../..`).
   */
  readonly filesBase?: string;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`)]+/g;

/** Text with its http(s) addresses as links; everything else escaped. */
export function linkify(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const href = safeHref(match[0]);
    out += h(text.slice(last, match.index));
    out += href ? `<a href="${h(href)}">${h(match[0])}</a>` : h(match[0]);
    last = (match.index ?? 0) + match[0].length;
  }
  return out + h(text.slice(last));
}

/** A repository-relative path such as `scenarios/bugs/x.json`; anything else is not linked. */
function repositoryPath(path: string): boolean {
  return /^[\w@+-][\w@+./-]*$/.test(path) && !path.split('/').includes('..');
}

/** Where a repository file opens: at the run's commit on its repository, else relative to the report. */
export function fileHref(report: Report, path: string, options: LinkOptions): string | undefined {
  if (!repositoryPath(path)) return undefined;
  const { repository, git } = report.meta;
  if (repository && git) return safeHref(`${repository}/blob/${git.commit}/${path}`);
  if (options.filesBase !== undefined && /^[\w./-]*$/.test(options.filesBase)) return `${options.filesBase.replace(/\/?$/, '/')}${path}`;
  return undefined;
}

function shortUrl(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname}`.replace(/^github\.com\//, '');
}

/** The cell's upstream source, scenario file and saved counterexample, as links where they can be. */
export function cellLinks(report: Report, cell: ReportCell, options: LinkOptions): string {
  const out: string[] = [];
  if (cell.link) {
    const urls = [...cell.link.matchAll(URL_IN_TEXT)].map((m) => safeHref(m[0])).filter((u): u is string => u !== undefined);
    if (urls.length) for (const u of urls) out.push(`<a class="upstream" href="${h(u)}">upstream: ${h(shortUrl(u))}</a>`);
    else out.push(`<span>upstream: ${h(cell.link)}</span>`);
  }
  if (cell.scenario) {
    const href = fileHref(report, cell.scenario, options);
    out.push(href ? `<a class="scenario" href="${h(href)}">scenario: ${h(cell.scenario)}</a>` : `<span>scenario: <code>${h(cell.scenario)}</code></span>`);
  }
  if (cell.counterexample?.file) out.push(`<span>counterexample: <code>${h(cell.counterexample.file)}</code></span>`);
  return out.join('<br>');
}
