import type { ApiConfig, RunConfig } from '../config/config.js';
import type { BanqupState, Row } from '../domain/types.js';
import type { OnRunEvent } from './events.js';
import { planImport } from './planImport.js';
import { activeLinks } from './activeLinks.js';
import { placeIssue, planIssues } from './rowIssues.js';
import { summaryOf, validRows, type RunDeps, type RunResult, type SheetCheck } from './runResult.js';
import { statusFromSpace } from './statusFromSpace.js';

/**
 * `status`: read-only. For each valid row, what the Banqup space holds now — not found, inactive
 * (created, not provisioned) or active — with the client id, from one paged listing of the space.
 */
export function readStatus(
  check: SheetCheck,
  config: RunConfig,
  apiConfig: ApiConfig,
  deps: RunDeps,
  onEvent: OnRunEvent,
  startedAt: number,
): Promise<RunResult> {
  return statusFromSpace(apiConfig, deps, onEvent, startedAt, (space, clients) => {
    const valid = validRows(check);
    const plan = planImport({ spaceId: space.id, rows: valid.map((r) => ({ row: r.row, draft: r.client })), clients, journal: new Map() });
    const byRow = new Map(plan.map((p) => [p.row, p]));
    const banqup = { active: 0, inactive: 0, notFound: 0 };
    const rows = check.rows.map((r): Row => {
      const planned = byRow.get(r.row);
      if (planned === undefined) return r;
      const state: BanqupState = planned.existing === null ? 'not-found' : planned.existing.status === 'ACTIVE' ? 'active' : 'inactive';
      banqup[state === 'not-found' ? 'notFound' : state]++;
      // What differs is worth knowing here, not an error: status changes nothing.
      const issues = planIssues(planned).map((i) => placeIssue({ ...i, severity: 'warning' }, r, check.sheet.columns));
      return {
        ...r,
        plan: planned.action,
        ...(planned.conflicts.length > 0 && { conflicts: planned.conflicts }),
        ...(planned.existing !== null && { clientId: planned.existing.id }),
        ...(planned.existing?.banqupSpaceId && { banqupSpaceId: planned.existing.banqupSpaceId }),
        ...activeLinks(planned.existing),
        banqup: state,
        issues: [...r.issues, ...issues],
      };
    });
    return { check, rows, summary: { ...summaryOf(rows, false), banqup } };
  });
}
