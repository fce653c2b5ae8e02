export { MEMO_PROBE_SPEC, type MemoRestoreProbe, memoRestoreProbe } from './memo-restore-probe.js';
export { TEST_SEED_ENV, testSeed, withSeed } from './test-seed.js';
