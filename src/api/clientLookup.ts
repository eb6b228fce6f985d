import type { ClientDraft } from '../domain/types.js';
import type { Client, ClientQuery } from './types.js';

/**
 * The queries that identify a draft's client, in the order the server's 409 prefers them
 * (banqup-api.md §4.1): external reference, then VAT number, then country + register number.
 */
export function lookupQueriesFor(draft: ClientDraft): ClientQuery[] {
  const queries: ClientQuery[] = [];
  if (draft.externalReference !== null) queries.push({ externalReference: draft.externalReference });
  if (draft.vatNumber !== null) queries.push({ vatNumber: draft.vatNumber });
  if (draft.companyNumber !== null) {
    queries.push({ country: draft.address.country, companyNumber: draft.companyNumber });
  }
  return queries;
}

/** Whether a client is an exact match for one query (the server matches exactly too; this guards a lax one). */
export function matchesQuery(client: Client, query: ClientQuery): boolean {
  if (query.externalReference !== undefined && client.externalReference !== query.externalReference) return false;
  if (query.vatNumber !== undefined && client.vatNumber !== query.vatNumber) return false;
  if (query.companyNumber !== undefined && client.companyNumber !== query.companyNumber) return false;
  if (query.country !== undefined && client.address.country !== query.country) return false;
  if (query.status !== undefined && client.status !== query.status) return false;
  return true;
}

/**
 * The client the space already holds for this draft: the first identifier that matches wins, the
 * same client a create would have been refused for with 409. Null when none matches.
 */
export async function findExistingClient(
  findClients: (spaceId: string, query: ClientQuery) => Promise<Client[]>,
  spaceId: string,
  draft: ClientDraft,
): Promise<Client | null> {
  for (const query of lookupQueriesFor(draft)) {
    const match = (await findClients(spaceId, query)).find((client) => matchesQuery(client, query));
    if (match !== undefined) return match;
  }
  return null;
}
