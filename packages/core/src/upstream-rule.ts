import { ClientError, type ErrorCode } from './client-error.js';

/**
 * Where a claim about someone else's software comes from: a file and its lines in the upstream
 * repository, at the ref (release tag, or the commit that was read when the tag could not be)
 * the profile pins. Every encoded UI rule, capability "no" and known divergence names one, so a
 * reader can open the line and check the claim.
 */
export interface UpstreamSource {
  /** `owner/name` on GitHub, e.g. `polkadot-js/extension`. */
  readonly repo: string;
  /** The tag (`v0.62.3`) or commit the lines were read at. */
  readonly ref: string;
  readonly path: string;
  /** `42` or `42-47`. */
  readonly lines: string;
}

/**
 * One rule of a client's UI that this harness must follow because the UI itself is not run
 * (Apps' modals, the extension's popup, Vault's screens): what the UI does, where, and the text
 * it shows when it refuses. Adapters refuse with the rule (`ruleRefusal`), never with a copy of it.
 */
export interface UpstreamRule {
  /** Stable, unique within its client: `popup.password-min-length`. */
  readonly id: string;
  /** What the UI does, in one sentence. */
  readonly claim: string;
  readonly source: UpstreamSource;
  /** The UI's own words when the rule refuses, where it shows any. */
  readonly message?: string;
  /**
   * Where the UI shows no words (it disables a button, hides an entry): this harness's short words
   * for the refusal, never presented as the UI's. Absent: the claim says it.
   */
  readonly summary?: string;
}

export function sourceUrl(source: UpstreamSource): string {
  return `https://github.com/${source.repo}/blob/${source.ref}/${source.path}#L${source.lines.replace('-', '-L')}`;
}

/** The refusal a rule makes: the UI's own words when it has any (else the harness's summary, else the claim), then which rule and where. */
export function ruleRefusal(rule: UpstreamRule, code: ErrorCode): ClientError {
  return new ClientError(code, `${rule.message ?? rule.summary ?? rule.claim} (${rule.id}, ${sourceUrl(rule.source)})`);
}
