import { safeHref } from './escape-html.js';
import type { Report } from './report-json.js';

/** One line of a report's "about this run" block; every format renders the same list. */
export interface RunFact {
  readonly label: string;
  readonly value: string;
  /** A link for the value (http(s) only). */
  readonly href?: string;
}

/** The run's metadata as label/value pairs: date, versions, seed, plan. Values are report text: renderers escape them. */
export function runFacts(report: Report): RunFact[] {
  const m = report.meta;
  const facts: RunFact[] = [{ label: 'run started', value: m.startedAt }];
  facts.push({ label: 'tool', value: `${m.tool.name} ${m.tool.version}` });
  if (m.git) {
    const href = m.repository ? safeHref(`${m.repository}/commit/${m.git.commit}`) : undefined;
    facts.push({ label: 'commit', value: `${m.git.commit}${m.git.dirty ? ' (with local changes)' : ''}`, ...(href ? { href } : {}) });
  }
  facts.push({ label: 'Node', value: m.node });
  facts.push({ label: 'OS', value: `${m.os.platform} ${m.os.release} ${m.os.arch}` });
  if (m.chromium) facts.push({ label: 'Chromium', value: m.chromium });
  facts.push({ label: 'seed', value: String(report.seed) });
  facts.push({ label: 'runs per cell', value: String(report.runs) });
  facts.push({ label: 'shards', value: report.shards.length ? report.shards.join(', ') : 'none (one run)' });
  facts.push({ label: 'plan', value: `${report.plan.cells} cells, ${report.plan.fingerprint}` });
  facts.push({ label: 'duration', value: `${(report.durationMs / 1000).toFixed(1)} s` });
  return facts;
}

/** One line that says whether the run is red and why. */
export function headline(report: Report): { readonly red: boolean; readonly text: string } {
  const s = report.summary;
  const parts: string[] = [];
  if (s.fail) parts.push(`${s.fail} fail`);
  if (s.error) parts.push(`${s.error} error`);
  if (s.stoppedDiverging) parts.push(`${s.stoppedDiverging} divergence(s) stopped diverging`);
  if (!report.complete) {
    const why = report.interruption ? `interrupted (${report.interruption.signal})` : 'cells missing';
    parts.push(`INCOMPLETE: ${why}, ${report.cells.length} of ${report.plan.cells} planned cells reported`);
  }
  if (parts.length) return { red: true, text: `RED — ${parts.join('; ')}` };
  return {
    red: false,
    text: `GREEN — no cell failed (${s.pass} pass, ${s['known-divergence']} known divergence, ${s.unsupported} unsupported)`,
  };
}
