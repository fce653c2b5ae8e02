import type { ClientFactory } from '@interop/core/vocabulary';
import { describe, expect, it } from 'vitest';
import type { Cell } from './cell.js';
import { cellId } from './cell.js';
import { predictCellCosts, predictGroupCosts, predictSourceCost, predictTargetCost } from './cost-model.js';
import { planCells } from './plan.js';
import { CLIENT_FACTORIES } from './registry.js';

const byId = (id: string): ClientFactory => {
  const found = CLIENT_FACTORIES.find((f) => f.info.id === id);
  if (found === undefined) throw new Error(`no profile ${id}`);
  return found;
};
const cell = (source: string, method: Cell['method'], target: string, type: Cell['type'] = 'sr25519'): Cell => ({ source, method, target, type });

describe('the cost model prices what the clients declare', () => {
  it("a SubWallet batch holds every key of its unified account, so it costs more to write than the extension's one-key batch", () => {
    const subwallet = predictSourceCost(byId('subwallet@1.3.88'), { method: 'batch-json', type: 'sr25519' });
    const extension = predictSourceCost(byId('extension@0.62.3'), { method: 'batch-json', type: 'sr25519' });
    expect(subwallet).toBeGreaterThan(4 * extension);
  });

  it('a target whose keyring cannot load the batch key types refuses before any scrypt; SubWallet itself restores them all', () => {
    const into = (target: string) => predictTargetCost(byId('subwallet@1.3.88'), byId(target), cell('subwallet@1.3.88', 'batch-json', target));
    expect(into('extension@0.62.3')).toBeLessThan(1);
    expect(into('subwallet@1.3.88')).toBeGreaterThan(10);
  });

  it('a SubWallet ethereum batch is priced below its sr25519 one: a fifth of its specs are private keys (specSecretArb), one key each', () => {
    const source = byId('subwallet@1.3.88');
    const sr25519 = predictSourceCost(source, { method: 'batch-json', type: 'sr25519' });
    const ethereum = predictSourceCost(source, { method: 'batch-json', type: 'ethereum' });
    expect(ethereum).toBeLessThan(0.9 * sr25519);
    expect(ethereum).toBeGreaterThan(0.7 * sr25519);
  });

  it("a words-only import (SubWallet) takes a phrase once, not once per network key Vault's backup lists", () => {
    const vault = byId('signer@7.2.0');
    const into = (target: string) => predictTargetCost(vault, byId(target), cell('signer@7.2.0', 'phrase-path-type', target));
    expect(into('subwallet@1.3.88')).toBeLessThan(into('extension@0.62.3'));
  });

  it("a phrase written with its path costs SubWallet its Derive account's key too, for the types its account holds", () => {
    const source = byId('extension@0.62.3');
    const into = (method: 'phrase' | 'phrase-path-type') =>
      predictTargetCost(source, byId('subwallet@1.3.88'), cell('extension@0.62.3', method, 'subwallet@1.3.88'));
    // One more scrypt at SubWallet's N=2^17 (about 1.5 s) than the words alone.
    expect(into('phrase-path-type') - into('phrase')).toBeGreaterThan(1);
    const ed25519 = (method: 'phrase' | 'phrase-path-type') =>
      predictTargetCost(source, byId('subwallet@1.3.88'), cell('extension@0.62.3', method, 'subwallet@1.3.88', 'ed25519'));
    expect(ed25519('phrase-path-type')).toBeCloseTo(ed25519('phrase'));
  });

  it("an ethereum phrase under util-crypto 13.5.6's 210000 BIP39 rounds (extension 0.62.2) costs more than under 2048", () => {
    const ethereum = (target: string) => predictTargetCost(byId('extension@0.62.3'), byId(target), cell('extension@0.62.3', 'phrase', target, 'ethereum'));
    expect(ethereum('extension@0.62.2')).toBeGreaterThan(ethereum('extension@0.62.3') + 5);
    const sr25519 = (target: string) => predictTargetCost(byId('extension@0.62.3'), byId(target), cell('extension@0.62.3', 'phrase', target));
    expect(sr25519('extension@0.62.2')).toBeCloseTo(sr25519('extension@0.62.3'));
  });

  it('a group costs the sum of its cells, and every runnable cell of the plan is priced', () => {
    const plan = planCells(CLIENT_FACTORIES, { runs: 3 });
    const cells = predictCellCosts(plan, CLIENT_FACTORIES, 3);
    const groups = predictGroupCosts(plan, CLIENT_FACTORIES, 3);
    const runnable = plan.filter((c) => !c.unsupported);
    expect(cells.size).toBe(runnable.length);
    for (const c of runnable) expect(cells.get(cellId(c))).toBeGreaterThan(0);
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(groups)).toBeCloseTo(total(cells), 6);
  });
});
