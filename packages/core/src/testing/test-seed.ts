import { randomInt } from 'node:crypto';

/** The environment variable that replays a run's seed. */
export const TEST_SEED_ENV = 'INTEROP_TEST_SEED';

/**
 * The seed of a property that can afford only a few runs (each one drives a real client: scrypt,
 * workers, a browser). A fixed seed would make those few runs the same examples every time;
 * drawing it from the run keeps CI time and explores new cases on every CI run. Put the seed in
 * the test's name (`withSeed`) so any run can be replayed exactly: `INTEROP_TEST_SEED=<seed>`.
 * A value that is not an integer is refused rather than silently replaced by a random one.
 */
export function testSeed(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const given = env[TEST_SEED_ENV];
  if (given === undefined || given.trim() === '') return randomInt(0, 2 ** 31);
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`${TEST_SEED_ENV} must be an integer, got '${given}'`);
  return seed;
}

/** A test name that carries its seed and how to replay it. */
export function withSeed(name: string, seed: number): string {
  return `${name} (seed ${seed}; replay: ${TEST_SEED_ENV}=${seed})`;
}
