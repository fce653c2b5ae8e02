import { displayAddress, escapeControls, type Identity, networkByGenesis } from '@interop/core';
import type { CheckReport } from './check-report.js';
import { groupWarnings } from './group-warnings.js';

/**
 * One key: its address at the report's prefix, so one key reads the same everywhere in the report,
 * then the path the client records and, for a key tied to a network of another prefix, the address
 * that client shows (Vault's //polkadot key is 16Zaf… there and 5HdHW… at 42).
 */
function show(i: Identity, prefix: number): string {
  const network = i.type === 'ethereum' ? undefined : networkByGenesis(i.genesisHash);
  const shown = network && network.prefix !== prefix ? ` (${displayAddress(i.publicKey, i.type, network.prefix)} on ${network.name})` : '';
  const path = i.path ? ` ${i.path}` : '';
  // A watch-only entry is an address: the type a client files it under is its own (compare-results.ts idOf).
  const kind = i.hasSecret ? ` ${i.type}` : ' (watch-only)';
  return `${displayAddress(i.publicKey, i.type, prefix)}${kind}${path}${shown}${i.name ? ` ${JSON.stringify(i.name)}` : ''}`;
}

/** How a profile was reached when its UI does not reach the file on the matrix's chains. */
export function reachedHow(network: string | undefined): string {
  return network === undefined ? 'was reached through its API, not its UI' : `was started connected to ${network}, which the matrix's chains are not`;
}

/** The check as people read it in a terminal; every text from a file or a client escaped. */
export function renderCheckText(r: CheckReport): string {
  const e = (s: string) => escapeControls(s);
  const out: string[] = [`file: ${e(r.file.summary)}`];
  r.file.accounts.forEach((a, n) => {
    if (a.claimed === undefined && a.bodyProblem === undefined) return;
    const claim = a.claimed === undefined ? '' : `claims ${e(a.claimed)}`;
    const match =
      a.claimMatches === undefined ? '' : a.claimMatches ? ' (the key inside is that address)' : ' (the key inside is ANOTHER address: the claim is false)';
    out.push(`  account ${n + 1}: ${claim}${match}${a.bodyProblem ? `; ${e(a.bodyProblem)}` : ''}`);
  });
  for (const c of r.claims) {
    out.push(
      c.matches
        ? `  the claimed address ${e(c.claimed)} is the key restored from it`
        : `  the claimed address ${e(c.claimed)} is NOT the key inside: it restores as ${c.restored} (nothing checks the claim; the extension's preview shows it)`,
    );
  }
  if (r.file.accounts.some((a) => a.type === 'ethereum')) {
    out.push(
      '  note: the file carries the ethereum key itself and restores it everywhere; if the account was made from a phrase in a client on util-crypto 13.5.6 (extension 0.61.7-0.62.2), that phrase gives another address in every other client (apps#11855)',
    );
  }
  if (r.warnings.length > 0) {
    out.push('before decrypting, the known divergences predict:');
    for (const w of groupWarnings(r.warnings)) out.push(`  ${w.profiles.join(', ')} will refuse it: ${e(w.claim)} [${w.divergence}]`);
  }
  out.push('restored:');
  for (const g of r.comparison.groups) {
    out.push(`  ${g.profiles.join(', ')}:`);
    for (const i of g.identities) out.push(`    ${e(show(i, r.prefix))}`);
    for (const p of g.profiles) {
      const all = r.results.find((x) => x.profile === p);
      const extra = all?.status === 'restored' ? all.identities.length - g.identities.length : 0;
      if (extra > 0) out.push(`    (${p} also makes ${extra} key(s) of its own from it: see --json)`);
    }
  }
  for (const x of r.results) {
    if (x.status === 'refused' || x.status === 'error')
      out.push(
        `  ${x.profile} ${x.status === 'error' ? 'broke' : 'refused'}: ${x.error.code}: ${e(x.error.message)}${x.error.shown ? ` (its page shows: ${e(JSON.stringify(x.error.shown))})` : ''}`,
      );
    if (x.status === 'unsupported') out.push(`  ${x.profile} cannot read it: ${e(x.reason)}`);
    if ((x.status === 'restored' || x.status === 'refused') && x.apiOnly) out.push(`  ${x.profile} ${reachedHow(x.network)}${x.note ? `: ${e(x.note)}` : ''}`);
  }
  for (const d of r.comparison.differences) {
    if (d.explainedBy.length === 0) out.push(`  ${d.profile}: differs, and no known divergence explains it (a finding)`);
    for (const x of d.explainedBy) out.push(`  ${d.profile}: ${e(x.claim)}\n    ${x.sources.join(' ')}\n    replay: interop scenario ${x.scenario}`);
  }
  if (r.phraseDefaults) {
    out.push('what each client makes from this phrase by itself:');
    for (const row of r.phraseDefaults) {
      out.push(`  ${row.profiles.join(', ')}:`);
      for (const k of row.keys) {
        const at = displayAddress(k.publicKey, k.type, r.prefix);
        out.push(`    ${at} ${k.type} ${k.path === '' ? '(root)' : e(k.path)}${k.address === at ? '' : ` (${k.address} on ${k.network ?? 'its network'})`}`);
      }
    }
  }
  if (r.expect) {
    out.push(`where ${e(r.expect.address)} comes from:`);
    if (r.expect.origins.length === 0) out.push('  not found among the default paths, //0..//20, /0../20 and BIP44 indexes 0..20 of any client');
    for (const o of r.expect.origins) {
      out.push(`  ${o.type} at ${o.path === '' ? 'the root' : e(o.path)} under the rules of ${o.profiles.join(', ')}`);
      out.push(`    restore it with: interop restore --client ID --from FILE${o.path ? ` --path '${e(o.path)}'` : ''} --type ${o.type}`);
    }
  }
  out.push(`verdict: ${e(r.comparison.verdict)}`);
  return `${out.join('\n')}\n`;
}
