export type { DivergenceContext, KeyRef, KnownDivergence, Prediction } from './divergence.js';
export { describePrediction, judge, type Seen, type SpecVerdict } from './evaluate.js';
export { KNOWN_DIVERGENCES } from './table.js';
export { ETHEREUM_INDEX_0, predictedKeys, targetRequests } from './target-derivations.js';
