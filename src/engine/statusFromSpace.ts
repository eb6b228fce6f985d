import type { BanqupApi, Client, Space } from '../api/types.js';
import type { ApiConfig } from '../config/config.js';
import type { OnRunEvent } from './events.js';
import { asRunError, readSpace } from './preflight.js';
import type { RunDeps, RunResult } from './runResult.js';
import { stopIfAborted } from './stopIfAborted.js';

/** What a status run found: its rows and their counts; the frame around it is statusFromSpace's. */
export type StatusFindings = Pick<RunResult, 'check' | 'rows' | 'summary' | 'heading'>;

/**
 * The frame of both `status` runs (with a sheet: readStatus.ts; without: readSpaceStatus.ts):
 * read-only, it opens the adapter, reads the space's clients in one paged listing, stops there on
 * Ctrl-C (the listing in flight is let finish), lets `findings` say what the rows are, and closes
 * the adapter whatever happens.
 */
export async function statusFromSpace(
  apiConfig: ApiConfig,
  deps: Pick<RunDeps, 'openApi' | 'signal' | 'now'>,
  onEvent: OnRunEvent,
  startedAt: number,
  findings: (space: Space, clients: readonly Client[]) => StatusFindings,
): Promise<RunResult> {
  const now = deps.now ?? Date.now;
  let api: BanqupApi | null = null;
  try {
    api = await deps.openApi(apiConfig, onEvent);
    const { space, clients } = await readSpace(api, apiConfig.spaceId, onEvent).catch((error: unknown) => {
      throw asRunError(error);
    });
    await stopIfAborted(deps.signal, 'interrupted.nothing_changed');
    return {
      mode: 'status',
      dryRun: true,
      ...findings(space, clients),
      space,
      stats: api.stats(),
      durationMs: now() - startedAt,
      interrupted: false,
      fatal: null,
    };
  } finally {
    await api?.close();
  }
}
