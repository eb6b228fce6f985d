import type { HandlerContext, SandboxRequest } from './handlerContext.js';
import type { SandboxClient } from './sandboxClient.js';
import { jsonResponse, problemResponse, validationFailed, type SandboxResponse, type SandboxViolation } from './sandboxResponse.js';

const FILTERS = ['externalReference', 'vatNumber', 'companyNumber', 'country', 'status'] as const;
const PARAMS = new Set<string>([...FILTERS, 'page', 'size']);

/**
 * `GET …/clients` (banqup-api.md §4.2): exact, case-sensitive filters; `companyNumber` needs
 * `country`, and `country` with no identifier is refused; `page` 0-based, `size` 1–100 (default 50).
 * Results come in creation order, stable while paging. Unknown parameters are refused, so that a
 * misspelt filter cannot quietly list the whole space.
 */
export function handleFindClients(req: SandboxRequest, ctx: HandlerContext, spaceId: string): SandboxResponse {
  const violations: SandboxViolation[] = [];
  const add = (field: string, code: string, message: string): void => void violations.push({ field, code, message });
  const one = (name: string): string | undefined => {
    const values = req.query.getAll(name);
    if (values.length > 1) add(name, 'format', `${name} - give it once`);
    if (values[0] === '') add(name, 'format', `${name} - empty`);
    return values[0] === '' ? undefined : values[0];
  };
  for (const name of new Set(req.query.keys())) if (!PARAMS.has(name)) add(name, 'unsupported', `${name} - is not a filter`);
  const filter = Object.fromEntries(FILTERS.map((name) => [name, one(name)])) as Partial<Record<(typeof FILTERS)[number], string>>;
  if (filter.companyNumber !== undefined && filter.country === undefined) add('country', 'required', 'companyNumber - needs country');
  if (filter.country !== undefined && [filter.companyNumber, filter.vatNumber, filter.externalReference].every((v) => v === undefined)) {
    add('country', 'unsupported', 'country - alone is not a filter');
  }
  if (filter.status !== undefined && filter.status !== 'ACTIVE' && filter.status !== 'INACTIVE') add('status', 'format', 'status - ACTIVE or INACTIVE');
  const page = integer(one('page'), 0, 0, Number.MAX_SAFE_INTEGER, 'page', add);
  const size = integer(one('size'), 50, 1, 100, 'size', add);
  if (violations.length > 0) return validationFailed(ctx, violations);

  // An identifier narrows the search through the state's index; only a status-only list scans the space.
  const candidates =
    filter.externalReference !== undefined ? ctx.state.clientsBy(spaceId, 'externalReference', filter.externalReference)
    : filter.vatNumber !== undefined ? ctx.state.clientsBy(spaceId, 'vatNumber', filter.vatNumber)
    : filter.companyNumber !== undefined ? ctx.state.clientsBy(spaceId, 'companyNumber', filter.companyNumber)
    : ctx.state.clients(spaceId);
  const matches = candidates.filter((client) => matchesFilter(client, filter));
  const start = page * size;
  return jsonResponse(200, { page, size, total: matches.length, results: matches.slice(start, start + size) });
}

/** `GET …/clients/{clientId}`: the client with its ETag (the If-Match of a PATCH), or 404. */
export function handleReadClient(ctx: HandlerContext, spaceId: string, clientId: string): SandboxResponse {
  const client = ctx.state.client(spaceId, clientId);
  const etag = ctx.state.etag(spaceId, clientId);
  if (client === undefined || etag === undefined) return problemResponse(ctx, 404, 'NOT_FOUND', 'No such client in this space');
  return jsonResponse(200, client, { etag });
}

function matchesFilter(client: SandboxClient, filter: Partial<Record<(typeof FILTERS)[number], string>>): boolean {
  return (
    (filter.externalReference === undefined || client.externalReference === filter.externalReference) &&
    (filter.vatNumber === undefined || client.vatNumber === filter.vatNumber) &&
    (filter.companyNumber === undefined || client.companyNumber === filter.companyNumber) &&
    (filter.country === undefined || client.address.country === filter.country) &&
    (filter.status === undefined || client.status === filter.status)
  );
}

function integer(
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
  name: string,
  add: (field: string, code: string, message: string) => void,
): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    add(name, 'format', `${name} - a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`);
    return fallback;
  }
  return n;
}
