import type { Hex } from '@interop/core';
import { u8aToHex } from '@polkadot/util';
import { ethereumEncode, hdEthereum, mnemonicToLegacySeed } from '@polkadot/util-crypto';

/** The one derivation the legacy Signer used for Ethereum accounts. */
export const LEGACY_ETHEREUM_PATH = "m/44'/60'/0'/0/0";

/**
 * The legacy Signer's Ethereum account of a BIP39 phrase: BIP39 seed (empty passphrase), BIP32
 * `m/44'/60'/0'/0/0` (KeyPair::from_bip39_phrase, LEGACY_RULES.bip44Ethereum). Shown as
 * the EIP-55 checksummed address (src/utils/native.ts brainWalletAddress -> checksummedAddress).
 */
export function legacyEthereumKey(phrase: string): { readonly publicKey: Hex; readonly address: string } {
  const pair = hdEthereum(mnemonicToLegacySeed(phrase, '', false, 64), LEGACY_ETHEREUM_PATH);
  return { publicKey: u8aToHex(pair.publicKey) as Hex, address: ethereumEncode(pair.publicKey) };
}
