import { escapeXml } from './escape-xml.js';
import { isRed, type Report, type ReportCell } from './report-json.js';
import { rerunCellCommand } from './rerun-command.js';
import { runFacts } from './run-facts.js';

export interface JunitOptions {
  /** Leave unsupported cells out (CI dashboards that list every skip drown in them). */
  readonly omitUnsupported?: boolean;
}

function detail(report: Report, cell: ReportCell): string {
  const lines = [
    cell.reason,
    cell.expected !== undefined ? `expected: ${cell.expected}` : undefined,
    cell.actual !== undefined ? `actual: ${cell.actual}` : undefined,
    cell.code !== undefined ? `code: ${cell.code}` : undefined,
    cell.message !== undefined ? `message: ${cell.message}` : undefined,
    cell.link !== undefined ? `upstream: ${cell.link}` : undefined,
    cell.scenario !== undefined ? `scenario: ${cell.scenario}` : undefined,
    cell.counterexample?.file !== undefined ? `counterexample: ${cell.counterexample.file}` : undefined,
    `rerun: ${rerunCellCommand(report, cell)}`,
  ];
  return escapeXml(lines.filter((l) => l !== undefined).join('\n'));
}

function body(report: Report, cell: ReportCell): string {
  switch (cell.status) {
    case 'pass':
      return '';
    case 'fail':
      return `<failure message="${escapeXml(cell.reason ?? 'mismatch')}" type="fail">${detail(report, cell)}</failure>`;
    case 'error':
      return `<error message="${escapeXml(cell.message ?? cell.reason ?? '')}" type="${escapeXml(cell.code ?? 'E_INTERNAL')}">${detail(report, cell)}</error>`;
    case 'unsupported':
      return `<skipped message="unsupported: ${escapeXml(cell.reason ?? '')}"/>`;
    case 'known-divergence':
      return cell.stillDiverges === false
        ? `<failure message="known divergence stopped diverging: update the table" type="divergence-stopped">${detail(report, cell)}</failure>`
        : `<skipped message="known divergence: ${escapeXml(cell.reason ?? '')} (${escapeXml(cell.link ?? '')})"/>`;
  }
}

function properties(report: Report): string {
  const props: [string, string][] = runFacts(report).map((f) => [f.label, f.value]);
  props.push(['complete', String(report.complete)]);
  if (report.interruption) props.push(['interrupted by', report.interruption.signal]);
  for (const c of report.clients)
    props.push([
      `client ${c.id}`,
      Object.entries(c.packages)
        .map(([name, version]) => `${name}@${version}`)
        .join(' ') || c.version,
    ]);
  return props.map(([name, value]) => `      <property name="${escapeXml(name)}" value="${escapeXml(value)}"/>`).join('\n');
}

/**
 * JUnit XML: one test case per cell; unsupported cells and known divergences are skipped with
 * their reason, never passed; the seed and the run's metadata are properties of the suite.
 * Every string from the report is escaped, and characters XML cannot hold are removed.
 */
export function renderJunit(report: Report, options: JunitOptions = {}): string {
  const cells = options.omitUnsupported ? report.cells.filter((c) => c.status !== 'unsupported') : report.cells;
  const failures = cells.filter((c) => isRed(c) && c.status !== 'error').length;
  const errors = cells.filter((c) => c.status === 'error').length + (report.complete ? 0 : 1);
  const skipped = cells.filter((c) => c.status === 'unsupported' || (c.status === 'known-divergence' && c.stillDiverges !== false)).length;
  const tests = cells.length + (report.complete ? 0 : 1);
  const cases = cells.map(
    (c) =>
      `    <testcase classname="${escapeXml(`interop.${c.method}.${c.type}`)}" name="${escapeXml(c.id)}" time="${(c.durationMs / 1000).toFixed(3)}">${body(report, c)}</testcase>`,
  );
  if (!report.complete)
    cases.push(
      `    <testcase classname="interop.run" name="the run is complete" time="0.000"><error message="incomplete run: ${escapeXml(`${report.cells.length} of ${report.plan.cells} planned cells reported`)}" type="incomplete">${escapeXml(
        report.interruption ? `interrupted (${report.interruption.signal}); running then: ${report.interruption.inFlight.join(', ')}` : 'cells missing',
      )}</error></testcase>`,
    );
  const time = (report.durationMs / 1000).toFixed(3);
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${time}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="interop matrix" ${counts}>
  <testsuite name="interop matrix" ${counts} timestamp="${escapeXml(report.meta.startedAt)}">
    <properties>
${properties(report)}
    </properties>
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}
