import { KEY_TYPES, METHOD_DESCRIPTIONS, METHODS, type Method } from '@interop/core';
import { escapeHtml as h } from './escape-html.js';
import { cellLinks, type LinkOptions, linkify } from './html-links.js';
import { HTML_SCRIPT } from './html-script.js';
import { HTML_STYLE } from './html-style.js';
import type { Report, ReportCell } from './report-json.js';
import { replayCommand, rerunCellCommand, rerunCommand } from './rerun-command.js';
import { headline, runFacts } from './run-facts.js';
import { LABEL, SYMBOL, VERDICTS, type Verdict, verdictOf, worstVerdict } from './symbols.js';

export type HtmlOptions = LinkOptions;

/** Stable, unique anchor ids for cells: readable, made of safe characters only. */
function anchors(cells: readonly ReportCell[]): Map<ReportCell, string> {
  const used = new Set<string>();
  const out = new Map<ReportCell, string>();
  for (const c of cells) {
    const base = `cell-${`${c.source}--${c.method}--${c.target}--${c.type}`.replace(/[^A-Za-z0-9@._-]/g, '_').slice(0, 200)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    out.set(c, id);
  }
  return out;
}

function chip(verdict: Verdict, text: string, href?: string): string {
  const inner = `<span aria-hidden="true">${SYMBOL[verdict]}</span> ${h(text)}`;
  return href ? `<a class="chip v-${verdict}" href="#${h(href)}">${inner}</a>` : `<span class="chip v-${verdict}">${inner}</span>`;
}

function orderOf(report: Report, pick: (c: ReportCell) => string, planned: readonly string[]): string[] {
  const present = new Set(report.cells.map(pick));
  return [...planned.filter((p) => present.has(p)), ...[...present].filter((p) => !planned.includes(p))];
}

function methodsOf(report: Report): Method[] {
  return METHODS.filter((m) => report.cells.some((c) => c.method === m));
}

/** Source x target: per pair, which methods move an account (per key type) and which cannot be used at all. */
function overview(report: Report, ids: Map<ReportCell, string>): string {
  const sources = orderOf(report, (c) => c.source, report.plan.sources);
  const targets = orderOf(report, (c) => c.target, report.plan.targets);
  const methods = methodsOf(report);
  const rows = sources.map((s) => {
    const tds = targets.map((t) => {
      const pair = report.cells.filter((c) => c.source === s && c.target === t);
      const items: string[] = [];
      const unusable: string[] = [];
      for (const m of methods) {
        const cells = pair.filter((c) => c.method === m);
        const ran = cells.filter((c) => c.status !== 'unsupported');
        if (ran.length === 0) {
          if (cells.length) unusable.push(m);
          continue;
        }
        const worst = worstVerdict(ran) ?? 'unsupported';
        items.push(
          `<li class="v-line-${worst}"><span class="method">${h(m)}</span> ${ran
            .sort((a, b) => KEY_TYPES.indexOf(a.type) - KEY_TYPES.indexOf(b.type))
            .map((c) => chip(verdictOf(c), c.type, ids.get(c)))
            .join(' ')}</li>`,
        );
      }
      const worst = worstVerdict(pair.filter((c) => c.status !== 'unsupported')) ?? 'unsupported';
      const none = items.length === 0 ? `<p class="none">${chip('unsupported', 'no backup method reaches this target')}</p>` : '';
      const rest = unusable.length ? `<p class="muted">unsupported: ${unusable.map(h).join(', ')}</p>` : '';
      return `<td class="pair pair-${worst}" data-source="${h(s)}" data-target="${h(t)}">${items.length ? `<ul>${items.join('')}</ul>` : ''}${none}${rest}</td>`;
    });
    return `<tr><th scope="row">${h(s)}</th>${tds.join('')}</tr>`;
  });
  return `<div class="scroll" role="region" aria-labelledby="overview-title" tabindex="0"><table class="overview">
<caption>Rows: the client the account was made and backed up in. Columns: the client it is restored in. Each line is a backup method, with one mark per key type; a mark links to its cell.</caption>
<thead><tr><th scope="col">source \\ target</th>${targets.map((t) => `<th scope="col">${h(t)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

function why(cell: ReportCell): string {
  const parts: string[] = [];
  if (cell.reason) parts.push(`<p>${linkify(cell.reason)}</p>`);
  if (cell.precondition) parts.push(`<p>first: ${linkify(cell.precondition)}</p>`);
  if (cell.divergence) parts.push(`<p class="muted">divergence <code>${h(cell.divergence)}</code></p>`);
  if (cell.expected !== undefined) parts.push(`<p>expected <code>${h(cell.expected)}</code></p><p>actual <code>${h(cell.actual ?? '')}</code></p>`);
  if (cell.code !== undefined) parts.push(`<p><code>${h(cell.code)}</code> ${linkify(cell.message ?? '')}</p>`);
  if (cell.runs)
    parts.push(`<p class="muted">${cell.runs} run(s): ${cell.counts.match} matched, ${cell.counts.diverged} diverged, ${cell.counts.failed} failed</p>`);
  return parts.join('');
}

function cellRow(report: Report, cell: ReportCell, id: string, options: HtmlOptions): string {
  const verdict = verdictOf(cell);
  const command = rerunCellCommand(report, cell);
  const replay = replayCommand(cell);
  const label = `${cell.source} → ${cell.target}, ${cell.type}`;
  const commands = [
    `<code id="cmd-${id}">${h(command)}</code> <button type="button" class="copy" data-for="cmd-${id}" aria-label="Copy the rerun command of ${h(label)}">Copy</button>`,
    replay
      ? `<code id="replay-${id}">${h(replay)}</code> <button type="button" class="copy" data-for="replay-${id}" aria-label="Copy the replay command of ${h(label)}">Copy</button>`
      : '',
  ];
  return `<tr id="${id}" class="cell" data-verdict="${verdict}" data-source="${h(cell.source)}" data-target="${h(cell.target)}" data-method="${h(cell.method)}" data-type="${h(cell.type)}">
<th scope="row"><a class="perma" href="#${id}" title="Permalink to this cell">${h(cell.source)} → ${h(cell.target)} <span class="type">${h(cell.type)}</span></a></th>
<td>${chip(verdict, LABEL[verdict])}</td><td class="why">${why(cell)}</td><td>${cellLinks(report, cell, options)}</td><td class="cmd">${commands.join('<br>')}</td></tr>`;
}

function cellSections(report: Report, ids: Map<ReportCell, string>, options: HtmlOptions): string {
  return methodsOf(report)
    .map((m) => {
      const cells = report.cells.filter((c) => c.method === m);
      const grey = cells.every((c) => c.status === 'unsupported');
      const counts = VERDICTS.map((v) => [v, cells.filter((c) => verdictOf(c) === v).length] as const)
        .filter(([, n]) => n > 0)
        .map(([v, n]) => `${n} ${LABEL[v]}`)
        .join(', ');
      const table = `<table class="cells"><caption class="sr">Cells backed up by ${h(m)}</caption>
<thead><tr><th scope="col">cell</th><th scope="col">outcome</th><th scope="col">why</th><th scope="col">links</th><th scope="col">run again</th></tr></thead>
<tbody>${cells.map((c) => cellRow(report, c, ids.get(c) as string, options)).join('\n')}</tbody></table>`;
      return `<section class="method" data-method="${h(m)}" aria-labelledby="m-${h(m)}">
<h3 id="m-${h(m)}">${h(m)} <span class="muted">— ${h(METHOD_DESCRIPTIONS[m])}</span></h3>
<details${grey ? '' : ' open'}><summary>${grey ? `Unsupported for every pair: ${cells.length} cells` : `${cells.length} cells: ${counts}`}</summary>
${table}</details></section>`;
    })
    .join('\n');
}

function filters(report: Report): string {
  const statuses = VERDICTS.map(
    (v) => `<label><input type="checkbox" name="verdict" value="${v}"${v === 'unsupported' ? '' : ' checked'}> ${chip(v, LABEL[v])}</label>`,
  ).join(' ');
  const select = (name: string, label: string, values: readonly string[]) =>
    `<label>${label} <select name="${name}"><option value="">any</option>${values.map((v) => `<option value="${h(v)}">${h(v)}</option>`).join('')}</select></label>`;
  const clients = report.clients.map((c) => c.id);
  return `<form id="filters" class="filters" aria-label="Filter the cells">
<fieldset><legend>Outcome</legend>${statuses}</fieldset>
<fieldset><legend>Which cells</legend>${select('client', 'client (source or target)', clients)} ${select('method', 'method', methodsOf(report))} ${select('type', 'key type', KEY_TYPES)}
<button type="reset">Reset</button></fieldset></form>
<p id="shown" role="status">Showing all ${report.cells.length} cells (unsupported cells are hidden while the script runs: tick “unsupported” to show them).</p>`;
}

function facts(report: Report): string {
  const rows = runFacts(report).map((f) => `<div><dt>${h(f.label)}</dt><dd>${f.href ? `<a href="${h(f.href)}">${h(f.value)}</a>` : h(f.value)}</dd></div>`);
  return `<dl class="facts">${rows.join('')}</dl>`;
}

function clientsTable(report: Report): string {
  const rows = report.clients.map(
    (c) =>
      `<tr><th scope="row">${h(c.id)}</th><td>${h(c.realm)}</td><td>${
        Object.entries(c.packages)
          .map(([n, v]) => `<code>${h(n)}@${h(v)}</code>`)
          .join(' ') || h(c.version)
      }</td></tr>`,
  );
  return `<details><summary>Client profiles and their exact package versions</summary><table class="clients"><thead><tr><th scope="col">client</th><th scope="col">realm</th><th scope="col">packages</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

function interruption(report: Report): string {
  if (!report.interruption) return '';
  const list = report.interruption.inFlight.map((id) => `<li><code>${h(id)}</code></li>`).join('');
  return `<p>The run was interrupted (${h(report.interruption.signal)}). These cells were running and are not reported:</p><ul>${list}</ul>`;
}

/**
 * A self-contained HTML page for the question users ask, "can I move my account from X to Y,
 * and how": the verdict and the run's metadata, an overview source x target grid, then every
 * cell with filters, permalinks, upstream links and a copyable rerun command. Status is always
 * a symbol and a word, never colour alone; everything is reachable by keyboard; every string
 * from the report is escaped (a merged report.json is input, not trusted markup).
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const ids = anchors(report.cells);
  const verdict = headline(report);
  const s = report.summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interop matrix — ${h(verdict.red ? 'red' : 'green')} — seed ${h(report.seed)}</title><style>${HTML_STYLE}</style></head>
<body>
<header>
<h1>Will a Polkadot account backed up in one client restore to the same address in another?</h1>
<p class="verdict ${verdict.red ? 'red' : 'green'}"><span aria-hidden="true">${verdict.red ? '✗' : '✓'}</span> ${h(verdict.text)}</p>
${interruption(report)}
<p class="counts">${s.total} cells: ${VERDICTS.map((v) => chip(v, `${v === 'stopped' ? s.stoppedDiverging : v === 'known-divergence' ? s[v] - s.stoppedDiverging : s[v]} ${LABEL[v]}`)).join(' ')}</p>
<h2>About this run</h2>
${facts(report)}
<p>Run it again: <code id="rerun-all">${h(rerunCommand(report))}</code> <button type="button" class="copy" data-for="rerun-all">Copy command</button></p>
${clientsTable(report)}
</header>
<main>
<section aria-labelledby="overview-title">
<h2 id="overview-title">Overview: can I move an account from one client to another, and how?</h2>
<p>${KEY_TYPES.filter((t) => report.cells.some((c) => c.type === t)).join(', ')} accounts; ${chip('pass', 'pass')} the account came back with the same key, ${chip('fail', 'fail')} it came back different or was refused, ${chip('known-divergence', 'known divergence')} documented upstream, ${chip('error', 'error')} a client or the harness broke. Methods no client pair can use are listed as unsupported.</p>
${overview(report, ids)}
</section>
<section aria-labelledby="cells-title">
<h2 id="cells-title">Every cell</h2>
${filters(report)}
${cellSections(report, ids, options)}
</section>
</main>
<p id="copied" class="sr" role="status"></p>
<script>${HTML_SCRIPT}</script>
</body></html>
`;
}
