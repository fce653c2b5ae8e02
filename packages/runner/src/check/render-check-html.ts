import { displayAddress, type Identity, networkByGenesis } from '@interop/core';
import { escapeHtml } from '../report/escape-html.js';
import type { CheckReport } from './check-report.js';
import { groupWarnings } from './group-warnings.js';
import type { DefaultAddress } from './phrase-addresses.js';
import { reachedHow } from './render-check-text.js';

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}code{font-size:.9em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
.ok{color:#0a5a12}.bad{color:#8a1010}.note{color:#555}`;

/** As the text report (render-check-text.ts show): the report's prefix, the path, and the network's own address. */
function identity(i: Identity, prefix: number): string {
  const network = i.type === 'ethereum' ? undefined : networkByGenesis(i.genesisHash);
  const shown =
    network && network.prefix !== prefix
      ? ` (<code>${escapeHtml(displayAddress(i.publicKey, i.type, network.prefix))}</code> on ${escapeHtml(network.name)})`
      : '';
  const kind = i.hasSecret ? ` ${escapeHtml(i.type)}` : ' (watch-only)';
  return `<code>${escapeHtml(displayAddress(i.publicKey, i.type, prefix))}</code>${kind}${i.path ? ` <code>${escapeHtml(i.path)}</code>` : ''}${shown}`;
}

function defaultKey(k: DefaultAddress, prefix: number): string {
  const at = displayAddress(k.publicKey, k.type, prefix);
  const there = k.address === at ? '' : ` (<code>${escapeHtml(k.address)}</code> on ${escapeHtml(k.network ?? 'its network')})`;
  return `<code>${escapeHtml(at)}</code> ${escapeHtml(k.type)} ${escapeHtml(k.path || '(root)')}${there}`;
}

function link(url: string): string {
  const href = /^https:\/\/[^\s"'<>]+$/.exec(url.split(' ')[0] ?? '')?.[0];
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

/**
 * One self-contained page (no script, no outside resource): the file, every profile's answer,
 * the explanations and the verdict. It holds addresses and client messages, never a secret:
 * the check report it is made from carries none.
 */
export function renderCheckHtml(r: CheckReport): string {
  const rows = r.results
    .map((x) => {
      const what =
        x.status === 'restored'
          ? x.identities.map((i) => identity(i, r.prefix)).join('<br>')
          : x.status === 'unsupported'
            ? `<span class="note">cannot read it: ${escapeHtml(x.reason)}</span>`
            : `<span class="bad">${x.status === 'error' ? 'broke' : 'refused'}: ${escapeHtml(x.error.code)} ${escapeHtml(x.error.message)}</span>${x.error.shown ? `<br><span class="note">its page shows: “${escapeHtml(x.error.shown)}”</span>` : ''}`;
      const api =
        (x.status === 'restored' || x.status === 'refused') && x.apiOnly
          ? `<br><span class="note">${escapeHtml(reachedHow(x.network))}${x.note ? `: ${escapeHtml(x.note)}` : ''}</span>`
          : '';
      const diff = r.comparison.differences.find((d) => d.profile === x.profile);
      const why = diff
        ? diff.explainedBy.length === 0
          ? '<span class="bad">differs; no known divergence explains it</span>'
          : diff.explainedBy
              .map((e) => `${escapeHtml(e.claim)}<br>${e.sources.map(link).join('<br>')}<br><code>interop scenario ${escapeHtml(e.scenario)}</code>`)
              .join('<hr>')
        : '';
      return `<tr><th scope="row">${escapeHtml(x.profile)}</th><td>${what}${api}</td><td>${why}</td></tr>`;
    })
    .join('\n');
  const warnings = groupWarnings(r.warnings)
    .map((w) => `<li>${escapeHtml(w.profiles.join(', '))} will refuse it: ${escapeHtml(w.claim)} (${escapeHtml(w.divergence)})</li>`)
    .join('');
  const defaults = (r.phraseDefaults ?? [])
    .map((row) => `<tr><th scope="row">${escapeHtml(row.profiles.join(', '))}</th><td>${row.keys.map((k) => defaultKey(k, r.prefix)).join('<br>')}</td></tr>`)
    .join('\n');
  const origins = r.expect
    ? r.expect.origins.length === 0
      ? '<p>Not found among the default paths, //0..//20, /0../20 and BIP44 indexes 0..20 of any client.</p>'
      : `<ul>${r.expect.origins.map((o) => `<li>${escapeHtml(o.type)} at <code>${escapeHtml(o.path || '(root)')}</code> under the rules of ${escapeHtml(o.profiles.join(', '))}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>interop check</title><style>${STYLE}</style></head>
<body><main>
<h1>Where this backup restores</h1>
<p>${escapeHtml(r.file.summary)}</p>
${r.claims.map((c) => `<p class="${c.matches ? 'ok' : 'bad'}">The claimed address <code>${escapeHtml(c.claimed)}</code> ${c.matches ? 'is the key restored from it' : `is not the key inside: it restores as <code>${escapeHtml(c.restored)}</code>`}.</p>`).join('')}
<p class="${r.comparison.agree ? 'ok' : 'bad'}"><strong>${r.comparison.agree ? '✓' : '✗'} ${escapeHtml(r.comparison.verdict)}</strong></p>
${warnings ? `<h2>Predicted before decrypting</h2><ul>${warnings}</ul>` : ''}
<h2>Each client</h2>
<table><thead><tr><th scope="col">profile</th><th scope="col">restores</th><th scope="col">why it differs</th></tr></thead><tbody>
${rows}
</tbody></table>
${defaults ? `<h2>What each client makes from this phrase by itself</h2><table><tbody>${defaults}</tbody></table>` : ''}
${r.expect ? `<h2>Where ${escapeHtml(r.expect.address)} comes from</h2>${origins}` : ''}
</main></body></html>
`;
}
