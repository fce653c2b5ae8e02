import { type ClientError, type ErrorCode, ruleRefusal, type UpstreamRule } from '@interop/core';

/**
 * The refusal of a rule whose words carry values (a count, a name): the rule with those words,
 * through core's `ruleRefusal`, so the message still names the rule and its upstream line.
 * Values that may be secret (a path with its password, a phrase word) are never put in.
 */
export function refuseBy(rule: UpstreamRule, code: ErrorCode, words?: string): ClientError {
  return ruleRefusal(words === undefined ? rule : { ...rule, message: words }, code);
}
