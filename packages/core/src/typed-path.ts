import type { ClientTraits } from './client-traits.js';

/**
 * Whether a client's derivation field refuses a typed derivation (`//hard/soft///password`) for
 * its characters alone (`typedPathRefuses`), before its path grammar is looked at.
 */
export function refusesTypedPath(traits: Pick<ClientTraits, 'typedPathRefuses'>, typed: string): boolean {
  const refuses = traits.typedPathRefuses;
  if (refuses === undefined) return false;
  if (refuses.anywhere.some((c) => typed.includes(c))) return true;
  const at = typed.indexOf('///');
  return at >= 0 && refuses.inPassword.some((c) => typed.slice(at + 3).includes(c));
}
