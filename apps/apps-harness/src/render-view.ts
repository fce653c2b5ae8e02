import type { AppsView, ConnectedChain } from '@interop/client-apps/operations';

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/**
 * Shows what the instance holds, the way Apps' Accounts page groups it, so a screenshot of the
 * page is a record of the accounts (names are set as text, never as HTML).
 */
export function renderView(chain: ConnectedChain, view: AppsView, warnings: readonly string[]): void {
  const chainLine = document.getElementById('chain');
  if (chainLine) chainLine.textContent = `connected to ${chain.name} (${chain.genesisHash}), ss58 prefix ${chain.ss58Format}`;
  const body = document.getElementById('accounts');
  if (body) {
    body.replaceChildren(
      ...view.accounts.map((account) => {
        const row = document.createElement('tr');
        row.append(
          cell(account.name),
          cell(account.address, 'address'),
          cell(account.type),
          cell(account.group === 'accounts' ? 'in-browser' : account.group),
          cell(account.hasSecret ? 'encrypted in localStorage' : 'watch-only'),
        );
        return row;
      }),
    );
  }
  const empty = document.getElementById('empty');
  if (empty) empty.textContent = view.accounts.length === 0 ? 'no accounts' : `${view.accounts.length} account(s)`;
  const warningLine = document.getElementById('warnings');
  if (warningLine) warningLine.textContent = warnings.length === 0 ? '' : `${warnings.length} keyring warning(s) at load`;
}

export function renderFailure(message: string): void {
  const chainLine = document.getElementById('chain');
  if (chainLine) chainLine.textContent = `failed to start: ${message}`;
}
