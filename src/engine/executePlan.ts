import type { BanqupApi } from '../api/types.js';
import type { Issue, Row } from '../domain/types.js';
import type { ApiUnavailableError, AuthError } from '../errors.js';
import type { TableColumns } from '../input/locateTable.js';
import { activeLinks } from './activeLinks.js';
import { createRows, type HeldClient } from './createRows.js';
import type { OnRunEvent } from './events.js';
import type { Journal } from './journal.js';
import type { PlannedRow } from './planImport.js';
import { provisionRows } from './provisionRows.js';
import { engineIssue, placeIssue, planIssues } from './rowIssues.js';
import { createRunContext } from './runContext.js';

/** How many times a client whose provisioning failed (other than NOT_FOUND) is sent in one run. */
export const PROVISION_ROUNDS = 3;

/** Everything the headless run needs. */
export interface ExecuteOptions {
  readonly api: Pick<BanqupApi, 'createClient' | 'provision'> & Partial<Pick<BanqupApi, 'stats'>>;
  readonly spaceId: string;
  readonly plan: readonly PlannedRow[];
  /** The checked rows of the plan, by row number: each grows into its outcome. */
  readonly rows: ReadonlyMap<number, Row>;
  /** Where the sheet's columns are, to put the API's problems on their cells. */
  readonly columns: TableColumns;
  /** Problems found before the run (register look-up): an error keeps the row from being sent. */
  readonly preflightProblems?: ReadonlyMap<number, readonly Issue[]>;
  /** Null: nothing is recorded (tests); a real run always has one. */
  readonly journal: Journal | null;
  /** Aborted on Ctrl-C: nothing new starts, calls in flight finish and are journalled. */
  readonly signal?: AbortSignal;
  readonly concurrency: number;
  readonly batchSize: number;
  readonly provisionRounds?: number;
  readonly provisionRoundDelayMs?: number;
  readonly now?: () => Date;
  readonly onEvent?: OnRunEvent;
}

/** How the run ended: each planned row in its final state, in plan order. */
export interface ExecuteResult {
  readonly rows: Row[];
  /** The error that ended the run early (exit 4 or 6), if any. */
  readonly fatal: AuthError | ApiUnavailableError | null;
  /** Ctrl-C stopped the run before everything was done. */
  readonly interrupted: boolean;
}

/**
 * The import itself, headless (style.md §8 rule 1): conflicts and duplicates are skipped, new
 * clients are created, then every created or existing client that is not active is provisioned.
 * Rows that reach their final state are reported as `row-done` events as they get there.
 */
export async function executePlan(opts: ExecuteOptions): Promise<ExecuteResult> {
  const ctx = createRunContext(opts);
  try {
    const toCreate: PlannedRow[] = [];
    const toProvision: HeldClient[] = [];
    for (const row of opts.plan) {
      const checked = opts.rows.get(row.row);
      if (checked === undefined) continue;
      const early = (opts.preflightProblems?.get(row.row) ?? []).map((i) => placeIssue(i, checked, opts.columns));
      ctx.outcomes.set(row.row, { ...checked, status: 'skipped', plan: row.action, issues: [...checked.issues, ...early] });
      if (row.action === 'conflict' || row.action === 'duplicate') {
        ctx.finish(
          row.row,
          { ...(row.action === 'conflict' && { conflicts: row.conflicts }), ...clientIds(row), ...activeLinks(row.existing), ...stateOf(row) },
          planIssues(row),
        );
      } else if (early.some((p) => p.severity === 'error')) {
        ctx.finish(row.row, { status: 'failed' });
      } else if (row.action === 'create') {
        toCreate.push(row);
      } else if (row.existing !== null && row.existing.status === 'ACTIVE') {
        // An earlier run may have been cut off after Banqup activated the client but before it
        // journalled that: close the row's story, so the journal never ends on a step left open.
        if (row.journal !== undefined && !(row.journal.step === 'provisioned' && row.journal.clientId === row.existing.id)) {
          ctx.journal(row, 'provisioned', clientIds(row));
        }
        ctx.finish(row.row, { status: row.ours ? 'provisioned' : 'existing', ...clientIds(row), ...activeLinks(row.existing), banqup: 'active' });
      } else if (row.existing !== null) {
        Object.assign(ctx.outcomes.get(row.row) ?? {}, { status: row.ours ? 'created' : 'existing', clientId: row.existing.id });
        toProvision.push({ row, client: row.existing });
      }
    }

    const created = await createRows(ctx, toCreate, opts.concurrency);
    for (const held of created) {
      if (held.client.status === 'ACTIVE') {
        // Adopted already active (another run provisioned it): journalled as done, like a provisioning.
        ctx.journal(held.row, 'provisioned', {
          clientId: held.client.id,
          ...(held.client.banqupSpaceId && { banqupSpaceId: held.client.banqupSpaceId }),
        });
        ctx.finish(held.row.row, {
          status: 'provisioned',
          banqup: 'active',
          ...(held.client.banqupSpaceId && { banqupSpaceId: held.client.banqupSpaceId }),
          ...activeLinks(held.client),
        });
      } else {
        toProvision.push(held);
      }
    }
    if (!ctx.stopped()) {
      await provisionRows(ctx, dedupeByClient(toProvision), {
        batchSize: opts.batchSize,
        concurrency: opts.concurrency,
        rounds: opts.provisionRounds ?? PROVISION_ROUNDS,
        roundDelayMs: opts.provisionRoundDelayMs ?? 1000,
      });
    }

    // Whatever did not get to its end: never started, or created or found but not provisioned.
    for (const planned of opts.plan) {
      const outcome = ctx.outcomes.get(planned.row);
      if (outcome === undefined || ctx.finished.has(planned.row)) continue;
      if (outcome.status === 'skipped') ctx.finish(planned.row, {}, [engineIssue('run.not_reached', {}, '', 'warning')]);
      else ctx.finish(planned.row, { banqup: 'inactive' }, [engineIssue('run.not_provisioned', {}, '', 'warning')]);
    }
    return {
      rows: opts.plan.flatMap((r) => {
        const row = ctx.outcomes.get(r.row);
        return row === undefined ? [] : [{ ...row }];
      }),
      fatal: ctx.fatal,
      interrupted: opts.signal?.aborted === true,
    };
  } finally {
    ctx.dispose();
  }
}

function clientIds(row: PlannedRow): { clientId?: string; banqupSpaceId?: string } {
  if (row.existing === null) return {};
  return { clientId: row.existing.id, ...(row.existing.banqupSpaceId && { banqupSpaceId: row.existing.banqupSpaceId }) };
}

/** Whether the client a row maps to is active, for rows that are not worked on. */
function stateOf(row: PlannedRow): { banqup?: 'active' | 'inactive' } {
  if (row.existing === null) return {};
  return { banqup: row.existing.status === 'ACTIVE' ? 'active' : 'inactive' };
}

/** One provisioning entry per client (two rows can only share one as duplicates, which are skipped). */
function dedupeByClient(held: readonly HeldClient[]): HeldClient[] {
  const seen = new Set<string>();
  return held.filter((h) => !seen.has(h.client.id) && seen.add(h.client.id));
}
