import { describe, expect, it } from 'vitest';
import { unifiedDeriveAccount, unifiedDeriveRequests, unifiedDeriveTyped } from './unified-derive.js';

// Expected values read off SubWallet v1.3.88's derive/validate.ts, Derive.ts and solo.ts by hand.
const EVM = "m/44'/60'/0'/0";

describe("SubWallet's Derive account on a unified account (validate.ts, Derive.ts, solo.ts at v1.3.88)", () => {
  it.each([
    ['//1', '//1', `${EVM}/1`],
    ['//2//3', '//2//3', `${EVM}/2/3`],
    ['//0//7', '//0//7', `${EVM}/0/7`],
    ['//007', '//7', `${EVM}/7`],
    ['//2147483647', '//2147483647', `${EVM}/2147483647`],
  ])('%s is a unified path: every key, its indexes through parseInt (sr25519 %s, ethereum %s)', (typed, suri, evm) => {
    expect(unifiedDeriveAccount(typed)).toEqual({
      ok: true,
      kind: 'unified',
      keys: [
        { type: 'sr25519', derivation: suri },
        { type: 'ethereum', derivation: evm },
      ],
    });
  });

  it.each(['//2147483648', '//9007199254740993', '//1//2147483648', `${EVM}/2147483648`, `${EVM}/1/4294967296`])(
    '%s has an index of 2^31 or more, which hdEthereum refuses: nothing is made',
    (typed) => {
      expect(unifiedDeriveAccount(typed)).toMatchObject({ ok: false, message: 'Invalid derivation path' });
    },
  );

  it('an index parseInt writes as 1e+21 leaves the ethereum key without a path: derivePair throws', () => {
    expect(unifiedDeriveAccount('//1000000000000000000000')).toMatchObject({ ok: false, message: 'Unable to create substrate handler for this keypair' });
  });

  it.each(['//0', '//Alice', '//Alice/soft', '/soft', '//a b'])('%s is an sr25519 path of one or two junctions: the sr25519 key alone', (typed) => {
    expect(unifiedDeriveAccount(typed)).toEqual({ ok: true, kind: 'sr25519', keys: [{ type: 'sr25519', derivation: typed }] });
  });

  it("trims the text before it checks and derives it (the field rule's transform)", () => {
    expect(unifiedDeriveAccount('//foo ')).toEqual({ ok: true, kind: 'sr25519', keys: [{ type: 'sr25519', derivation: '//foo' }] });
    expect(unifiedDeriveAccount(' //foo')).toEqual({ ok: true, kind: 'sr25519', keys: [{ type: 'sr25519', derivation: '//foo' }] });
    expect(unifiedDeriveAccount(` ${EVM}/1 `)).toEqual({ ok: true, kind: 'ethereum', keys: [{ type: 'ethereum', derivation: `${EVM}/1` }] });
  });

  it.each([`${EVM}/3`, `${EVM}/0/1`, `${EVM}/12/0`])('%s is an EVM path: the ethereum key at it', (typed) => {
    expect(unifiedDeriveAccount(typed)).toEqual({ ok: true, kind: 'ethereum', keys: [{ type: 'ethereum', derivation: typed }] });
  });

  it.each([
    ['//a//b//c', 'Derivation path not supported'],
    ['/a/b/c', 'Derivation path not supported'],
    [`${EVM}/0`, 'Derivation path not supported'],
    ['//Alice///password', 'Invalid derivation path'],
    ['//a//', 'Invalid derivation path'],
    ["m/44'/607'/0'", 'Derivation path not supported'],
    ["m/84'/0'/0'/0/0", 'Derivation path not supported'],
    ["m/44'/60'/1'/0/3", 'Invalid derivation path'],
    ['Alice', 'Invalid derivation path'],
    ['', 'Invalid derivation path'],
  ])('%s is refused: %s', (typed, message) => {
    expect(unifiedDeriveAccount(typed)).toMatchObject({ ok: false, message });
  });

  it.each(["m/44'/607'/1'", "m/1852'/1815'/2'", "m/84'/0'/3'/0/0"])('%s is a TON, Cardano or Bitcoin path: no key of the contract types', (typed) => {
    expect(unifiedDeriveAccount(typed)).toEqual({ ok: true, kind: 'other', keys: [] });
  });
});

describe('what the user types into Derive account for a written key', () => {
  it('the path as written, a BIP44 path as SubWallet shows its own', () => {
    expect(unifiedDeriveTyped('//Alice', 'sr25519')).toBe('//Alice');
    expect(unifiedDeriveTyped(`/${EVM}/5`, 'ethereum')).toBe(`${EVM}/5`);
    expect(unifiedDeriveTyped('//1', 'ethereum')).toBe('//1');
  });

  it('nothing for a key with no path, or of a type the account holds none of', () => {
    expect(unifiedDeriveTyped('', 'sr25519')).toBeUndefined();
    expect(unifiedDeriveTyped('//1', 'ed25519')).toBeUndefined();
    expect(unifiedDeriveTyped('//1', 'ecdsa')).toBeUndefined();
  });

  it('the keys as the oracle names them (an ethereum path in suri form)', () => {
    expect(unifiedDeriveRequests('//1', 'sr25519')).toEqual([
      { type: 'sr25519', path: '//1', nfc: false },
      { type: 'ethereum', path: `/${EVM}/1` },
    ]);
    expect(unifiedDeriveRequests(`/${EVM}/4`, 'ethereum')).toEqual([{ type: 'ethereum', path: `/${EVM}/4` }]);
    expect(unifiedDeriveRequests('//a//b//c', 'sr25519')).toEqual([]);
  });
});
