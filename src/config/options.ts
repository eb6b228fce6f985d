import { LANGS, type ColumnKey } from '../domain/types.js';
import { UsageError } from '../errors.js';
import { langOfLocale } from './resolveLang.js';

/** The commands of the program; `import` is the main command (`banqup-import FILE`). */
export const COMMAND_NAMES = ['import', 'status', 'template', 'sandbox', 'add', 'activate', 'export'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** How an option's value is read; a bad value is a UsageError naming the option (never commander's English). */
export type OptionValue =
  | { readonly kind: 'flag' }
  | { readonly kind: 'text' }
  | { readonly kind: 'list' }
  | { readonly kind: 'whole'; readonly min: number; readonly max: number }
  | { readonly kind: 'choice'; readonly choices: readonly string[] }
  /** A language of LANGS, as a code or a locale (`fr_LU`, `de-DE.UTF-8`), read as its code. */
  | { readonly kind: 'lang' };

/** One option, declared once: it drives commander for every command that takes it, `--help`, and README's table. */
export interface OptionSpec {
  /** The key under which the parsed value arrives (commander's attribute name). */
  readonly key: string;
  /** As commander takes them: `-o, --output <file>`, `--no-color`. */
  readonly flags: string;
  /** The `--help` text. */
  readonly description: string;
  /** README's longer text (Markdown), when `--help`'s is too short for it. */
  readonly readme?: string;
  readonly commands: readonly CommandName[];
  readonly value: OptionValue;
  /** The default, applied by resolveConfig only; shown in `--help`. */
  readonly default?: string | number;
}

const READ: readonly CommandName[] = ['import', 'status', 'activate'];
const API: readonly CommandName[] = ['import', 'status', 'add', 'activate', 'export'];
const OUTPUT: readonly CommandName[] = ['import', 'status', 'activate'];
const flag = { kind: 'flag' } as const;
const text = { kind: 'text' } as const;
const whole = (min: number, max: number): OptionValue => ({ kind: 'whole', min, max });
const choice = (...choices: string[]): OptionValue => ({ kind: 'choice', choices });

/**
 * `add`: the flag of each template column, in column order. The sharing columns P–R come from the
 * run's `--share-documents` and `--delivery-channel`, as for an import.
 */
export const ADD_FLAGS: Readonly<Partial<Record<ColumnKey, { readonly flag: string; readonly key: string; readonly value: string }>>> = {
  legalName: { flag: '--name', key: 'name', value: 'name' },
  street: { flag: '--street', key: 'street', value: 'street' },
  postalCode: { flag: '--zip', key: 'zip', value: 'zip' },
  city: { flag: '--city', key: 'city', value: 'city' },
  country: { flag: '--country', key: 'country', value: 'country' },
  companyNumber: { flag: '--rcs', key: 'rcs', value: 'number' },
  vatNumber: { flag: '--vat', key: 'vat', value: 'number' },
  iban: { flag: '--iban', key: 'iban', value: 'iban' },
  bic: { flag: '--bic', key: 'bic', value: 'bic' },
  language: { flag: '--language', key: 'language', value: 'lang' },
  contactName: { flag: '--contact-name', key: 'contactName', value: 'name' },
  contactLanguage: { flag: '--contact-language', key: 'contactLanguage', value: 'lang' },
  contactEmail: { flag: '--contact-email', key: 'contactEmail', value: 'e-mail' },
  assigneeEmails: { flag: '--assignees', key: 'assignees', value: 'e-mails' },
  externalReference: { flag: '--ref', key: 'ref', value: 'reference' },
  sharingEmail: { flag: '--share-documents', key: 'shareDocuments', value: 'e-mail' },
  deliveryChannel: { flag: '--delivery-channel', key: 'deliveryChannel', value: 'channel' },
};

const ADD_FIELD_HELP: Readonly<Partial<Record<ColumnKey, string>>> = {
  legalName: "the client's legal name (column A)",
  street: 'street and number (B)',
  postalCode: 'postal code (C)',
  city: 'city (D)',
  country: 'country: name or code, e.g. Luxembourg, LU (E)',
  companyNumber: 'register number, e.g. B123456 (F); --rcs or --vat, or both',
  vatNumber: 'VAT number, e.g. LU15027442 (G)',
  iban: 'IBAN (H)',
  bic: 'BIC, optional (I)',
  language: "the client's language: fr, en, nl, de or its name (J)",
  contactName: 'contact person (K)',
  contactLanguage: "the contact's language (L)",
  contactEmail: "the contact's e-mail (M)",
  assigneeEmails: 'e-mails of the firm\'s people in charge, separated by ; or , (N)',
  externalReference: 'your own reference for the client, optional (O); makes a second add find it at once',
  sharingEmail: "share the client's documents with the firm, delivered to this e-mail (the firm's Banqup Files login)",
  deliveryChannel: 'how shared documents reach the firm: banqup-files (default) or email',
};

const ADD_FIELD_OPTIONS: readonly OptionSpec[] = Object.entries(ADD_FIELD_HELP).map(([column, description]) => {
  const spec = ADD_FLAGS[column as ColumnKey];
  if (spec === undefined) throw new Error(`no flag for ${column}`);
  return { key: spec.key, flags: `${spec.flag} <${spec.value}>`, description, commands: ['add'], value: { kind: 'text' } };
});

/** Every option of every command (README.md "Options" is checked against this table by a test). */
export const OPTIONS: readonly OptionSpec[] = [
  // add: one flag per column of the template (ADD_FLAGS), read like that row's cells
  ...ADD_FIELD_OPTIONS,
  { key: 'dryRun', flags: '--dry-run', description: 'check everything and send nothing', commands: ['import', 'add', 'activate'], value: flag },
  {
    key: 'sheet',
    flags: '--sheet <name>',
    description: 'the sheet to read (default: the one whose header row matches the template, else the first visible one)',
    commands: READ,
    value: text,
  },
  { key: 'json', flags: '--json', description: 'print one JSON document on stdout instead of the table', readme: 'one JSON document on stdout (format below) instead of the table', commands: OUTPUT, value: flag },
  { key: 'ndjson', flags: '--ndjson', description: 'print one JSON line per row, then a summary line', readme: 'one JSON object per row and line, then a last line `{"summary": …}`', commands: OUTPUT, value: flag },
  {
    key: 'report',
    flags: '--report <file>',
    description: 'also write the problems to a file: .xlsx (your sheet with Errors and Warnings columns), .csv or .json',
    readme:
      'also write the problems: `.xlsx` (your own sheet + "Errors" and "Warnings" columns + a comment on each bad cell; fix it and feed it back as it is), `.csv` (one line per problem), `.json` (the JSON document)',
    commands: ['import'],
    value: text,
  },
  {
    key: 'lang',
    flags: '--lang <lang>',
    description: 'language of the messages and of this help: en, fr, nl, de, or a locale such as fr_LU (default: from LC_ALL/LC_MESSAGES/LANG)',
    readme:
      'language of the messages and of `--help`: `en`, `fr`, `nl`, `de`, or a locale such as `fr_LU`, `nl-BE`, `de_LU.UTF-8` (default: from `LC_ALL`/`LC_MESSAGES`/`LANG`; `nl*` gives Dutch, `de*` German, `fr*` French, anything else English)',
    commands: ['import', 'status', 'template', 'sandbox', 'add', 'activate', 'export'],
    value: { kind: 'lang' },
  },
  {
    key: 'map',
    flags: '--map <header=column>',
    description: 'read the column with this header as a template column: its letter (A–R) or API field, or - to leave it out; repeatable',
    readme:
      'read the column with this header as a template column: its letter (`A`–`R`) or API field (`companyNumber`), or `-` to leave it out; repeatable: `--map "N° RCS=F" --map "Dénomination=legalName"`; case, accents, spaces and `*` in the header do not count',
    commands: READ,
    value: { kind: 'list' },
  },
  { key: 'mapping', flags: '--mapping <file>', description: 'read column mappings from a JSON file {"<header>": "<letter or field>"}; --map wins', readme: 'read column mappings from a JSON file `{"<header>": "<letter or field>"}` (as `--save-mapping` writes it); `--map` wins for the same header', commands: READ, value: text },
  { key: 'saveMapping', flags: '--save-mapping <file>', description: 'write the column mapping this run used (usual names and mapped ones), for --mapping next time', commands: READ, value: text },
  { key: 'maxRows', flags: '--max-rows <n>', description: 'refuse sheets with more data rows than this', commands: READ, value: whole(1, 1_000_000), default: 10_000 },
  { key: 'space', flags: '--space <id>', description: 'Banqup Partner space id (default: the only Partner space of the app)', commands: API, value: text },
  { key: 'env', flags: '--env <env>', description: 'Banqup environment', commands: API, value: choice('prod', 'uat', 'sandbox'), default: 'prod' },
  { key: 'region', flags: '--region <region>', description: 'Banqup region (fr for firms registered in France)', commands: API, value: choice('eu', 'fr'), default: 'eu' },
  { key: 'apiUrl', flags: '--api-url <url>', description: 'API base URL, overrides --env and --region (also BANQUP_API_URL)', readme: 'API base URL, overrides `--env`/`--region` (also `BANQUP_API_URL`); `https:` only, except loopback', commands: API, value: text },
  { key: 'rate', flags: '--rate <n>', description: 'requests per second at most: pacing starts at 5/s and finds the server\'s limit under this', commands: API, value: whole(1, 1000), default: 200 },
  { key: 'fixedRate', flags: '--fixed-rate', description: 'send at --rate exactly, without adapting (a firm told to keep to one rate)', commands: API, value: flag },
  { key: 'concurrency', flags: '--concurrency <n>', description: 'requests in flight at most (pacing sizes them from the latency under this)', commands: API, value: whole(1, 256), default: 64 },
  { key: 'batchSize', flags: '--batch-size <n>', description: 'clients per provisioning call', commands: ['import', 'activate'], value: whole(1, 100), default: 50 },
  { key: 'timeout', flags: '--timeout <seconds>', description: 'time limit of one API request', commands: API, value: whole(1, 600), default: 30 },
  {
    key: 'shareDocuments',
    flags: '--share-documents <e-mail>',
    description: "share every client's documents with the firm, delivered to this e-mail (the firm's Banqup Files login); a row's own columns P–R win",
    commands: ['import'],
    value: text,
  },
  {
    key: 'deliveryChannel',
    flags: '--delivery-channel <channel>',
    description: 'how shared documents reach the firm: banqup-files (default) or email',
    commands: ['import'],
    value: text,
  },
  { key: 'skipInvalid', flags: '--skip-invalid', description: 'import the valid rows, report the others (exit 5 at the end)', commands: ['import'], value: flag },
  { key: 'results', flags: '--results <file>', description: "write row → client id → status → the client's two links to a .csv, .xlsx or .json file", commands: OUTPUT, value: text },
  {
    key: 'stateDir',
    flags: '--state-dir <dir>',
    description: "folder of the journal that makes a run resumable (default: banqup-import's state folder)",
    readme:
      'folder of the journal that makes a run resumable (default: banqup-import\'s own state folder, `$XDG_STATE_HOME/banqup-import` (`~/.local/state`), `%LOCALAPPDATA%\\banqup-import` on Windows, `~/Library/Application Support/banqup-import` on macOS, where journals untouched for 90 days are deleted; a journal an earlier version left beside the sheet is still used)',
    commands: ['import', 'add', 'activate'],
    value: text,
  },
  {
    key: 'update',
    flags: '--update',
    description: 'update clients that Banqup holds with other values: exactly the fields that differ (safe against edits made meanwhile)',
    readme:
      'update clients that Banqup already holds with other values: a fresh read, then only the differing fields, with `If-Match` (someone else\'s edit made meanwhile is never overwritten). Without it such rows are conflicts and nothing changes. A row whose key (external reference, else VAT, else register number) changed is another client, not an update',
    commands: ['import'],
    value: flag,
  },
  { key: 'restart', flags: '--restart', description: 'ignore the journal of earlier runs', commands: ['import'], value: flag },
  { key: 'quiet', flags: '-q, --quiet', description: 'no progress on stderr', commands: ['import', 'status', 'add', 'activate', 'export'], value: flag },
  { key: 'color', flags: '--color', description: 'force colour', readme: 'force colour on (also `FORCE_COLOR`)', commands: [...OUTPUT, 'add'], value: flag },
  { key: 'color', flags: '--no-color', description: 'no colour', readme: 'no colour (also `NO_COLOR`)', commands: [...OUTPUT, 'add'], value: flag },
  { key: 'json', flags: '--json', description: "print the client's row object of the import's JSON on stdout", readme: "the client's row object of the import's JSON document (format below) on stdout", commands: ['add'], value: flag },
  { key: 'activate', flags: '--no-activate', description: 'create the client and leave it inactive (default: activate it)', commands: ['add'], value: flag },
  // activate
  { key: 'yes', flags: '-y, --yes', description: 'activate without asking (needed when not in a terminal)', commands: ['activate'], value: flag },
  // template
  { key: 'output', flags: '-o, --output <file>', description: 'where to write it; - for standard output', commands: ['template'], value: text, default: 'clients.xlsx' },
  // export
  {
    key: 'output',
    flags: '-o, --output <file>',
    description: 'where to write the clients: .xlsx, .csv or .json; - for CSV on standard output (default: banqup-clients.xlsx)',
    commands: ['export'],
    value: text,
  },
  { key: 'force', flags: '--force', description: 'replace the file if it exists', commands: ['template', 'export'], value: flag },
  // sandbox: values are read by sandboxOptionsFromFlags, which knows their ranges
  { key: 'port', flags: '--port <n>', description: 'port to listen on; 0 picks a free one (default 8787)', commands: ['sandbox'], value: text },
  { key: 'host', flags: '--host <host>', description: 'loopback address to listen on: 127.0.0.1 (default), ::1 or localhost', commands: ['sandbox'], value: text },
  { key: 'tokenLifetime', flags: '--token-lifetime <seconds>', description: 'lifetime of access tokens (default 300)', commands: ['sandbox'], value: text },
  { key: 'spaces', flags: '--spaces <which>', description: 'spaces of the app: one Partner space, none, or several', commands: ['sandbox'], value: choice('one', 'none', 'several') },
  {
    key: 'rateLimit',
    flags: '--rate-limit <n[:burst]>',
    description: 'requests per second per credential set, with an optional burst (default: no limit)',
    commands: ['sandbox'],
    value: text,
  },
  { key: 'retryAfterDate', flags: '--retry-after-date', description: 'send Retry-After as an HTTP date instead of seconds', commands: ['sandbox'], value: flag },
  { key: 'latency', flags: '--latency <ms>', description: 'added to every answer (default 0)', commands: ['sandbox'], value: text },
  { key: 'jitter', flags: '--jitter <ms>', description: 'random extra latency, 0 to this (default 0)', commands: ['sandbox'], value: text },
  { key: 'faultRate', flags: '--fault-rate <share>', description: 'share of requests that fail, 0 to 1 (default 0; 0.1 with --faults)', commands: ['sandbox'], value: text },
  { key: 'faultSeed', flags: '--fault-seed <n>', description: 'seed of the fault draws: the same seed, the same faults (default 1)', commands: ['sandbox'], value: text },
  {
    key: 'concurrentEdits',
    flags: '--concurrent-edits <share>',
    description: 'share of PATCHes beaten by another user\'s edit of the client (412), 0 to 1, seeded by --fault-seed (default 0)',
    commands: ['sandbox'],
    value: text,
  },
  { key: 'faults', flags: '--faults <kinds>', description: 'comma-separated fault kinds to draw from (default: all but slow)', commands: ['sandbox'], value: text },
  { key: 'fault', flags: '--fault <spec>', description: 'a scripted fault, kind[@nth][:METHOD[:path]]; repeatable', commands: ['sandbox'], value: { kind: 'list' } },
  { key: 'slow', flags: '--slow <ms>', description: 'how late a "slow" answer comes (default 35000)', readme: 'how late a `slow` answer comes (default 35 000, over the client\'s 30 s limit)', commands: ['sandbox'], value: text },
  { key: 'invalidRcs', flags: '--invalid-rcs <numbers>', description: 'register numbers the register does not know (trn.invalid)', commands: ['sandbox'], value: text },
  { key: 'registryDown', flags: '--registry-down', description: 'the register look-up answers 503 REGISTRY_UNAVAILABLE', commands: ['sandbox'], value: flag },
  {
    key: 'tls',
    flags: '--tls',
    description: 'serve https with a certificate made at start; its file is printed as NODE_EXTRA_CA_CERTS',
    readme:
      "serve `https` with a certificate made at start (its own CA, for 127.0.0.1, ::1 and localhost), printed as `export NODE_EXTRA_CA_CERTS='…'`: the CLI trusts it only through that variable, read when Node starts",
    commands: ['sandbox'],
    value: flag,
  },
  {
    key: 'tlsCertOut',
    flags: '--tls-cert-out <file>',
    description: 'where to write that certificate (PEM; implies --tls)',
    readme: 'where to write that certificate (PEM; implies `--tls`; default: a new file in the temp folder)',
    commands: ['sandbox'],
    value: text,
  },
  { key: 'stateFile', flags: '--state-file <file>', description: 'keep spaces and clients in this JSON file across restarts', commands: ['sandbox'], value: text },
  { key: 'quiet', flags: '-q, --quiet', description: 'no line per request on stderr', commands: ['sandbox'], value: flag },
];

/** The options of one command, in table order. */
export function optionsOf(command: CommandName): OptionSpec[] {
  return OPTIONS.filter((o) => o.commands.includes(command));
}

/** The long name of an option (`-o, --output <file>` → `--output`). */
export function longName(spec: Pick<OptionSpec, 'flags'>): string {
  return /--[\w-]+/.exec(spec.flags)?.[0] ?? spec.flags;
}

/** The default of an option, by key (the one place defaults live). */
export function defaultOf(key: string): string | number | undefined {
  return OPTIONS.find((o) => o.key === key && o.default !== undefined)?.default;
}

/**
 * Reads one value as the table says. Thrown errors are our own UsageErrors (commander passes
 * them through untouched), so that no message is ever read back from commander's wording.
 */
export function parseOptionValue(spec: OptionSpec, raw: string, previous: unknown): unknown {
  const option = longName(spec);
  const value = spec.value;
  switch (value.kind) {
    case 'whole': {
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < value.min || n > value.max) {
        throw new UsageError('usage.bad_number', { option, value: raw, min: value.min, max: value.max });
      }
      return n;
    }
    case 'choice':
      if (!value.choices.includes(raw)) throw new UsageError('usage.bad_choice', { option, value: raw, choices: value.choices.join(', ') });
      return raw;
    case 'lang': {
      const lang = langOfLocale(raw);
      if (lang === undefined) throw new UsageError('usage.bad_lang', { option, value: raw, choices: LANGS.join(', ') });
      return lang;
    }
    case 'list':
      return [...(Array.isArray(previous) ? (previous as string[]) : []), raw];
    default:
      return raw;
  }
}

/**
 * README's option table of a command, made from this table: `npm run readme:options` writes it
 * between the command's markers, and a test fails when README.md and the table disagree.
 */
export function optionTableMarkdown(command: CommandName): string {
  const rows = optionsOf(command).map((spec) => {
    const value = spec.value;
    const text = spec.readme ?? spec.description;
    const extra = [
      value.kind === 'choice' ? `one of ${value.choices.map((c) => `\`${c}\``).join(', ')}` : '',
      value.kind === 'whole' ? `${value.min}–${value.max}` : '',
      spec.default !== undefined ? `default \`${spec.default}\`` : '',
    ].filter(Boolean);
    const cell = (t: string): string => t.replaceAll('|', '\\|');
    return `| \`${cell(spec.flags)}\` | ${cell(text)}${extra.length > 0 ? ` (${extra.join('; ')})` : ''} |`;
  });
  return ['| option | meaning |', '|---|---|', ...rows].join('\n');
}
