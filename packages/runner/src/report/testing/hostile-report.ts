import { type Report, summarise } from '../report-json.js';
import { TEST_META } from './test-report.js';

/** Text built to break out of every output format: HTML, XML, Markdown, a terminal, a shell and GitHub's workflow commands. */
export const HOSTILE =
  '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">' +
  '" onmouseover="window.__pwned=3" \' ` ``` | | ]]> <!-- &amp; \u001b[2J\u001b]0;title\u0007 \r\n::error::forged\n' +
  '# heading [link](javascript:alert(1)) \uFFFE\uFFFF\uD800 \u202Eevil $(touch /tmp/pwned) ;rm -rf ~';

/**
 * A report as a tampered shard's report.json could hold it: the hostile text in the seed (which
 * the schema refuses, so only a hand-made object reaches the renderers), ids, reasons and links.
 */
export function hostileReport(): Report {
  const cell = {
    id: `fake-a@1 --raw-seed--> fake-b@1 [sr25519] ${HOSTILE}`,
    source: `fake-a@1${HOSTILE}`,
    method: 'raw-seed',
    target: 'fake-b@1',
    type: 'sr25519',
    runs: 1,
    counts: { match: 0, diverged: 0, failed: 1 },
    durationMs: 1,
  } as const;
  const cells = [
    {
      ...cell,
      status: 'fail',
      reason: HOSTILE,
      expected: HOSTILE,
      actual: HOSTILE,
      counterexample: { spec: {} as never, expected: 'x', actual: 'y', seed: 1, file: HOSTILE },
    },
    { ...cell, id: `${cell.id} 2`, status: 'error', reason: HOSTILE, code: HOSTILE, message: HOSTILE },
    {
      ...cell,
      id: `${cell.id} 3`,
      status: 'known-divergence',
      reason: HOSTILE,
      link: `javascript:alert(1) ${HOSTILE}`,
      scenario: HOSTILE,
      stillDiverges: false,
    },
    { ...cell, id: `${cell.id} 4`, status: 'unsupported', reason: HOSTILE, link: HOSTILE },
  ] as unknown as Report['cells'];
  return {
    schema: 'interop-report/v2',
    seed: HOSTILE as unknown as number,
    runs: 1,
    shards: [HOSTILE],
    plan: { fingerprint: HOSTILE, cells: 4, sources: [HOSTILE], targets: [HOSTILE], methods: ['raw-seed'], types: ['sr25519'] },
    meta: {
      ...TEST_META,
      tool: { name: HOSTILE, version: HOSTILE },
      git: { commit: HOSTILE, dirty: true },
      repository: `javascript:alert(1)//${HOSTILE}`,
      startedAt: HOSTILE,
      chromium: HOSTILE,
    },
    complete: false,
    interruption: { signal: HOSTILE, inFlight: [HOSTILE] },
    clients: [{ id: HOSTILE, client: HOSTILE, version: HOSTILE, realm: HOSTILE, packages: { [HOSTILE]: HOSTILE } }],
    durationMs: 1,
    summary: summarise(cells),
    cells,
  };
}
