import type { BanqupApi } from '../api/types.js';
import type { ApiConfig } from '../config/config.js';
import type { OnRunEvent } from './events.js';
import { asRunError, readSpace } from './preflight.js';
import { summaryOf, type RunDeps, type RunResult } from './runResult.js';
import { clientRow, spaceCheck } from './spaceRows.js';
import { stopIfAborted } from './stopIfAborted.js';

/**
 * `status` without a sheet: read-only, every client of the space from the adapter's paged
 * listing, each with its state and links, and the counts by state.
 */
export async function readSpaceStatus(apiConfig: ApiConfig, deps: Pick<RunDeps, 'openApi' | 'signal' | 'now'>, onEvent: OnRunEvent): Promise<RunResult> {
  const now = deps.now ?? Date.now;
  const startedAt = now();
  let api: BanqupApi | null = null;
  try {
    api = await deps.openApi(apiConfig, onEvent);
    const { space, clients } = await readSpace(api, apiConfig.spaceId, onEvent).catch((error: unknown) => {
      throw asRunError(error);
    });
    await stopIfAborted(deps.signal, 'interrupted.nothing_changed');
    const rows = clients.map((client, i) => clientRow(client, i + 1));
    const active = rows.filter((r) => r.banqup === 'active').length;
    return {
      mode: 'status',
      dryRun: true,
      check: spaceCheck(),
      rows,
      summary: { ...summaryOf(rows, false), banqup: { active, inactive: rows.length - active, notFound: 0 } },
      space,
      stats: api.stats(),
      durationMs: now() - startedAt,
      interrupted: false,
      fatal: null,
      heading: 'space.heading',
    };
  } finally {
    await api?.close();
  }
}
