import { clientContract } from '@interop/core/contract';
import { afterAll, describe, it } from 'vitest';
import { factories } from './index.js';

/** The contract every client profile passes (packages/core/src/contract): one line per profile. */
describe.each(factories.map((f) => [f.info.id, f] as const))('%s keeps the client contract', (_id, factory) => {
  const contract = clientContract(factory);
  afterAll(() => contract.close());
  it.each(contract.checks.map((c) => [c.name, c] as const))('%s', (_name, check) => check.run());
});
