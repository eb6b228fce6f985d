import { createBanqupApi } from '../api/banqupApi.js';
import { resolveBaseUrl } from '../api/baseUrl.js';
import type { ApiEvent, BanqupApi } from '../api/types.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { VERSION } from '../version.js';
import type { ImportFlags } from './importFlags.js';

/** The flags that say where and how fast to talk to Banqup. */
export type ApiFlags = Pick<ImportFlags, 'env' | 'region' | 'apiUrl' | 'rate' | 'concurrency' | 'timeout'>;

/**
 * The adapter for a command: base URL from `--api-url`, else BANQUP_API_URL, else `--env` and
 * `--region`; credentials from the environment only (banqup-api.md §2: never a flag).
 */
export function apiFromFlags(flags: ApiFlags, io: Pick<Io, 'env'>, onEvent: (event: ApiEvent) => void, missingCode = 'credentials.missing'): BanqupApi {
  const clientId = io.env.BANQUP_CLIENT_ID ?? '';
  const clientSecret = io.env.BANQUP_CLIENT_SECRET ?? '';
  if (clientId === '' || clientSecret === '') throw new UsageError(missingCode);
  const apiUrl = flags.apiUrl ?? io.env.BANQUP_API_URL;
  const baseUrl = resolveBaseUrl({ env: flags.env, region: flags.region, ...(apiUrl !== undefined && { apiUrl }) });
  return createBanqupApi({
    baseUrl,
    clientId,
    clientSecret,
    version: VERSION,
    rate: flags.rate,
    concurrency: flags.concurrency,
    timeoutMs: flags.timeout * 1000,
    onEvent,
  });
}
