import { ClientError } from './client-error.js';

/**
 * JSON.parse reads any depth without recursion, but much of what follows does recurse
 * (JSON.stringify, structured clone to a worker, schema validation): `[[[[…]]]]` a hundred
 * thousand deep ends in a RangeError there. Every backup format and scenario is a few levels
 * deep, so a parsed value deeper than this is refused right after parsing.
 */
export const MAX_JSON_DEPTH = 64;

/** The nesting depth of a parsed JSON value, counted without recursion and without going past `limit + 1`. */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return deepest;
}

export function assertJsonDepth(value: unknown, label: string, limit = MAX_JSON_DEPTH): void {
  if (jsonDepth(value, limit) > limit) throw new ClientError('E_JSON_MALFORMED', `${label} is nested more than ${limit} levels deep; no backup format is`);
}
