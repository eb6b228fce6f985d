import { existsSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { resolveBaseUrl, type ApiEnv, type ApiRegion } from '../api/baseUrl.js';
import { normaliseDeliveryChannel } from '../domain/documentSharing.js';
import { parseMapFlag } from '../input/columnMapping.js';
import type { ColumnKey, DeliveryChannel } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { resolveLang } from './resolveLang.js';
import type { ApiConfig, ColumnsConfig, Config, OutputConfig, ProgressMode, RunConfig } from './config.js';
import { journalLocation, journalsFolder } from './journalLocation.js';
import { ADD_FLAGS, defaultOf, type CommandName } from './options.js';

/** The environment, as the process has it. resolveConfig is the only reader of it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** What the streams say about where output goes: facts of the process, not of the environment. */
export interface Terminal {
  readonly stdoutIsTTY: boolean;
  readonly stdoutColumns: number;
  readonly stderrIsTTY: boolean;
  readonly stderrColumns: number;
  /** Standard input is a terminal (someone can answer a question); absent: no. */
  readonly stdinIsTTY?: boolean;
  /** The colour level the terminal supports when colour is on (chalk's detection). */
  readonly supportedColorLevel: 0 | 1 | 2 | 3;
}

/** What commander hands over for one command: the file argument and the parsed option values. */
export interface ParsedCommand {
  readonly command: CommandName;
  readonly file?: string;
  readonly flags: Readonly<Record<string, unknown>>;
}

/** The names of the environment variables the tool reads, in one place. */
export const ENV = {
  clientId: 'BANQUP_CLIENT_ID',
  clientSecret: 'BANQUP_CLIENT_SECRET',
  apiUrl: 'BANQUP_API_URL',
} as const;

const set = (value: string | undefined): value is string => value !== undefined && value !== '';

/**
 * Colour, decided once (style.md §8): `--no-color` and `NO_COLOR` turn it off, `--color` and
 * `FORCE_COLOR` turn it on, otherwise only for a terminal that is not `TERM=dumb`.
 */
export function resolveColorLevel(flag: unknown, env: Env, terminal: Terminal): 0 | 1 | 2 | 3 {
  if (flag === false || set(env.NO_COLOR)) return 0;
  if (flag === true || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0')) return terminal.supportedColorLevel || 1;
  if (terminal.stdoutIsTTY && env.TERM !== 'dumb') return terminal.supportedColorLevel || 1;
  return 0;
}

/**
 * How wide stdout's tables are laid out: the terminal's width; else `COLUMNS` (the shell's word,
 * also for a pipe into `less`); else 100. A terminal that reports no size (0, as some ptys in CI
 * and editors do) is not taken for a 0-column one.
 */
export function resolveWidth(env: Env, terminal: Pick<Terminal, 'stdoutColumns'>): number {
  if (terminal.stdoutColumns > 0) return terminal.stdoutColumns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 100;
}

/**
 * decisions.md: a spinner only when stderr is a terminal and not under CI; plain lines otherwise;
 * nothing with --json, --ndjson or --quiet (stdout is then for machines, or the user asked).
 */
export function resolveProgress(flags: { json?: unknown; ndjson?: unknown; quiet?: unknown }, env: Env, terminal: Pick<Terminal, 'stderrIsTTY' | 'stderrColumns'>): ProgressMode {
  if (flags.json === true || flags.ndjson === true || flags.quiet === true) return 'silent';
  const ci = underCi(env);
  // A terminal of zero columns (some pseudo-terminals) would make the spinner redraw endlessly.
  return terminal.stderrIsTTY && terminal.stderrColumns > 0 && !ci && env.TERM !== 'dumb' ? 'spinner' : 'lines';
}

function underCi(env: Env): boolean {
  return set(env.CI) && env.CI !== 'false' && env.CI !== '0';
}

/** Someone to ask (add's missing values, activate's confirmation): stdin and stderr are terminals, not CI, not JSON. */
export function resolveInteractive(flags: { json?: unknown; ndjson?: unknown }, env: Env, terminal: Pick<Terminal, 'stdinIsTTY' | 'stderrIsTTY'>): boolean {
  return terminal.stdinIsTTY === true && terminal.stderrIsTTY && !underCi(env) && flags.json !== true && flags.ndjson !== true;
}

const EXTENSIONS = ['.xlsx', '.csv', '.json'];
/** `export` without -o: a workbook, what office staff open and edit (scripts say `-o -` or a .csv/.json). */
export const EXPORT_DEFAULT_OUTPUT = 'banqup-clients.xlsx';

function outputConfig(flags: Readonly<Record<string, unknown>>, env: Env, terminal: Terminal): OutputConfig {
  if (flags.json === true && flags.ndjson === true) throw new UsageError('usage.json_and_ndjson');
  const report = optionalText(flags.report);
  const results = optionalText(flags.results);
  if (report !== undefined && !EXTENSIONS.includes(extname(report).toLowerCase())) throw new UsageError('usage.report_extension', { path: report });
  if (results !== undefined && !EXTENSIONS.includes(extname(results).toLowerCase())) throw new UsageError('usage.results_extension', { path: results });
  return {
    lang: resolveLang(flags.lang, env),
    format: flags.json === true ? 'json' : flags.ndjson === true ? 'ndjson' : 'table',
    progress: resolveProgress(flags, env, terminal),
    colorLevel: resolveColorLevel(flags.color, env, terminal),
    width: resolveWidth(env, terminal),
    ...(report !== undefined && { report }),
    ...(results !== undefined && { results }),
  };
}

/**
 * The API settings, or null without credentials (a dry run then checks offline). Credentials come
 * from the environment only (banqup-api.md §2: never a flag, so never in shell history or `ps`);
 * the base URL from `--api-url`, else BANQUP_API_URL, else `--env` and `--region`.
 */
function apiConfig(flags: Readonly<Record<string, unknown>>, env: Env): ApiConfig | null {
  const clientId = env[ENV.clientId];
  const clientSecret = env[ENV.clientSecret];
  if (!set(clientId) || !set(clientSecret)) return null;
  const apiUrl = optionalText(flags.apiUrl) ?? env[ENV.apiUrl];
  const baseUrl = resolveBaseUrl({
    env: (flags.env ?? defaultOf('env')) as ApiEnv,
    region: (flags.region ?? defaultOf('region')) as ApiRegion,
    ...(apiUrl !== undefined && { apiUrl }),
  });
  const space = optionalText(flags.space);
  return {
    baseUrl,
    clientId,
    clientSecret,
    rate: number(flags.rate, 'rate'),
    concurrency: number(flags.concurrency, 'concurrency'),
    adaptive: flags.fixedRate !== true,
    timeoutMs: number(flags.timeout, 'timeout') * 1000,
    batchSize: number(flags.batchSize, 'batchSize'),
    ...(space !== undefined && { spaceId: space }),
  };
}

/**
 * Turns what commander parsed, the environment and the terminal into the one frozen config a
 * command runs on: every default applied here (from the option table), every environment
 * variable read here, and the combinations that make no sense refused with exit 2.
 */
export function resolveConfig(parsed: ParsedCommand, env: Env, terminal: Terminal, cwd: string): Config {
  const { flags } = parsed;
  const place = { cwd, env, platform: platform(), home: set(env.HOME) ? env.HOME : homedir(), exists: existsSync };
  switch (parsed.command) {
    case 'add': {
      const values = Object.fromEntries(
        Object.entries(ADD_FLAGS).flatMap(([column, spec]) => {
          const typed = optionalText(flags[spec.key]);
          return typed === undefined ? [] : [[column, typed]];
        }),
      ) as Partial<Record<ColumnKey, string>>;
      const journal = commandJournal('add', optionalText(flags.stateDir), place);
      return deepFreeze({
        command: 'add',
        cwd,
        values,
        dryRun: flags.dryRun === true,
        activate: flags.activate !== false,
        interactive: resolveInteractive(flags, env, terminal),
        journalPath: journal.path,
        journalsManaged: journal.managed,
        api: apiConfig(flags, env),
        output: outputConfig(flags, env, terminal),
      });
    }
    case 'activate': {
      const stateDir = optionalText(flags.stateDir);
      // With a sheet, the import's own journal: what it created and what activate did are one story.
      const journal =
        parsed.file === undefined
          ? commandJournal('activate', stateDir, place)
          : journalLocation(parsed.file, { ...place, ...(stateDir !== undefined && { stateDir }) });
      const sheet = optionalText(flags.sheet);
      return deepFreeze({
        command: 'activate',
        cwd,
        ...(parsed.file !== undefined && { file: parsed.file }),
        ...(sheet !== undefined && { sheet }),
        maxRows: number(flags.maxRows, 'maxRows'),
        dryRun: flags.dryRun === true,
        yes: flags.yes === true,
        interactive: resolveInteractive(flags, env, terminal),
        journalPath: journal.path,
        journalsManaged: journal.managed,
        api: apiConfig(flags, env),
        output: outputConfig(flags, env, terminal),
      });
    }
    case 'import':
    case 'status': {
      if (parsed.command === 'status' && parsed.file === undefined) {
        return deepFreeze({ command: 'space-status', cwd, api: apiConfig(flags, env), output: outputConfig(flags, env, terminal) });
      }
      if (parsed.file === undefined) throw new UsageError('usage.no_file');
      const stateDir = optionalText(flags.stateDir);
      const journal = journalLocation(parsed.file, {
        cwd,
        ...(stateDir !== undefined && { stateDir }),
        env,
        platform: platform(),
        home: set(env.HOME) ? env.HOME : homedir(),
        exists: existsSync,
      });
      const config: RunConfig = {
        command: parsed.command,
        file: parsed.file,
        cwd,
        dryRun: parsed.command === 'status' || flags.dryRun === true,
        ...(optionalText(flags.sheet) !== undefined && { sheet: optionalText(flags.sheet) }),
        maxRows: number(flags.maxRows, 'maxRows'),
        skipInvalid: flags.skipInvalid === true,
        restart: flags.restart === true,
        ...(flags.update === true && { update: true }),
        sharing: sharingFlags(flags),
        columns: columnsFlags(flags, env, terminal, parsed.file),
        journalPath: journal.path,
        journalsManaged: journal.managed,
        api: apiConfig(flags, env),
        output: outputConfig(flags, env, terminal),
      };
      return deepFreeze(config);
    }
    case 'template':
      return deepFreeze({
        command: 'template',
        cwd,
        output: optionalText(flags.output) ?? String(defaultOf('output')),
        force: flags.force === true,
        lang: resolveLang(flags.lang, env),
        stdoutIsTerminal: terminal.stdoutIsTTY,
      });
    case 'export': {
      const output = optionalText(flags.output) ?? EXPORT_DEFAULT_OUTPUT;
      if (output !== '-' && !EXTENSIONS.includes(extname(output).toLowerCase())) throw new UsageError('export.extension', { path: output });
      return deepFreeze({
        command: 'export',
        cwd,
        output,
        force: flags.force === true,
        lang: resolveLang(flags.lang, env),
        progress: resolveProgress(flags, env, terminal),
        api: apiConfig(flags, env),
      });
    }
    case 'sandbox':
      return deepFreeze({ command: 'sandbox', cwd, lang: resolveLang(flags.lang, env), quiet: flags.quiet === true, flags: { ...flags } });
  }
}

/**
 * `--share-documents <e-mail>` and `--delivery-channel <channel>`, the channel checked like column
 * Q. The e-mail is checked like column R by the core (engine/checkSheet.ts) before the sheet is
 * read: the e-mail rules load zod, which `template` and `--help` do not need.
 */
function sharingFlags(flags: Readonly<Record<string, unknown>>): { email?: string; channel?: DeliveryChannel } {
  const typedEmail = optionalText(flags.shareDocuments);
  const typedChannel = optionalText(flags.deliveryChannel);
  const email = typedEmail === undefined ? null : typedEmail.trim();
  const channel = typedChannel === undefined ? null : normaliseDeliveryChannel(typedChannel).value;
  if (typedChannel !== undefined && channel === null) throw new UsageError('usage.delivery_channel', { value: typedChannel });
  return { ...(email !== null && { email }), ...(channel !== null && { channel }) };
}

/**
 * `--map` (each checked now: a typo is exit 2 before the sheet is read), `--mapping`,
 * `--save-mapping`; missing columns are asked for only when someone can answer at a terminal and
 * stdout is not for a machine (decisions.md: no prompt under CI, --json or --ndjson).
 */
function columnsFlags(flags: Readonly<Record<string, unknown>>, env: Env, terminal: Terminal, file: string): ColumnsConfig {
  const map = (Array.isArray(flags.map) ? (flags.map as unknown[]) : []).filter((m): m is string => typeof m === 'string').map(parseMapFlag);
  const mappingFile = optionalText(flags.mapping);
  const saveMapping = optionalText(flags.saveMapping);
  const ask = resolveInteractive(flags, env, terminal) && file !== '-';
  return { map, ask, ...(mappingFile !== undefined && { mappingFile }), ...(saveMapping !== undefined && { saveMapping }) };
}

/**
 * The journal of a command that has no sheet (`add`, `activate` of the whole space): one file per
 * command in `--state-dir`, else in banqup-import's own journal folder.
 */
function commandJournal(
  name: 'add' | 'activate',
  stateDir: string | undefined,
  place: Parameters<typeof journalsFolder>[0] & { readonly cwd: string },
): { path: string; managed: boolean } {
  const file = `${name}.journal.ndjson`;
  if (stateDir !== undefined) return { path: join(resolve(place.cwd, stateDir), file), managed: false };
  return { path: join(journalsFolder(place), file), managed: true };
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function number(value: unknown, key: string): number {
  if (typeof value === 'number') return value;
  const fallback = defaultOf(key);
  if (typeof fallback !== 'number') throw new Error(`no default for ${key}`);
  return fallback;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
