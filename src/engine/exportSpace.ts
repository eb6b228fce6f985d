import type { BanqupApi, Client, Space } from '../api/types.js';
import type { ApiConfig } from '../config/config.js';
import type { OnRunEvent } from './events.js';
import { asRunError, readSpace } from './preflight.js';

/** What `export` needs from outside: the adapter, opened by the shell. */
export interface ExportDeps {
  readonly openApi: (api: ApiConfig, onEvent: OnRunEvent) => Promise<BanqupApi>;
}

/** The space and every client of it, in a stable order for people: by name, then id. */
export interface SpaceExport {
  readonly space: Space;
  readonly clients: readonly Client[];
}

/**
 * `export`, headless and read-only: token, space, then every client of the space page by page
 * (the listing of banqup-api.md §4.2). Refused → exit 4, unavailable → exit 6 (asRunError).
 */
export async function exportSpace(apiConfig: ApiConfig, deps: ExportDeps, onEvent: OnRunEvent): Promise<SpaceExport> {
  const api = await deps.openApi(apiConfig, onEvent);
  try {
    const { space, clients } = await readSpace(api, apiConfig.spaceId, onEvent).catch((error: unknown) => {
      throw asRunError(error);
    });
    const byName = [...clients].sort((a, b) => a.legalName.localeCompare(b.legalName, 'fr') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { space, clients: byName };
  } finally {
    await api.close();
  }
}
