import { isApiFailure, type BanqupApi, type Client, type ClientVersion } from '../api/types.js';
import type { FieldChange } from '../domain/types.js';
import { activeLinks } from './activeLinks.js';
import type { HeldClient } from './createRows.js';
import { differingFields } from './differingFields.js';
import type { PlannedRow } from './planImport.js';
import { engineIssue } from './rowIssues.js';
import type { RunContext } from './runContext.js';
import { runPool } from './runPool.js';
import { fieldChanges, mergePatchFor } from './updatePlan.js';

/** How many times one row is read again and decided again after its PATCH met another change (412). */
export const UPDATE_ATTEMPTS = 3;

/** How one row's update ended. */
export type UpdateOutcome =
  /** The client now holds the sheet's values; `changes` are the fields this run changed. */
  | { readonly kind: 'updated'; readonly client: Client; readonly changes: readonly FieldChange[] }
  /** The fresh read already held the sheet's values: nothing to send. */
  | { readonly kind: 'unchanged'; readonly client: Client }
  /** Someone else changed a field the sheet changes too, or kept moving the client: nothing overwritten. */
  | { readonly kind: 'changed-elsewhere'; readonly fields: readonly string[] }
  | { readonly kind: 'gone' }
  /** The server gave no ETag: without If-Match nothing can be changed safely. */
  | { readonly kind: 'no-etag' };

type UpdateApi = Pick<BanqupApi, 'getClientVersion' | 'patchClient'>;

/**
 * One row's update, safe against other people and lost answers (banqup-api.md §4.5): a fresh GET
 * for the ETag, the fields that still differ from the sheet, a merge patch of those only with
 * If-Match. A field that someone else changed since the plan read the client and that the sheet
 * wants otherwise is theirs: the row stops there (nothing overwritten). A 412, or an answer lost
 * after which the client moved, means "read again and decide again", at most `attempts` times.
 */
export async function updateClient(api: UpdateApi, spaceId: string, row: PlannedRow, attempts = UPDATE_ATTEMPTS): Promise<UpdateOutcome> {
  const baseline = row.existing;
  if (baseline === null) return { kind: 'gone' };
  // What this run changed, as it first found each field (a field sent twice is reported once).
  const sent = new Map<string, FieldChange>();
  let version: ClientVersion | null = await api.getClientVersion(spaceId, baseline.id);
  for (let tries = 0; ; ) {
    if (version === null) return { kind: 'gone' };
    const changes = fieldChanges(row.draft, version.client);
    if (changes.length === 0) {
      return sent.size === 0 ? { kind: 'unchanged', client: version.client } : { kind: 'updated', client: version.client, changes: [...sent.values()] };
    }
    const movedSincePlan = new Set(differingFields(baseline, version.client));
    const theirs = changes.filter((c) => movedSincePlan.has(c.field) && !sent.has(c.field));
    if (theirs.length > 0) return { kind: 'changed-elsewhere', fields: theirs.map((c) => c.field) };
    if (version.etag === null) return { kind: 'no-etag' };
    for (const change of changes) if (!sent.has(change.field)) sent.set(change.field, change);
    const result = await api.patchClient(spaceId, baseline.id, mergePatchFor(row.draft, changes.map((c) => c.field)), version.etag);
    if (result.outcome === 'patched') return { kind: 'updated', client: result.version.client, changes: [...sent.values()] };
    if (++tries >= attempts) return { kind: 'changed-elsewhere', fields: changes.map((c) => c.field) };
    version = result.outcome === 'moved' ? result.current : await api.getClientVersion(spaceId, baseline.id);
  }
}

/**
 * Updates the `update` rows with `concurrency` workers. The journal gets `update-started` before
 * the first PATCH and `updated`/`update-failed` after, so that a crash in between is settled by
 * the next run's fresh read (the change is there: nothing to send; it is not: sent again). An
 * updated client that is not active yet is handed back, to be provisioned like any other.
 */
export async function updateRows(ctx: RunContext, rows: readonly PlannedRow[], concurrency: number): Promise<HeldClient[]> {
  const held: HeldClient[] = [];
  const { getClientVersion, patchClient } = ctx.api;
  if (rows.length === 0 || getClientVersion === undefined || patchClient === undefined) return held;
  const api: UpdateApi = { getClientVersion, patchClient };
  let done = 0;
  let failed = 0;
  const total = rows.length;
  ctx.emit({ type: 'phase-started', phase: 'update', total });
  await runPool(
    rows,
    concurrency,
    async (row) => {
      const clientId = row.existing?.id;
      ctx.journal(row, 'update-started', { clientId });
      try {
        const outcome = await updateClient(api, ctx.spaceId, row);
        if (outcome.kind === 'updated' || outcome.kind === 'unchanged') {
          ctx.journal(row, 'updated', { clientId });
          const updated = outcome.kind === 'updated' ? { updated: outcome.changes } : {};
          const status = outcome.kind === 'updated' ? 'updated' : 'existing';
          if (outcome.client.status === 'ACTIVE') {
            ctx.finish(row.row, {
              status,
              ...updated,
              clientId: outcome.client.id,
              ...(outcome.client.banqupSpaceId && { banqupSpaceId: outcome.client.banqupSpaceId }),
              ...activeLinks(outcome.client),
              banqup: 'active',
            });
          } else {
            const outcomeRow = ctx.outcomes.get(row.row);
            if (outcomeRow) Object.assign(outcomeRow, { status, ...updated, clientId: outcome.client.id });
            held.push({ row, client: outcome.client });
          }
        } else {
          failed++;
          ctx.journal(row, 'update-failed', { clientId, error: outcome.kind.toUpperCase().replace('-', '_') });
          const issues =
            outcome.kind === 'changed-elsewhere'
              ? outcome.fields.slice(0, 1).map((field) => engineIssue('update.changed_elsewhere', {}, field))
              : [engineIssue(outcome.kind === 'gone' ? 'update.client_gone' : 'update.no_etag')];
          ctx.finish(row.row, { status: 'failed', ...(clientId !== undefined && { clientId }) }, issues);
        }
      } catch (error) {
        if (!isApiFailure(error)) throw error;
        ctx.journal(row, 'update-failed', {
          clientId,
          error: error.code ?? error.kind,
          ...(error.requestId !== undefined && { requestId: error.requestId }),
        });
        if (error.runEnding !== null) ctx.stopFor(error.runEnding);
        failed++;
        ctx.finish(row.row, { status: 'failed', ...(clientId !== undefined && { clientId }) }, error.issues);
      }
      done++;
      ctx.emit({ type: 'progress', phase: 'update', done, failed, total });
    },
    () => ctx.stopped(),
  );
  ctx.emit({ type: 'phase-finished', phase: 'update', done, failed });
  return held;
}
