import { ApiError } from './apiErrors.js';
import { clientPath } from './paths.js';
import type { RunResult, RunSpec } from './requestRunner.js';
import { asClientWithId, asETag } from './responseShapes.js';
import type { ClientPatch, ClientVersion, PatchResult } from './types.js';

/** RFC 7396's media type: the only one a PATCH takes (banqup-api.md §4.5). */
export const MERGE_PATCH_TYPE = 'application/merge-patch+json';

/** What the safe PATCH needs from the adapter. */
export interface PatchDeps {
  readonly run: <T>(spec: RunSpec<T>) => Promise<RunResult<T>>;
  readonly getClientVersion: (spaceId: string, clientId: string) => Promise<ClientVersion | null>;
}

/**
 * Sends a merge patch with `If-Match` so that it is never applied twice and never lost
 * (banqup-api.md §4.5, §6):
 * - 200 → `patched`, with the client and its new ETag;
 * - 412 → `stale`: someone changed the client since that ETag; the caller reads again and decides again;
 * - an answer lost to a 5xx, a time limit, a dropped connection or a cut-short body → the client
 *   is read again first: still at that ETag, the PATCH surely did nothing and is sent again (the
 *   same If-Match, so a second send can never apply on top of a first); moved on → `moved`, with
 *   what the read found, for the caller to diff again (its change may be there already);
 * - 400, 404, 409 → the ApiError, for the engine to put on the row.
 */
export async function safePatchClient(deps: PatchDeps, spaceId: string, clientId: string, patch: ClientPatch, ifMatch: string): Promise<PatchResult> {
  try {
    const { value } = await deps.run<PatchResult>({
      request: {
        method: 'PATCH',
        path: clientPath(spaceId, clientId),
        json: patch,
        headers: { 'content-type': MERGE_PATCH_TYPE, 'if-match': ifMatch },
      },
      auth: true,
      idempotent: false,
      parse: (response) => {
        const client = asClientWithId(response.body, clientId);
        return client === undefined ? undefined : { outcome: 'patched', version: { client, etag: asETag(response.headers.etag) ?? null } };
      },
      lookup: async () => {
        const current = await deps.getClientVersion(spaceId, clientId);
        return current !== null && current.etag === ifMatch ? undefined : { outcome: 'moved', current };
      },
    });
    return value;
  } catch (error) {
    // §4.5: a 412 is "look again", never a failure of the row by itself.
    if (error instanceof ApiError && error.status === 412) return { outcome: 'stale' };
    throw error;
  }
}
