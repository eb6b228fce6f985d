import type { Client } from '#dist/api/types.js';
import { sanitizeForTerminal } from '#dist/report/sanitize.js';

/**
 * What the sandbox holds at the end of the demo, one line per client (reference, status, name),
 * so that the import's own summary can be checked against the server's side of the story.
 */
export function holdingsText(clients: readonly Client[]): string {
  const active = clients.filter((c) => c.status === 'ACTIVE').length;
  const lines = [`The sandbox now holds ${clients.length} client(s), ${active} active:`];
  for (const client of clients) {
    const reference = (client.externalReference ?? '—').padEnd(10);
    lines.push(`  ${sanitizeForTerminal(reference)}  ${client.status.padEnd(8)}  ${sanitizeForTerminal(client.legalName)}`);
  }
  return `${lines.join('\n')}\n`;
}
