export { TempDirs } from './temp-dirs.js';
export { TEST_SEED_ENV, testSeed, withSeed } from './test-seed.js';
