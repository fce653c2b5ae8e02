/**
 * The report page's script: filters (outcome, client, method, key type), permalinks that
 * reveal a filtered-out cell, and copy buttons. The page reads fine without it.
 */
export const HTML_SCRIPT = `
(() => {
  const form = document.getElementById('filters');
  const rows = [...document.querySelectorAll('tr.cell')];
  const sections = [...document.querySelectorAll('section.method')];
  const shown = document.getElementById('shown');
  function apply() {
    const verdicts = new Set([...form.querySelectorAll('input[name=verdict]:checked')].map((i) => i.value));
    const client = form.elements.client.value;
    const method = form.elements.method.value;
    const type = form.elements.type.value;
    let n = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible = verdicts.has(d.verdict) && (!client || d.source === client || d.target === client) && (!method || d.method === method) && (!type || d.type === type);
      row.hidden = !visible;
      if (visible) n++;
    }
    for (const section of sections) section.hidden = !section.querySelector('tr.cell:not([hidden])');
    const hiddenUnsupported = verdicts.has('unsupported') ? '' : ' Unsupported cells are hidden: tick “unsupported” to show them.';
    shown.textContent = 'Showing ' + n + ' of ' + rows.length + ' cells.' + hiddenUnsupported;
  }
  function reveal() {
    const id = decodeURIComponent(location.hash.slice(1));
    const row = id ? document.getElementById(id) : null;
    if (!row || !row.classList.contains('cell')) return;
    if (row.hidden) {
      const box = form.querySelector('input[name=verdict][value="' + row.dataset.verdict + '"]');
      if (box) box.checked = true;
      for (const name of ['client', 'method', 'type']) form.elements[name].value = '';
      apply();
    }
    const details = row.closest('details');
    if (details) details.open = true;
    row.scrollIntoView({ block: 'center' });
    row.querySelector('a.perma').focus({ preventScroll: true });
  }
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => requestAnimationFrame(apply));
  window.addEventListener('hashchange', reveal);
  const status = document.getElementById('copied');
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button.copy');
    if (!button) return;
    const code = document.getElementById(button.dataset.for);
    const text = code.textContent;
    const done = () => { status.textContent = 'Copied: ' + text; };
    const select = () => {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = 'Selected: press Ctrl+C to copy.';
    };
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, select);
    else select();
  });
  apply();
  reveal();
})();
`;
