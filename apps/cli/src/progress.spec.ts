import { type CellResult, cellId, type PlannedCell } from '@interop/runner';
import { describe, expect, it } from 'vitest';
import { clock, MatrixProgress } from './progress.js';

const cell = (target: string): PlannedCell => ({ source: 'a@1', method: 'raw-seed', target, type: 'sr25519' });
const settled = (target: string, status: 'pass' | 'fail'): CellResult =>
  ({
    ...cell(target),
    outcome: status === 'pass' ? { status } : { status, expected: 'x', actual: 'y', reason: 'r' },
    runs: 3,
    counts: { match: 3, diverged: 0, failed: 0 },
    durationMs: 2_000,
  }) as CellResult;

describe('matrix progress (clock injected: no real time involved)', () => {
  it('counts runnable cells only, with elapsed time and the time left', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new MatrixProgress({ total: 4, write: (l) => lines.push(l), now: () => now });
    progress.settle({ ...settled('x@1', 'pass'), outcome: { status: 'unsupported', reason: 'no' }, runs: 0 });
    expect(lines).toEqual([]);
    progress.start(cell('b@1'));
    now = 60_000;
    progress.settle(settled('b@1', 'pass'));
    expect(lines.at(-1)).toBe('[1/4] pass             a@1 --raw-seed--> b@1 [sr25519]  3 run(s) 2.0 s — 1:00 elapsed, about 3:00 left');
    now = 120_000;
    progress.settle(settled('c@1', 'fail'), ' — why');
    expect(lines.at(-1)).toMatch(/^\[2\/4\] FAIL .* 2:00 elapsed, about 2:00 left — why$/);
  });

  it('weighs the time left by the predicted cost of the cells still to run, when it has them', () => {
    let now = 0;
    const lines: string[] = [];
    const costs = new Map([
      [cellId(cell('big@1')), 30],
      [cellId(cell('small@1')), 10],
      [cellId(cell('tiny@1')), 0],
    ]);
    const progress = new MatrixProgress({ total: 3, write: (l) => lines.push(l), now: () => now, costs });
    now = 90_000;
    progress.settle(settled('tiny@1', 'pass'));
    // Nothing of weight done yet: the count is all there is (90 s per cell, 2 cells left).
    expect(lines.at(-1)).toMatch(/1:30 elapsed, about 3:00 left$/);
    now = 120_000;
    progress.settle(settled('big@1', 'pass'));
    // 30 of 40 done in 2:00, so the last 10 take about 0:40 (counting cells would say 1:00).
    expect(lines.at(-1)).toMatch(/2:00 elapsed, about 0:40 left$/);
  });

  it('with the lanes, estimates the predicted work left at the measured speed, less what running cells spent, over the lanes', () => {
    let now = 0;
    const lines: string[] = [];
    const costs = new Map([
      [cellId(cell('big@1')), 300],
      [cellId(cell('small@1')), 100],
      [cellId(cell('tiny@1')), 0],
    ]);
    const progress = new MatrixProgress({ total: 3, write: (l) => lines.push(l), now: () => now, costs, lanes: 2 });
    progress.start(cell('big@1'));
    now = 10_000;
    progress.settle({ ...settled('tiny@1', 'pass'), durationMs: 10_000 });
    // Speed (10 + 120) / (0 + 120); 400 predicted seconds left, 10 of them spent by big@1, on 2 lanes:
    // (400 x 130 / 120 - 10) / 2 = 211.7 s. Extrapolating 0:10 over the one cell done would say 0:20.
    expect(lines.at(-1)).toMatch(/0:10 elapsed, about 3:32 left$/);
    now = 310_000;
    progress.settle({ ...settled('big@1', 'pass'), durationMs: 300_000 });
    // Speed (310 + 120) / (300 + 120); small@1 is not running yet: 100 x 430 / 420 / 2 = 51.2 s.
    expect(lines.at(-1)).toMatch(/5:10 elapsed, about 0:51 left$/);
  });

  it('a heartbeat names the cells still running and for how long', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new MatrixProgress({ total: 2, write: (l) => lines.push(l), now: () => now });
    progress.heartbeat();
    expect(lines).toEqual([]); // nothing running, nothing to say
    progress.start(cell('slow@1'));
    now = 10_000;
    progress.start(cell('\u001b[2Jevil@1'));
    now = 95_000;
    progress.heartbeat();
    expect(lines).toEqual([
      '… 0/2 done — 1:35 elapsed; running: a@1 --raw-seed--> slow@1 [sr25519] (1:35), a@1 --raw-seed--> \\u{1b}[2Jevil@1 [sr25519] (1:25)',
    ]);
    expect(progress.running).toEqual(['a@1 --raw-seed--> slow@1 [sr25519]', 'a@1 --raw-seed--> \u001b[2Jevil@1 [sr25519]']);
  });

  it('formats durations as m:ss and h:mm:ss', () => {
    expect([clock(0), clock(59_400), clock(61_000), clock(3_600_000 + 62_000)]).toEqual(['0:00', '0:59', '1:01', '1:01:02']);
  });
});
