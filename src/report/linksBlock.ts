import type { Row } from '../domain/types.js';
import type { Render } from './jsonDocument.js';
import { sanitizeForTerminal } from './sanitize.js';
import { typedOf } from '../domain/sheetCell.js';

/** Up to this many rows with links, the links are printed under the table; beyond, they would drown it. */
export const LINKS_SHOWN_MAX = 20;

/**
 * The block under the table: each row with links (row, client name, its two links), or, for more
 * than LINKS_SHOWN_MAX rows, one line saying where they are. Empty when no row has links. Names come
 * from the sheet and links from Banqup: both are cleaned before they reach the terminal.
 */
export function renderLinksBlock(rows: readonly Row[], render: Render): string {
  const linked = rows.flatMap((r) => (r.links === undefined ? [] : [{ row: r, links: r.links }]));
  if (linked.length === 0) return '';
  if (linked.length > LINKS_SHOWN_MAX) return `\n${render('links.elsewhere', { n: linked.length })}\n`;
  const lines = ['', render('links.title', { n: linked.length })];
  for (const { row: r, links } of linked) {
    const name = sanitizeForTerminal(r.client?.legalName ?? typedOf(r.cells.legalName));
    lines.push(`  ${render('links.row', { row: r.row, name })}`);
    lines.push(`    ${render('links.banqup', { url: sanitizeForTerminal(links.banqup) })}`);
    lines.push(
      `    ${links.banqupFiles === null ? render('links.banqup_files_off', {}) : render('links.banqup_files', { url: sanitizeForTerminal(links.banqupFiles) })}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
