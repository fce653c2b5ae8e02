import { afterEach, describe, expect, it, vi } from 'vitest';
import { stillWorking } from './still-working.js';

describe('stillWorking (fake timers and clock: no real time involved)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a line every period with the time elapsed and the limit, until stopped', () => {
    vi.useFakeTimers();
    let now = 0;
    const lines: string[] = [];
    const stop = stillWorking({ what: 'apps@0.171.1 restore', limitMs: 20_120_000, write: (l) => lines.push(l), everyMs: 30_000, now: () => now });
    now = 29_000;
    vi.advanceTimersByTime(29_000);
    expect(lines).toEqual([]);
    now = 30_000;
    vi.advanceTimersByTime(1_000);
    now = 60_000;
    vi.advanceTimersByTime(30_000);
    expect(lines).toEqual([
      'apps@0.171.1 restore: still working, 0:30 elapsed (limit 5:35:20)',
      'apps@0.171.1 restore: still working, 1:00 elapsed (limit 5:35:20)',
    ]);
    stop();
    vi.advanceTimersByTime(120_000);
    expect(lines).toHaveLength(2);
  });
});
