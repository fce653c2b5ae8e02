export { TEST_SEED_ENV, testSeed, withSeed } from './test-seed.js';
