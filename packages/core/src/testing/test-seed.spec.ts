import { describe, expect, it } from 'vitest';
import { TEST_SEED_ENV, testSeed, withSeed } from './test-seed.js';

describe('testSeed', () => {
  it(`replays the seed given in ${TEST_SEED_ENV}`, () => {
    expect(testSeed({ [TEST_SEED_ENV]: '1234567' })).toBe(1234567);
    expect(testSeed({ [TEST_SEED_ENV]: '-5' })).toBe(-5);
  });

  it('draws a fresh seed when none is given: two hundred draws are not all one value', () => {
    const seeds = Array.from({ length: 200 }, () => testSeed({}));
    for (const seed of seeds) expect(Number.isSafeInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
    expect(new Set(seeds).size).toBeGreaterThan(1);
    expect(testSeed({ [TEST_SEED_ENV]: ' ' })).toSatisfy(Number.isSafeInteger);
  });

  it('refuses a seed that is not an integer instead of replacing it', () => {
    for (const bad of ['abc', '1.5', '1e30', '0x10z']) expect(() => testSeed({ [TEST_SEED_ENV]: bad }), bad).toThrow(`${TEST_SEED_ENV} must be an integer`);
  });

  it('names the seed and the replay in the test name', () => {
    expect(withSeed('holds for 5 specs', 77)).toBe(`holds for 5 specs (seed 77; replay: ${TEST_SEED_ENV}=77)`);
  });
});
