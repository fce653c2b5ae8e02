import { KEY_TYPES, METHODS } from '@interop/core';
import type { Report } from './report-json.js';

/** Embeds JSON in a <script> safely: no `</script>` or `<!--` can appear. */
function embed(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const STYLE = `
body{font:14px system-ui,sans-serif;margin:24px;color:#222}
h1{font-size:20px} h2{font-size:16px;margin-top:28px}
table.grid{border-collapse:collapse;margin:8px 0}
.grid th,.grid td{border:1px solid #ccc;padding:4px 6px;text-align:center}
.grid th{background:#f4f4f4;font-weight:600}
.sq{display:inline-block;width:22px;height:22px;margin:1px;border-radius:3px;cursor:pointer;font-size:10px;line-height:22px;color:#fff}
.pass{background:#2e7d32}.fail{background:#c62828}.error{background:#6a1b9a}.unsupported{background:#bdbdbd;color:#333}
.known-divergence{background:#ef6c00}.stopped{background:#1565c0}
#details{position:sticky;top:0;background:#fffbe6;border:1px solid #e0c96b;padding:10px;min-height:40px;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px}
.legend span{margin-right:12px}
`;

const SCRIPT = `
const report = JSON.parse(document.getElementById('data').textContent);
const types = ${JSON.stringify(KEY_TYPES)};
const methods = ${JSON.stringify(METHODS)}.filter(m => report.cells.some(c => c.method === m));
const sources = [...new Set(report.cells.map(c => c.source))];
const targets = [...new Set(report.cells.map(c => c.target))];
const key = (s, m, t, ty) => s + '|' + m + '|' + t + '|' + ty;
const index = new Map(report.cells.map(c => [key(c.source, c.method, c.target, c.type), c]));
const el = (tag, attrs = {}, ...kids) => { const e = document.createElement(tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); for (const k of kids) e.append(k); return e; };
const details = document.getElementById('details');
function show(c) {
  const lines = ['cell: ' + c.id, 'status: ' + c.status + (c.stillDiverges === false ? ' (stopped diverging)' : '')];
  for (const f of ['reason', 'link', 'scenario', 'expected', 'actual', 'code', 'message']) if (c[f] !== undefined) lines.push(f + ': ' + c[f]);
  lines.push('runs: ' + c.runs + '  (match ' + c.counts.match + ', diverged ' + c.counts.diverged + ', failed ' + c.counts.failed + ')');
  if (c.counterexample) lines.push('counterexample: ' + JSON.stringify(c.counterexample.spec) + (c.counterexample.file ? '\\nfile: ' + c.counterexample.file : ''));
  details.textContent = lines.join('\\n');
}
const root = document.getElementById('grids');
for (const m of methods) {
  root.append(el('h2', {}, m));
  const head = el('tr', {}, el('th', {}, 'source \\\\ target'), ...targets.map(t => el('th', {}, t)));
  const table = el('table', { class: 'grid', 'data-method': m }, head);
  for (const s of sources) {
    const row = el('tr', {}, el('th', {}, s));
    for (const t of targets) {
      const td = el('td');
      for (const ty of types) {
        const c = index.get(key(s, m, t, ty));
        if (!c) continue;
        const cls = c.status === 'known-divergence' && c.stillDiverges === false ? 'stopped' : c.status;
        const sq = el('span', { class: 'sq ' + cls, title: ty + ': ' + c.status, 'data-cell': c.id, 'data-status': c.status }, ty.slice(0, 2));
        sq.addEventListener('click', () => show(c));
        td.append(sq);
      }
      row.append(td);
    }
    table.append(row);
  }
  root.append(table);
}
`;

/** A self-contained HTML page: the source x target grid per method, a square per key type coloured by outcome, details on click. */
export function renderHtml(report: Report): string {
  const s = report.summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Interop matrix — seed ${report.seed}</title><style>${STYLE}</style></head>
<body>
<h1>Backup/restore interop matrix</h1>
<p>Seed <code>${report.seed}</code>, ${report.runs} run(s) per cell. ${s.total} cells: ${s.pass} pass, ${s.fail} fail, ${s.error} error, ${s['known-divergence']} known divergence, ${s.unsupported} unsupported.</p>
<p class="legend"><span class="sq pass"></span>pass <span class="sq fail"></span>fail <span class="sq error"></span>error <span class="sq known-divergence"></span>known divergence <span class="sq stopped"></span>divergence stopped <span class="sq unsupported"></span>unsupported — squares are ${KEY_TYPES.join(', ')}; click one for details.</p>
<div id="details">Click a square.</div>
<div id="grids"></div>
<script type="application/json" id="data">${embed(report)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
