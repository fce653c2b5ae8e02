import type { Report, ReportCell } from './report-json.js';

function esc(text: string): string {
  return text
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function body(cell: ReportCell): string {
  const detail = esc(
    [cell.reason, cell.expected && `expected: ${cell.expected}`, cell.actual && `actual: ${cell.actual}`, cell.link].filter(Boolean).join('\n'),
  );
  switch (cell.status) {
    case 'pass':
      return '';
    case 'fail':
      return `<failure message="${esc(cell.reason ?? 'mismatch')}">${detail}</failure>`;
    case 'error':
      return `<error type="${esc(cell.code ?? 'E_INTERNAL')}" message="${esc(cell.message ?? '')}">${detail}</error>`;
    case 'unsupported':
      return `<skipped message="unsupported: ${esc(cell.reason ?? '')}"/>`;
    case 'known-divergence':
      return cell.stillDiverges === false
        ? `<failure message="known divergence stopped diverging: update the table">${detail}</failure>`
        : `<skipped message="known divergence: ${esc(cell.reason ?? '')} (${esc(cell.link ?? '')})"/>`;
  }
}

/** JUnit XML: one test case per cell; unsupported and known divergences are skipped with their reason, never passed. */
export function renderJunit(report: Report): string {
  const failures = report.cells.filter((c) => c.status === 'fail' || (c.status === 'known-divergence' && c.stillDiverges === false)).length;
  const errors = report.cells.filter((c) => c.status === 'error').length;
  const skipped = report.cells.filter((c) => c.status === 'unsupported' || (c.status === 'known-divergence' && c.stillDiverges !== false)).length;
  const cases = report.cells
    .map(
      (c) => `    <testcase classname="${esc(`${c.method}.${c.type}`)}" name="${esc(c.id)}" time="${(c.durationMs / 1000).toFixed(3)}">${body(c)}</testcase>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="interop matrix" tests="${report.cells.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">
  <testsuite name="interop matrix (seed ${report.seed}, ${report.runs} runs)" tests="${report.cells.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">
${cases}
  </testsuite>
</testsuites>
`;
}
