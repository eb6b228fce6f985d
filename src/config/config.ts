import type { ColumnKey, DeliveryChannel, Lang } from '../domain/types.js';
import type { MappingEntry } from '../input/columnMapping.js';

/** How progress is shown on stderr: a spinner in a terminal, plain lines elsewhere, or nothing. */
export type ProgressMode = 'spinner' | 'lines' | 'silent';

/** What stdout carries: the tables for people, or JSON for scripts. */
export type OutputFormat = 'table' | 'json' | 'ndjson';

/** How and where the product and the chatter go. */
export interface OutputConfig {
  readonly lang: Lang;
  readonly format: OutputFormat;
  readonly progress: ProgressMode;
  /** 0 no colour … 3 truecolor, decided once. */
  readonly colorLevel: 0 | 1 | 2 | 3;
  /** Width the tables on stdout are laid out at. */
  readonly width: number;
  /** `--report` as the user typed it. */
  readonly report?: string;
  /** `--results` as the user typed it. */
  readonly results?: string;
}

/** Which column of the sheet is which template column, beyond the usual header names. */
export interface ColumnsConfig {
  /** `--map`, in the order given. */
  readonly map: readonly MappingEntry[];
  /** `--mapping`, as typed: read by the shell. */
  readonly mappingFile?: string;
  /** `--save-mapping`, as typed. */
  readonly saveMapping?: string;
  /** Missing columns may be asked for: stdin and stderr are terminals, not CI, not --json/--ndjson. */
  readonly ask: boolean;
}

/** Where and how fast to talk to Banqup; credentials only from the environment. */
export interface ApiConfig {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The ceiling of adaptive pacing, or the fixed rate (`--fixed-rate`). */
  readonly rate: number;
  readonly concurrency: number;
  /** False with `--fixed-rate`: `rate` and `concurrency` as given, no probing. */
  readonly adaptive: boolean;
  readonly timeoutMs: number;
  readonly batchSize: number;
  /** `--space`; absent: the only Partner space of the app. */
  readonly spaceId?: string;
}

/** The main command and `status`: read a sheet, check it, and (with credentials) talk to Banqup. */
export interface RunConfig {
  readonly command: 'import' | 'status';
  /** The sheet as the user named it; `-` for standard input. */
  readonly file: string;
  readonly cwd: string;
  /** `status` is always a dry run: it sends no write. */
  readonly dryRun: boolean;
  readonly sheet?: string;
  readonly maxRows: number;
  readonly skipInvalid: boolean;
  readonly restart: boolean;
  /** `--update`: clients found with other data are updated (ETag / If-Match), never without it. */
  readonly update?: boolean;
  /** `--share-documents`, `--delivery-channel`: sharing for rows whose columns P–R say nothing. */
  readonly sharing: { readonly email?: string; readonly channel?: DeliveryChannel };
  /** `--map`, `--mapping`, `--save-mapping`, and whether to ask at the terminal. */
  readonly columns: ColumnsConfig;
  /** The journal file that makes the run resumable. */
  readonly journalPath: string;
  /** The journal is in banqup-import's own state folder, where old journals are pruned. */
  readonly journalsManaged: boolean;
  /** Null when BANQUP_CLIENT_ID or BANQUP_CLIENT_SECRET is missing. */
  readonly api: ApiConfig | null;
  readonly output: OutputConfig;
  /** False (`add --no-activate`): clients are created and left inactive, which then counts as done. */
  readonly activate?: boolean;
}

/** `banqup-import add`: one client from flags, checked and imported as a one-row sheet. */
export interface AddConfig {
  readonly command: 'add';
  readonly cwd: string;
  /** What each flag gave, by template column (sharing: `--share-documents`, `--delivery-channel`). */
  readonly values: Readonly<Partial<Record<ColumnKey, string>>>;
  readonly dryRun: boolean;
  /** `--no-activate` makes it false. */
  readonly activate: boolean;
  /** stdin and stderr are terminals, not CI, not `--json`: missing values are asked for. */
  readonly interactive: boolean;
  readonly journalPath: string;
  readonly journalsManaged: boolean;
  readonly api: ApiConfig | null;
  readonly output: OutputConfig;
}

/** `banqup-import activate [FILE]`: the space's inactive clients, or those of the sheet's rows. */
export interface ActivateConfig {
  readonly command: 'activate';
  readonly cwd: string;
  /** The sheet whose rows' clients to activate; absent: every inactive client of the space. */
  readonly file?: string;
  readonly sheet?: string;
  readonly maxRows: number;
  readonly dryRun: boolean;
  /** `--yes`: no confirmation (needed when not interactive). */
  readonly yes: boolean;
  /** stdin and stderr are terminals, not CI, not `--json`/`--ndjson`: the count is confirmed. */
  readonly interactive: boolean;
  readonly journalPath: string;
  readonly journalsManaged: boolean;
  readonly api: ApiConfig | null;
  readonly output: OutputConfig;
}

/** `banqup-import status` without a sheet: every client of the space. */
export interface SpaceStatusConfig {
  readonly command: 'space-status';
  readonly cwd: string;
  readonly api: ApiConfig | null;
  readonly output: OutputConfig;
}

/** `banqup-import template`. */
export interface TemplateConfig {
  readonly command: 'template';
  readonly cwd: string;
  readonly output: string;
  readonly force: boolean;
  readonly lang: Lang;
  readonly stdoutIsTerminal: boolean;
}

/** `banqup-import export`: every client of the space, to a file in the template's format. */
export interface ExportConfig {
  readonly command: 'export';
  readonly cwd: string;
  /** `-o` as typed; `-` is CSV on standard output. */
  readonly output: string;
  readonly force: boolean;
  readonly lang: Lang;
  readonly progress: ProgressMode;
  /** Null when BANQUP_CLIENT_ID or BANQUP_CLIENT_SECRET is missing (exit 2). */
  readonly api: ApiConfig | null;
}

/** `banqup-import sandbox`: its flags stay raw strings for sandboxOptionsFromFlags, which knows their ranges. */
export interface SandboxConfig {
  readonly command: 'sandbox';
  readonly cwd: string;
  readonly lang: Lang;
  readonly quiet: boolean;
  readonly flags: Readonly<Record<string, unknown>>;
}

/** Everything a command runs on: resolved once, frozen, never read from the environment again. */
export type Config = RunConfig | TemplateConfig | SandboxConfig | AddConfig | ActivateConfig | SpaceStatusConfig | ExportConfig;
