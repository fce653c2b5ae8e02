/**
 * The report page's style. Colours only add to the symbol and word every status carries; each
 * text colour keeps at least 4.5:1 contrast on its background (axe-core checks it).
 */
export const HTML_STYLE = `
:root{color-scheme:light}
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;padding:16px 24px;max-width:1500px;color:#1a1a1a;background:#fff}
h1{font-size:22px;margin:8px 0} h2{font-size:18px;margin:28px 0 8px} h3{font-size:16px;margin:20px 0 4px}
a{color:#1d4ed8} a:visited{color:#5b21b6}
a:focus-visible,button:focus-visible,summary:focus-visible,select:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
code{font:13px ui-monospace,monospace;background:#f3f4f6;padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
.muted{color:#4b5563}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.verdict{font-size:18px;font-weight:600;padding:10px 14px;border-radius:6px;border:2px solid}
.verdict.red{background:#fdecec;color:#8b1111;border-color:#b42318}
.verdict.green{background:#e7f5ea;color:#0b5a1d;border-color:#1f7a35}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:4px 16px;margin:0}
.facts div{display:flex;gap:8px} .facts dt{font-weight:600;min-width:100px} .facts dd{margin:0;overflow-wrap:anywhere}
.chip{display:inline-block;padding:0 6px;border-radius:4px;border:1px solid;white-space:nowrap;text-decoration:none;font-size:13px;line-height:20px}
a.chip:hover{text-decoration:underline}
.v-pass{background:#e7f5ea;color:#0b5a1d;border-color:#1f7a35}
.v-fail{background:#fdecec;color:#8b1111;border-color:#b42318}
.v-error{background:#f3e8ff;color:#5b1a8f;border-color:#7e3bb5}
.v-known-divergence{background:#fff3e0;color:#7a3d00;border-color:#b45309}
.v-stopped{background:#e6efff;color:#173e8f;border-color:#1d4ed8}
.v-unsupported{background:#f3f4f6;color:#374151;border-color:#9ca3af}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:8px 0}
th,td{border:1px solid #d1d5db;padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#f3f4f6}
.overview td{min-width:180px} .overview ul{list-style:none;margin:0;padding:0} .overview li{margin:2px 0}
.overview .method{font-weight:600;margin-right:4px}
.pair-fail,.pair-error,.pair-stopped{box-shadow:inset 4px 0 0 #b42318}
.pair-pass{box-shadow:inset 4px 0 0 #1f7a35}
.pair-known-divergence{box-shadow:inset 4px 0 0 #b45309}
.none{margin:0}
.filters fieldset{display:inline-block;border:1px solid #d1d5db;border-radius:6px;margin:4px 8px 4px 0;padding:6px 10px}
.filters label{margin-right:10px;white-space:nowrap}
.cells{width:100%} .cells .why p{margin:0 0 2px} .cells .cmd code{display:inline-block;max-width:520px}
.cells tr:target{outline:3px solid #1d4ed8}
.perma{font-weight:600} .type{font-weight:400;color:#374151}
.method details>summary{cursor:pointer;padding:4px 0}
button{font:inherit;font-size:13px;padding:1px 8px}
`;
