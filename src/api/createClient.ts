import type { ClientDraft } from '../domain/types.js';
import { draftFields } from '../domain/draftFields.js';
import { ApiError } from './apiErrors.js';
import { clientsPath } from './paths.js';
import type { RunResult, RunSpec } from './requestRunner.js';
import { asCreatedClient } from './responseShapes.js';
import type { Client, CreateResult } from './types.js';

/** What the safe create needs from the adapter. */
export interface CreateDeps {
  readonly run: <T>(spec: RunSpec<T>) => Promise<RunResult<T>>;
  readonly getClient: (spaceId: string, clientId: string) => Promise<Client | null>;
  readonly findExistingClient: (spaceId: string, draft: ClientDraft) => Promise<Client | null>;
}

/**
 * Creates a client so that a run never leaves two of it (banqup-api.md §4.1):
 * - 201 → `created`;
 * - 409 CLIENT_ALREADY_EXISTS → the existing client is read and `adopted`;
 * - an answer lost to a 5xx, a time limit, a dropped connection or a cut-short body → the client is
 *   looked up first and adopted if there; only if not is the POST sent again, with the same key
 *   (the real API may ignore Idempotency-Key, so the key alone is not trusted);
 * - 400 VALIDATION_FAILED → ApiError `validation` with the violations, for the engine to put on cells.
 */
export async function safeCreateClient(
  deps: CreateDeps,
  spaceId: string,
  draft: ClientDraft,
  idempotencyKey: string,
): Promise<CreateResult> {
  if (!/^[\x21-\x7E]{1,255}$/.test(idempotencyKey)) {
    throw new TypeError('idempotencyKey must be 1–255 visible ASCII characters');
  }
  try {
    const { value, recovered } = await deps.run<Client>({
      request: {
        method: 'POST',
        path: clientsPath(spaceId),
        json: draftBody(draft),
        headers: { 'idempotency-key': idempotencyKey },
      },
      auth: true,
      idempotent: false,
      // A 201 naming another client is as unreadable as a cut-short one: it is looked up instead.
      parse: (response) => asCreatedClient(response.body, draft),
      lookup: async () => (await deps.findExistingClient(spaceId, draft)) ?? undefined,
    });
    return { client: value, outcome: recovered ? 'adopted' : 'created' };
  } catch (error) {
    // A 409 whose body was cut short has no code: the look-up below settles it all the same.
    if (!(error instanceof ApiError) || error.kind !== 'conflict') throw error;
    if (error.code !== undefined && error.code !== 'CLIENT_ALREADY_EXISTS') throw error;
    const existing =
      (error.existingClientId !== undefined ? await deps.getClient(spaceId, error.existingClientId) : null) ??
      (await deps.findExistingClient(spaceId, draft));
    if (existing === null) throw error;
    return { client: existing, outcome: 'adopted' };
  }
}

/** The request body: the contract's fields only, in a fixed order (see draftFields). */
export const draftBody = draftFields;
