import type { Client } from '../api/types.js';
import type { BanqupLinks } from '../domain/types.js';

/**
 * The links a row shows for the client Banqup holds: only an active client's, and only when the
 * server gave them (a version 1 server gives none). Spread into a row: `{}` leaves the key out.
 */
export function activeLinks(client: Pick<Client, 'status' | 'links'> | null): { links?: BanqupLinks } {
  if (client === null || client.status !== 'ACTIVE' || client.links === null) return {};
  return { links: { banqup: client.links.banqup, banqupFiles: client.links.banqupFiles } };
}
