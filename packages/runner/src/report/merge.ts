import { ReportInputError, readReport } from './read-report.js';
import { type Interruption, REPORT_SCHEMA, type Report, type ReportCell, summarise } from './report-json.js';

interface ShardLabel {
  readonly index: number;
  readonly count: number;
  readonly from: string;
}

function shardsOf(report: Report, from: string): ShardLabel[] {
  // An unsharded run is the one shard of itself.
  const labels = report.shards.length ? report.shards : ['1/1'];
  return labels.map((label) => {
    const [index, count] = label.split('/').map(Number) as [number, number];
    if (index > count) throw new ReportInputError(`${from}: shard ${label} does not exist (i must be at most n)`);
    return { index, count, from };
  });
}

/** The order an unsharded run reports in: source, method, key type, target, as planned. */
function inPlanOrder(cells: ReportCell[], report: Report): ReportCell[] {
  const p = report.plan;
  const rank = (list: readonly string[], value: string) => {
    const i = list.indexOf(value);
    return i === -1 ? list.length : i;
  };
  const key = (c: ReportCell) => [rank(p.sources, c.source), rank(p.methods, c.method), rank(p.types, c.type), rank(p.targets, c.target)];
  return cells.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

function one<T>(values: readonly { value: T; from: string }[], what: string, show: (v: T) => string = String): T {
  const first = values[0] as { value: T; from: string };
  const other = values.find((v) => show(v.value) !== show(first.value));
  if (other)
    throw new ReportInputError(
      `the reports are not shards of one run: ${what} is ${show(first.value)} in ${first.from} but ${show(other.value)} in ${other.from}`,
    );
  return first.value;
}

/**
 * Joins the shard reports of one run. Refuses (ReportInputError, exit 2) anything that would
 * make the merged report say more than was run: an input that does not match the schema,
 * shards of another seed, plan, runs or commit, a shard given twice, a shard missing, a cell
 * in two shards. An interrupted shard is merged and makes the result incomplete (red).
 */
export function mergeReports(paths: readonly string[]): Report {
  if (paths.length === 0) throw new ReportInputError('nothing to merge: give the report directory of every shard');
  const inputs = paths.map((path) => ({ path, report: readReport(path) }));
  const values = <T>(pick: (r: Report) => T) => inputs.map((i) => ({ value: pick(i.report), from: i.path }));
  const seed = one(
    values((r) => r.seed),
    'the seed',
  );
  const runs = one(
    values((r) => r.runs),
    'runs per cell',
  );
  one(
    values((r) => r.plan.fingerprint),
    'the plan fingerprint',
  );
  one(
    values((r) => r.meta.tool.version),
    'the tool version',
  );
  const commits = inputs.filter((i) => i.report.meta.git).map((i) => ({ value: i.report.meta.git?.commit, from: i.path }));
  if (commits.length) one(commits, 'the git commit');

  const shards = inputs.flatMap((i) => shardsOf(i.report, i.path));
  const count = one(
    shards.map((s) => ({ value: s.count, from: s.from })),
    'the shard count n',
  );
  const seen = new Map<number, string>();
  for (const s of shards) {
    const earlier = seen.get(s.index);
    if (earlier !== undefined) throw new ReportInputError(`shard ${s.index}/${count} is given twice (${earlier} and ${s.from})`);
    seen.set(s.index, s.from);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw new ReportInputError(
      `shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing: a merge of ${seen.size} of ${count} shards is not the run (did a shard job fail before writing its report?)`,
    );

  const cells = new Map<string, { cell: ReportCell; from: string }>();
  for (const { path, report } of inputs)
    for (const cell of report.cells) {
      const earlier = cells.get(cell.id);
      if (earlier) throw new ReportInputError(`cell ${cell.id.slice(0, 300)} is in two reports (${earlier.from} and ${path})`);
      cells.set(cell.id, { cell, from: path });
    }
  const order = [...inputs].sort((a, b) => (shardsOf(a.report, a.path)[0]?.index ?? 0) - (shardsOf(b.report, b.path)[0]?.index ?? 0));
  const first = order[0]?.report as Report;
  const merged = inPlanOrder(
    [...cells.values()].map((c) => c.cell),
    first,
  );
  const interrupted = inputs.filter((i) => i.report.interruption);
  const allComplete = inputs.every((i) => i.report.complete);
  if (allComplete && merged.length !== first.plan.cells)
    throw new ReportInputError(`the shards say they are complete but hold ${merged.length} cells of a plan of ${first.plan.cells}`);
  const interruption: Interruption | undefined = interrupted.length
    ? {
        signal: [...new Set(interrupted.map((i) => i.report.interruption?.signal))].join(', '),
        inFlight: interrupted.flatMap((i) => i.report.interruption?.inFlight ?? []),
      }
    : undefined;
  const startedAt = inputs.map((i) => i.report.meta.startedAt).sort()[0] as string;
  return {
    schema: REPORT_SCHEMA,
    seed,
    runs,
    shards: order.flatMap((i) => (i.report.shards.length ? i.report.shards : ['1/1'])).filter((s) => s !== '1/1'),
    plan: first.plan,
    meta: { ...first.meta, startedAt },
    complete: allComplete,
    ...(interruption ? { interruption } : {}),
    clients: first.clients,
    durationMs: Math.max(...inputs.map((i) => i.report.durationMs)),
    summary: summarise(merged),
    cells: merged,
  };
}
