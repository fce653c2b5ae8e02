import { describe, expect, it } from 'vitest';
import { describeScryptWork } from './scrypt-figures.js';

describe('describeScryptWork', () => {
  it('spreads the computed scrypt over the lanes and compares the wall time with it', () => {
    const line = describeScryptWork({ count: 372, ms: 282_000, served: 88 }, 610_000, 2);
    expect(line).toBe(
      "scrypt in the client realms: 372 computed (282.0 s of work), 88 served from the run's memo; floor 141.0 s at 2 lane(s), " +
        'wall 610.0 s (wall / floor 4.33)',
    );
  });

  it('gives no ratio when the run computed no scrypt (Vault and papi cells only)', () => {
    expect(describeScryptWork({ count: 0, ms: 0, served: 0 }, 1_500, 2)).toMatch(/floor 0\.0 s at 2 lane\(s\), wall 1\.5 s$/);
  });
});
