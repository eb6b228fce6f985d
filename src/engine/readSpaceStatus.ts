import type { ApiConfig } from '../config/config.js';
import type { OnRunEvent } from './events.js';
import { summaryOf, type RunDeps, type RunResult } from './runResult.js';
import { clientRow, spaceCheck } from './spaceRows.js';
import { statusFromSpace } from './statusFromSpace.js';

/**
 * `status` without a sheet: read-only, every client of the space from the adapter's paged
 * listing, each with its state and links, and the counts by state.
 */
export function readSpaceStatus(apiConfig: ApiConfig, deps: Pick<RunDeps, 'openApi' | 'signal' | 'now'>, onEvent: OnRunEvent): Promise<RunResult> {
  return statusFromSpace(apiConfig, deps, onEvent, (deps.now ?? Date.now)(), (_space, clients) => {
    const rows = clients.map((client, i) => clientRow(client, i + 1));
    const active = rows.filter((r) => r.banqup === 'active').length;
    return {
      check: spaceCheck(),
      rows,
      summary: { ...summaryOf(rows, false), banqup: { active, inactive: rows.length - active, notFound: 0 } },
      heading: 'space.heading',
    };
  });
}
