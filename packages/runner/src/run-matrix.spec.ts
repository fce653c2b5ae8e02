import { type DerivationRules, UTIL_CRYPTO_RULES } from '@interop/core';
import { describe, expect, it } from 'vitest';
import { cellId } from './cell.js';
import { KNOWN_DIVERGENCES } from './divergences/table.js';
import { fakeFactory } from './fakes/fake-client.js';
import { runMatrix } from './run-matrix.js';

const honest = fakeFactory({ id: 'fake-honest@1', behaviour: 'honest' });
const wrong = fakeFactory({ id: 'fake-wrong@1', behaviour: 'always-wrong' });
const crashes = fakeFactory({ id: 'fake-crash@1', behaviour: 'crashes' });
const hangs = fakeFactory({ id: 'fake-hang@1', behaviour: 'hangs' });
const onlyRawSeed = fakeFactory({ id: 'fake-seedonly@1', behaviour: 'honest', methods: ['raw-seed'] });
const soft = fakeFactory({ id: 'fake-soft@1', behaviour: 'drops-soft-junctions' });

/** util-crypto's rules with sp-core's junctions: one rule apart, so one record must explain every difference. */
const SP_CORE_JUNCTIONS: DerivationRules = { ...UTIL_CRYPTO_RULES, junctions: 'sp-core' };

const base = { runs: 4, seed: 11, methods: ['phrase-path-type', 'raw-seed'] as const, types: ['sr25519', 'ed25519'] as const, divergences: [] };

function cell(result: Awaited<ReturnType<typeof runMatrix>>, source: string, method: string, target: string, type: string) {
  const found = result.cells.find((c) => c.source === source && c.method === method && c.target === target && c.type === type);
  if (!found) throw new Error(`no cell ${source} ${method} ${target} ${type}`);
  return found;
}

describe('runMatrix against fake clients', () => {
  it('reports pass for an honest pair and fail with expected/actual for an always-wrong target', async () => {
    const r = await runMatrix({ ...base, factories: [honest, wrong] });
    expect(cell(r, 'fake-honest@1', 'raw-seed', 'fake-honest@1', 'sr25519').outcome.status).toBe('pass');
    const bad = cell(r, 'fake-honest@1', 'raw-seed', 'fake-wrong@1', 'sr25519');
    expect(bad.outcome.status).toBe('fail');
    if (bad.outcome.status !== 'fail') throw new Error('unreachable');
    expect(bad.outcome.expected).not.toBe(bad.outcome.actual);
    expect(bad.counterexample?.spec.type).toBe('sr25519');
  });

  it('reports a crashing target as error, never as fail or pass', async () => {
    const r = await runMatrix({ ...base, factories: [honest, crashes] });
    const c = cell(r, 'fake-honest@1', 'raw-seed', 'fake-crash@1', 'ed25519');
    expect(c.outcome.status).toBe('error');
    if (c.outcome.status === 'error') expect(c.outcome.code).toBe('E_WORKER_CRASHED');
  });

  it('turns a hanging target into an error after the call timeout', async () => {
    const r = await runMatrix({ ...base, runs: 1, types: ['sr25519'], methods: ['raw-seed'], factories: [honest, hangs], callTimeoutMs: 300 });
    const c = cell(r, 'fake-honest@1', 'raw-seed', 'fake-hang@1', 'sr25519');
    expect(c.outcome.status).toBe('error');
    if (c.outcome.status === 'error') expect(c.outcome.code).toBe('E_TIMEOUT');
  });

  it('marks methods a client lacks as unsupported with the reason, without running them', async () => {
    const r = await runMatrix({ ...base, factories: [honest, onlyRawSeed] });
    const c = cell(r, 'fake-honest@1', 'phrase-path-type', 'fake-seedonly@1', 'sr25519');
    expect(c.outcome.status).toBe('unsupported');
    expect(c.runs).toBe(0);
    if (c.outcome.status === 'unsupported') expect(c.outcome.reason).toMatch(/fake-seedonly@1 cannot restore phrase/);
    expect(cell(r, 'fake-honest@1', 'raw-seed', 'fake-seedonly@1', 'sr25519').outcome.status).toBe('pass');
  });

  it('shrinks a failure that only some specs trigger to a minimal one', async () => {
    const r = await runMatrix({ ...base, runs: 30, methods: ['phrase-path-type'], types: ['sr25519'], factories: [honest, soft] });
    const c = cell(r, 'fake-honest@1', 'phrase-path-type', 'fake-soft@1', 'sr25519');
    expect(c.outcome.status).toBe('fail');
    // The fake drops soft junctions, so the shrunk path must still hold one, and little else.
    expect(c.counterexample?.spec.path).toMatch(/(^|[^/])\/[^/]/);
    expect(c.counterexample?.spec.path.length).toBeLessThanOrEqual(4);
    expect(c.counterexample?.spec.secret).toEqual({
      kind: 'phrase',
      phrase: 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
    });
  });

  it('gives the same cells and outcomes for the same seed', async () => {
    const run = () => runMatrix({ ...base, runs: 10, factories: [honest, soft] });
    const [a, b] = [await run(), await run()];
    const view = (r: typeof a) => r.cells.map((c) => [cellId(c), c.outcome, c.counterexample?.spec]);
    expect(view(a)).toEqual(view(b));
  });

  it('reports a mismatch a record predicts as known divergence, with the record that explains it', async () => {
    // A fake that derives with sp-core's junction rules (and NFC like util-crypto) and says so: paths both rule sets read
    // alike pass; the others come back as the sp-core key, which junction-rules-differ predicts.
    const spCore = fakeFactory({ id: 'fake-spcore@1', behaviour: 'honest', derives: SP_CORE_JUNCTIONS });
    const r = await runMatrix({
      ...base,
      runs: 60,
      methods: ['phrase-path-type'],
      types: ['sr25519'],
      factories: [honest, spCore],
      divergences: KNOWN_DIVERGENCES,
    });
    const c = cell(r, 'fake-honest@1', 'phrase-path-type', 'fake-spcore@1', 'sr25519');
    expect(c.outcome).toMatchObject({ status: 'known-divergence', stillDiverges: true, ids: ['junction-rules-differ'] });
    expect(c.counts.diverged).toBeGreaterThan(0);
    expect(c.counts.match).toBeGreaterThan(0);
  });

  it('turns the run red when a covered spec comes back the same (the divergence stopped)', async () => {
    // Claims sp-core's rules but derives like util-crypto: every covered spec restores the same key.
    const liar = fakeFactory({ id: 'fake-liar@1', behaviour: 'honest', derives: UTIL_CRYPTO_RULES, claims: SP_CORE_JUNCTIONS });
    const r = await runMatrix({
      ...base,
      runs: 60,
      methods: ['phrase-path-type'],
      types: ['sr25519'],
      factories: [honest, liar],
      divergences: KNOWN_DIVERGENCES,
    });
    expect(cell(r, 'fake-honest@1', 'phrase-path-type', 'fake-liar@1', 'sr25519').outcome).toMatchObject({
      status: 'known-divergence',
      stillDiverges: false,
      ids: ['junction-rules-differ'],
    });
  });

  it('fails a mismatch no record predicts, even when a record covers the spec', async () => {
    const r = await runMatrix({ ...base, factories: [honest, wrong], divergences: KNOWN_DIVERGENCES });
    expect(cell(r, 'fake-honest@1', 'raw-seed', 'fake-wrong@1', 'sr25519').outcome.status).toBe('fail');
  });

  it('splits cells over shards without loss or overlap', async () => {
    const all = await runMatrix({ ...base, runs: 1, factories: [honest, onlyRawSeed] });
    const parts = await Promise.all([1, 2, 3].map((index) => runMatrix({ ...base, runs: 1, factories: [honest, onlyRawSeed], shard: { index, count: 3 } })));
    const ids = parts.flatMap((p) => p.cells.map(cellId)).sort();
    expect(ids).toEqual(all.cells.map(cellId).sort());
  });
});
