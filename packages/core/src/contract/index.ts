export { type ClientContract, type ContractCheck, clientContract } from './client-contract.js';
export { CONTRACT_SEED, contractSpec } from './contract-specs.js';
