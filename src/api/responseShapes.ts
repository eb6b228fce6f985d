import { z } from 'zod';
import type { ClientDraft } from '../domain/types.js';
import type { Client, ProvisionResult, Space } from './types.js';

/*
 * Every 2xx answer is parsed against the contract (banqup-api.md) before anything is decided on
 * it. A listing that answered `{"results":[{"id":5,"status":{}}],"total":"many"}` was read as
 * "no clients", and all 12 rows were created again (issue 11). Each reader returns undefined when
 * the body is not the promised shape; the request runner treats that like a cut-short body
 * (retried, then `api.bad_response`, exit 6, naming the endpoint and the request id). Fields the
 * contract does not name are dropped; a field it names must have its type and bounds, including
 * those the tool does not use today, so that a half-understood answer never passes for a whole one.
 */

/** Ids go into paths, journals and files: a short run of visible ASCII, no spaces or controls. */
const ID = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$/);
const LANGUAGE = z.enum(['fr', 'en', 'nl', 'de']);
/** A required, non-empty string of at most `max` UTF-16 units (banqup-api.md §4 counts in those). */
const text = (max: number) => z.string().min(1).max(max);
/** An optional value is null, never an empty string (banqup-api.md §4). */
const optionalText = (max: number) => text(max).nullable();

/**
 * A link the server gives (banqup-api.md §4): an absolute https URL, nothing the tool builds or
 * completes. It ends up in terminals and clickable spreadsheet cells, so anything else — a path,
 * `javascript:`, plain text, a URL with a user name in it — means the answer was misread.
 */
const LINK = z
  .string()
  .max(2000)
  .refine((value) => {
    if (!/^https:\/\/[\x21-\x7E]+$/.test(value)) return false;
    // Parsed once (canParse, then new URL, parsed every link twice: two per provisioned client).
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return false;
    }
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  });
/** `links`: null while INACTIVE (or left out by a version 1 server); `banqupFiles` null while sharing is off. */
const LINKS = z
  .object({ banqup: LINK, banqupFiles: LINK.nullable() })
  .nullable()
  .optional()
  .transform((v) => (v == null ? null : { banqup: v.banqup, banqupFiles: v.banqupFiles }));

const CLIENT = z.object({
  id: ID,
  legalName: text(255),
  address: z.object({ street: text(1000), postalCode: text(100), city: text(1000), country: z.string().regex(/^[A-Z]{2}$/) }),
  companyNumber: optionalText(100),
  vatNumber: optionalText(100),
  iban: text(100),
  bic: z.string().regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/).nullable(),
  language: LANGUAGE,
  contact: z.object({ name: text(1000), email: text(320), language: LANGUAGE }),
  assigneeEmails: z.array(text(320)).max(20),
  externalReference: optionalText(100),
  // Version 2 of the contract: a server of version 1 leaves them out, which reads as null.
  documentSharing: z
    .object({ enabled: z.boolean(), deliveryChannel: optionalText(100), email: optionalText(320) })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  links: LINKS,
  status: z.enum(['INACTIVE', 'ACTIVE']),
  banqupSpaceId: ID.nullable(),
  createdAt: text(100),
  updatedAt: text(100),
});

/** A client object (banqup-api.md §4), or undefined when any field the contract names is missing or wrong. */
export function asClient(body: unknown): Client | undefined {
  const parsed = CLIENT.safeParse(body);
  return parsed.success ? (parsed.data as Client) : undefined;
}

/** The client a create answered with, only if it is the one asked for: same identifiers as the draft. */
export function asCreatedClient(body: unknown, draft: ClientDraft): Client | undefined {
  const client = asClient(body);
  if (client === undefined) return undefined;
  const same =
    client.externalReference === draft.externalReference &&
    client.vatNumber === draft.vatNumber &&
    client.companyNumber === draft.companyNumber &&
    client.address.country === draft.address.country;
  return same ? client : undefined;
}

/** The client `GET …/clients/{id}` answered with, only if it is that id. */
export function asClientWithId(body: unknown, id: string): Client | undefined {
  const client = asClient(body);
  return client?.id === id ? client : undefined;
}

/**
 * An ETag as `GET …/clients/{id}` and a PATCH send it (banqup-api.md §4.2): a quoted opaque string,
 * sent back byte for byte as If-Match, so only visible ASCII that a header can carry.
 */
const ETAG = z.string().regex(/^"[\x21\x23-\x7E]{1,200}"$/);

/** The ETag header, when it is one; a missing or malformed one reads as undefined (no PATCH is then possible). */
export function asETag(header: unknown): string | undefined {
  const parsed = ETAG.safeParse(Array.isArray(header) ? header[0] : header);
  return parsed.success ? parsed.data : undefined;
}

const SPACES = z.object({
  spaces: z.array(z.object({ id: ID, name: z.string().max(1000), type: text(100), segment: z.string().max(1000).nullable().optional() })),
});

/** `{"spaces": [...]}` (banqup-api.md §3); one entry without an id makes the whole answer unreadable. */
export function asSpaces(body: unknown): Space[] | undefined {
  const parsed = SPACES.safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.spaces.map((s) => ({ id: s.id, name: s.name, type: s.type, ...(typeof s.segment === 'string' && { segment: s.segment }) }));
}

/** A page of `GET …/clients`: its clients and what it says about the whole listing. */
export interface ClientPage {
  readonly results: Client[];
  readonly total: number;
}

const PAGE = z.object({
  page: z.number().int().min(0),
  size: z.number().int().min(1).max(100),
  total: z.number().int().min(0),
  results: z.array(CLIENT),
});

/**
 * One page of `GET …/clients` (banqup-api.md §4.2), as asked: the `page` and `size` asked for,
 * no more results than `size`, and a `total` that agrees with them (at least what this page
 * shows; exactly that on a short page). A page that does not add up is not read at all.
 */
export function asClientPage(body: unknown, page: number, size: number): ClientPage | undefined {
  const parsed = PAGE.safeParse(body);
  if (!parsed.success) return undefined;
  const { data } = parsed;
  if (data.page !== page || data.size !== size || data.results.length > size) return undefined;
  const seen = page * size + data.results.length;
  if (data.total < seen || (data.results.length < size && data.total !== seen)) return undefined;
  return { results: data.results as Client[], total: data.total };
}

const PROVISIONING = z.object({
  results: z.array(
    z.discriminatedUnion('status', [
      z.object({
        clientId: ID,
        status: z.enum(['PROVISIONED', 'ALREADY_PROVISIONED']),
        banqupSpaceId: ID,
        links: LINKS,
      }),
      z.object({ clientId: ID, status: z.literal('FAILED'), error: z.object({ error: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/) }) }),
    ]),
  ),
});

/**
 * Provisioning results (banqup-api.md §4.3): every item well formed, each id at most once and
 * only ids that were asked about (else the answer is unreadable). An id the server left out
 * becomes a retryable `MISSING_RESULT` failure, in the order asked.
 */
export function asProvisionResults(body: unknown, clientIds: readonly string[]): ProvisionResult[] | undefined {
  const parsed = PROVISIONING.safeParse(body);
  if (!parsed.success) return undefined;
  const asked = new Set(clientIds);
  const byId = new Map<string, ProvisionResult>();
  for (const item of parsed.data.results) {
    if (!asked.has(item.clientId) || byId.has(item.clientId)) return undefined;
    byId.set(
      item.clientId,
      item.status === 'FAILED'
        ? // NOT_FOUND is final; any other failed item may be sent again later.
          { clientId: item.clientId, status: 'FAILED', error: item.error.error, final: item.error.error === 'NOT_FOUND' }
        : { clientId: item.clientId, status: item.status, banqupSpaceId: item.banqupSpaceId, links: item.links },
    );
  }
  return clientIds.map((clientId) => byId.get(clientId) ?? { clientId, status: 'FAILED', error: 'MISSING_RESULT', final: false });
}

const REGISTRY = z.object({
  results: z.array(
    z.object({
      legalName: text(1000),
      country: z.string().regex(/^[A-Z]{2}$/),
      companyNumber: optionalText(100).optional(),
      vatNumber: optionalText(100).optional(),
    }),
  ),
});

/** `{"results": [...]}` of the register look-up (banqup-api.md §4.4): true when the register knows the number. */
export function asRegistryAnswer(body: unknown): { found: boolean } | undefined {
  const parsed = REGISTRY.safeParse(body);
  return parsed.success ? { found: parsed.data.results.length > 0 } : undefined;
}

const TOKEN = z.object({
  // Only visible ASCII can go into a header.
  access_token: z.string().regex(/^[\x21-\x7E]{1,4096}$/),
  token_type: z.string().regex(/^bearer$/i).optional(),
  expires_in: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]).optional(),
  expires_at: z.string().max(100).optional(),
});

/** The token answer (banqup-api.md §2), its fields typed; their meaning is read by tokenManager.ts. */
export function asTokenAnswer(body: unknown): z.infer<typeof TOKEN> | undefined {
  const parsed = TOKEN.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}
