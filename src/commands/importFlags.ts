import type { CheckFlags } from './check.js';

/** Flags of the import (the main command without --dry-run, or --dry-run with credentials). */
export interface ImportFlags extends CheckFlags {
  /** Partner space id; default: the only PARTNER space. */
  readonly space?: string;
  readonly env: 'prod' | 'uat' | 'sandbox';
  readonly region: 'eu' | 'fr';
  /** Overrides env/region entirely (also BANQUP_API_URL). */
  readonly apiUrl?: string;
  /** Requests per second (client-side pacing). */
  readonly rate: number;
  /** Requests in flight at most. */
  readonly concurrency: number;
  /** Clients per provisioning call (1–100). */
  readonly batchSize: number;
  /** Timeout of one request, in seconds. */
  readonly timeout: number;
  /** Import the valid rows and report the others (exit 5 at the end). */
  readonly skipInvalid?: boolean;
  /** Row → client id → status, as .csv, .xlsx or .json. */
  readonly results?: string;
  /** Folder of the journal; default: beside the input file. */
  readonly stateDir?: string;
  /** Ignore the journal of earlier runs. */
  readonly restart?: boolean;
  /** No progress on stderr. */
  readonly quiet?: boolean;
}
