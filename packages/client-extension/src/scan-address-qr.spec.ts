import { describe, expect, it } from 'vitest';
import { scanAddressQr } from './scan-address-qr.js';

// Payload layouts from novasamatech/parity-signer (Vault) and the rule of
// polkadot-js/ui packages/react-qr/src/ScanAddress.tsx (v3.16.2, the release the extension v0.62.3 ships), as ImportQr.tsx renders it.
describe('scanAddressQr (the popup scanner)', () => {
  it('reads a public-key QR: address, genesis, no name', () => {
    expect(
      scanAddressQr('substrate:5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY:0x91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3'),
    ).toEqual({
      isAddress: true,
      content: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
      genesisHash: '0x91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3',
    });
  });

  it("reads Vault's secret QR with the genesis as written (no 0x) and joins a name that holds ':'", () => {
    expect(scanAddressQr('secret:0xabcd:e143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e:my:name')).toEqual({
      isAddress: false,
      content: '0xabcd',
      genesisHash: 'e143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e',
      name: 'my:name',
    });
  });

  it("refuses an ethereum payload with the scanner's text (ImportQr scans without isEthereum)", () => {
    expect(() => scanAddressQr('ethereum:0x0000000000000000000000000000000000000000')).toThrow(
      "Invalid prefix received, expected 'substrate or secret' , found 'ethereum'",
    );
  });

  it('does not quote a long unknown prefix (it may be pasted secret text)', () => {
    expect(() => scanAddressQr('bottom drive obey lake curtain:x')).toThrow(/found '<withheld>'/);
  });
});
