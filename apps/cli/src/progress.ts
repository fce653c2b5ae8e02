import { type CellResult, cellId, escapeTerminal, type PlannedCell } from '@interop/runner';

export interface ProgressOptions {
  /** Runnable cells of this run (unsupported cells are settled from the tables at once and not counted). */
  readonly total: number;
  readonly write: (line: string) => void;
  /** A heartbeat line when nothing was printed for this long while cells run. */
  readonly heartbeatMs?: number;
  readonly now?: () => number;
  /**
   * Predicted cost of each runnable cell by cellId (runner's cost-model.ts). The run takes the
   * expensive groups first, so counting cells would promise too much time at the start and too
   * little at the end; the time left is weighed by this. Without it every cell weighs the same.
   */
  readonly costs?: ReadonlyMap<string, number>;
  /**
   * Cells that run at once (the run's concurrency). With it and `costs` (which the cost model
   * states in seconds of one lane), the time left is the predicted work still to do at the speed
   * measured so far, less what the running cells have spent, over the lanes: at the start, when
   * the first cells are still running, extrapolating elapsed time over the few cells done said
   * "5 hours left" of a 35-minute run.
   */
  readonly lanes?: number;
}

/**
 * Predicted seconds of settled work after which the measured speed weighs as much as the cost
 * model's own (1 measured second per predicted second): the first cells say little about the run.
 */
const PRIOR_WORK_S = 120;

const WORD: Readonly<Record<string, string>> = {
  pass: 'pass',
  fail: 'FAIL',
  error: 'ERROR',
  unsupported: 'unsupported',
  'known-divergence': 'known divergence',
};

/** `m:ss`, or `h:mm:ss` from an hour on. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * Progress of a matrix run over its runnable cells: one line per settled cell with elapsed time
 * and an estimate of the time left, and a heartbeat naming the cells still running when a slow
 * cell keeps the run quiet.
 */
export class MatrixProgress {
  readonly #options: ProgressOptions;
  readonly #now: () => number;
  readonly #started: number;
  readonly #running = new Map<string, number>();
  #done = 0;
  #doneCost = 0;
  #doneSeconds = 0;
  readonly #totalCost: number;
  #lastLine: number;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: ProgressOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#started = this.#now();
    this.#lastLine = this.#started;
    this.#totalCost = [...(options.costs?.values() ?? [])].reduce((sum, c) => sum + c, 0);
  }

  /** Cells running now, longest first. */
  get running(): string[] {
    return [...this.#running.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  }

  get done(): number {
    return this.#done;
  }

  start(cell: PlannedCell): void {
    this.#running.set(cellId(cell), this.#now());
  }

  settle(result: CellResult, note = ''): void {
    this.#running.delete(cellId(result));
    if (result.outcome.status === 'unsupported' && result.runs === 0) return;
    this.#done++;
    this.#doneCost += this.#options.costs?.get(cellId(result)) ?? 0;
    this.#doneSeconds += result.durationMs / 1000;
    const total = this.#options.total;
    const width = String(total).length;
    this.#line(
      `[${String(this.#done).padStart(width)}/${total}] ${(WORD[result.outcome.status] ?? result.outcome.status).padEnd(16)} ${escapeTerminal(cellId(result))}  ${result.runs} run(s) ${(result.durationMs / 1000).toFixed(1)} s — ${this.#timing()}${note}`,
    );
  }

  heartbeat(): void {
    if (this.#running.size === 0) return;
    const now = this.#now();
    const running = this.running.map((id) => `${escapeTerminal(id)} (${clock(now - (this.#running.get(id) ?? now))})`);
    this.#line(`… ${this.#done}/${this.#options.total} done — ${this.#timing()}; running: ${running.join(', ')}`);
  }

  /** Heartbeats while cells run; the timer never keeps the process alive. */
  startHeartbeat(): void {
    const every = this.#options.heartbeatMs ?? 30_000;
    this.#timer = setInterval(
      () => {
        if (this.#now() - this.#lastLine >= every) this.heartbeat();
      },
      Math.min(every, 5_000),
    );
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #timing(): string {
    const elapsed = this.#now() - this.#started;
    const left = this.#options.total - this.#done;
    if (this.#done === 0) return `${clock(elapsed)} elapsed`;
    if (left === 0) return `${clock(elapsed)} elapsed, done`;
    const lanes = this.#options.lanes;
    if (this.#totalCost > 0 && lanes !== undefined && lanes > 0) {
      const now = this.#now();
      const speed = (this.#doneSeconds + PRIOR_WORK_S) / (this.#doneCost + PRIOR_WORK_S);
      let spent = 0;
      for (const since of this.#running.values()) spent += (now - since) / 1000;
      const leftS = Math.max(0, (this.#totalCost - this.#doneCost) * speed - spent) / lanes;
      return `${clock(elapsed)} elapsed, about ${clock(leftS * 1000)} left`;
    }
    const byCost = this.#totalCost > 0 && this.#doneCost > 0;
    const share = byCost ? (this.#totalCost - this.#doneCost) / this.#doneCost : left / this.#done;
    return `${clock(elapsed)} elapsed, about ${clock(elapsed * Math.max(0, share))} left`;
  }

  #line(text: string): void {
    this.#lastLine = this.#now();
    this.#options.write(text);
  }
}
