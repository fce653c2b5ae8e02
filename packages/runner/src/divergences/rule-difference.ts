import { type DerivationRules, type ErrorCode, expectedPublicKey, toErrorInfo } from '@interop/core';
import type { DivergenceContext, Prediction } from './divergence.js';
import { artifactSecret, predictedKeys, requestRules, targetRequests, targetSpecRequest } from './target-derivations.js';

function keyOrRefusal(ctx: DivergenceContext, rules: DerivationRules): string {
  try {
    return expectedPublicKey({ secret: artifactSecret(ctx), path: ctx.spec.path, type: ctx.spec.type }, rules);
  } catch (error) {
    return `refused ${toErrorInfo(error).code}`;
  }
}

/**
 * When the target derives the spec's key itself (same path and type) and the two clients differ
 * in one derivation rule, whether that rule alone changes the key: the target's rules against
 * the target's rules with this one rule taken from the source. The prediction is the target's
 * own keys; a covered spec that comes back equal means the divergence stopped.
 */
export function predictRuleDifference(ctx: DivergenceContext, rule: keyof DerivationRules): Prediction | undefined {
  const request = targetSpecRequest(ctx);
  if (request === undefined) return undefined;
  // The rules the target derives this very request by (a derive screen's path is not normalised).
  const theirs = requestRules(ctx, request);
  if (theirs[rule] === ctx.source.derivation[rule]) return undefined;
  const swapped: DerivationRules = { ...theirs, [rule]: ctx.source.derivation[rule] };
  const own = keyOrRefusal(ctx, theirs);
  if (own === keyOrRefusal(ctx, swapped)) return undefined;
  // Where the target's own rules cannot derive the key at all, it refuses the path.
  if (own.startsWith('refused ')) return { kind: 'refusal', codes: [own.slice('refused '.length) as ErrorCode] };
  const requests = targetRequests(ctx);
  return requests === undefined ? undefined : { kind: 'keys', keys: predictedKeys(ctx, requests) };
}
