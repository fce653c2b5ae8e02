/**
 * The peak resident memory of this process (the runner and every client worker: they are its
 * threads) while `work` runs, sampled every 100 ms. process.resourceUsage().maxRSS is the peak
 * of the whole process life, which would carry one run's peak into the next.
 */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMiB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
