import type { ColorFns } from '../colors.js';
import type { Issue, Lang, Row, RowChange, Severity, ValueSpan } from '../domain/types.js';
import type { SheetCheck } from '../engine/runResult.js';
import { cutAround } from './cutAround.js';
import type { Render } from './jsonDocument.js';
import { appendAll, concatAll, largest } from './largeLists.js';
import { reportWords, type ReportWords } from './reportText.js';
import { cutToWidth, displayWidth, padToWidth, sanitizeForTerminal, wrapToWidth } from './sanitize.js';

/** How to render the table: message renderer, language, terminal width and colours. */
export interface IssueTableOptions {
  readonly render: Render;
  readonly lang: Lang;
  /** Terminal columns; every line fits. Default 100; anything below 40 is taken as 40. */
  readonly width?: number;
  readonly color: ColorFns;
  /**
   * The closing sentence. `dry-run`: "fix and run again" or "all valid, run without --dry-run";
   * `import`: only the "fix" sentence, since a clean import goes on to send; `none`: nothing.
   */
  readonly nextStep?: 'dry-run' | 'import' | 'none';
}

const MIN_WIDTH = 40;
const INDENT = 2;
const GAP = 2;
const COLUMN_MAX = 20;
const COLUMN_MIN = 10;
const VALUE_MAX = 24;
const VALUE_MIN = 10;
const MESSAGE_MIN = 30;
const MESSAGE_MAX = 300;
const EXAMPLES = 3;
const REPEATED_MIN_ROWS = 3;
const ROW_LIST_MAX = 8;

/** Zero-based index of a column letter (A → 0, AA → 26). */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Reading order of issues: by row, errors before warnings, then by column. */
export function compareIssues(a: Issue, b: Issue): number {
  if (a.row !== b.row) return a.row - b.row;
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return columnIndex(a.column) - columnIndex(b.column);
}

const spaces = (n: number) => ' '.repeat(n);
const widest = (least: number, texts: Iterable<string>) => largest(least, texts, displayWidth);
const label = (column: string, header: string) => sanitizeForTerminal(`${column} ${header}`);

/** Lines of `text` wrapped to `width`, the first after `first`, the others after `rest` (same width). */
function hanging(text: string, first: string, rest: string, width: number): string[] {
  const room = Math.max(1, width - Math.max(displayWidth(first), displayWidth(rest)));
  return wrapToWidth(text, room).map((line, i) => (i === 0 ? first : rest) + line);
}

interface Layout {
  readonly rowW: number;
  readonly colW: number;
  readonly valW: number;
  /** Too narrow for four columns: the message goes under its row, indented. */
  readonly stacked: boolean;
}

function planLayout(issues: readonly Issue[], width: number, w: ReportWords): Layout {
  const rowW = widest(displayWidth(w.row), issues.map((i) => String(i.row)));
  let colW = Math.min(COLUMN_MAX, widest(displayWidth(w.column), issues.map((i) => label(i.column, i.header))));
  let valW = Math.min(VALUE_MAX, widest(displayWidth(w.value), issues.map((i) => shownValue(i.value, w))));
  let deficit = MESSAGE_MIN - (width - INDENT - rowW - colW - valW - 3 * GAP);
  const shrinkValue = Math.min(Math.max(0, deficit), Math.max(0, valW - VALUE_MIN));
  valW -= shrinkValue;
  deficit -= shrinkValue;
  const shrinkColumn = Math.min(Math.max(0, deficit), Math.max(0, colW - COLUMN_MIN));
  colW -= shrinkColumn;
  deficit -= shrinkColumn;
  if (deficit <= 0) return { rowW, colW, valW, stacked: false };
  // Stacked, the message has its own lines: the label and the value share the rest of the line.
  colW = Math.max(1, Math.min(colW + shrinkColumn, width - INDENT - rowW - 2 * GAP - VALUE_MIN));
  return { rowW, colW, valW: width - INDENT - rowW - colW - 2 * GAP, stacked: true };
}

/** The value cell before any cut; only its width matters, so a huge value is cut early. */
function shownValue(value: string, w: ReportWords): string {
  return value === '' ? w.empty : `"${cutToWidth(sanitizeForTerminal(value), VALUE_MAX)}"`;
}

/** The value as typed, quoted, cut visibly so that both quotes stay, and so that the part in error shows. */
function showValue(value: string, max: number, w: ReportWords, span?: ValueSpan): string {
  if (value === '') return cutToWidth(w.empty, max);
  return `"${cutAround(value, span, Math.max(1, max - 2))}"`;
}

function issueLines(issues: readonly Issue[], layout: Layout, width: number, opts: IssueTableOptions, w: ReportWords): string[] {
  const { rowW, colW, valW, stacked } = layout;
  const gap = spaces(GAP);
  const head = spaces(INDENT) + padToWidth(w.row, rowW, true) + gap + padToWidth(cutToWidth(w.column, colW), colW) + gap;
  const valueHead = padToWidth(cutToWidth(w.value, valW), valW);
  const lines = [opts.color.dim(stacked ? head + valueHead.trimEnd() : head + valueHead + gap + w.problem)];
  for (const issue of issues) {
    const message = cutToWidth(sanitizeForTerminal(opts.render(issue.messageCode, issue.params)), MESSAGE_MAX);
    const start =
      spaces(INDENT) + padToWidth(String(issue.row), rowW, true) + gap + padToWidth(cutToWidth(label(issue.column, issue.header), colW), colW) + gap;
    if (stacked) {
      lines.push(start + showValue(issue.value, valW, w, issue.span));
      appendAll(lines, hanging(message, spaces(INDENT + 4), spaces(INDENT + 4), width));
    } else {
      const first = start + padToWidth(showValue(issue.value, valW, w, issue.span), valW) + gap;
      appendAll(lines, hanging(message, first, spaces(displayWidth(first)), width));
    }
  }
  return lines;
}

const NO_BREAK_SPACE = '\u00A0';

/** A column's changes as the summary shows them: how many, and the first few different ones. */
interface ChangeGroup {
  readonly column: string;
  readonly header: string;
  count: number;
  readonly examples: RowChange[];
  readonly seen: Set<string>;
}

/**
 * Counts each column's changes and keeps its first EXAMPLES different ones, in row order: a
 * 100 000-row sheet has half a million changes, and only these few are printed.
 */
function changeGroups(rows: readonly Pick<Row, 'changes'>[]): ChangeGroup[] {
  const byColumn = new Map<string, ChangeGroup>();
  for (const row of rows) {
    for (const c of row.changes) {
      let group = byColumn.get(c.column);
      if (group === undefined) byColumn.set(c.column, (group = { column: c.column, header: c.header, count: 0, examples: [], seen: new Set() }));
      group.count++;
      if (group.examples.length === EXAMPLES) continue;
      const key = `${c.from}\u0000${c.to}`;
      if (group.seen.has(key)) continue;
      group.seen.add(key);
      group.examples.push(c);
    }
  }
  return [...byColumn.values()].sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
}

function changeLines(rows: readonly Pick<Row, 'changes'>[], width: number, w: ReportWords): string[] {
  const groups = changeGroups(rows);
  const labels = groups.map((g) => label(g.column, g.header));
  const labelW = Math.min(COLUMN_MAX, Math.max(COLUMN_MIN, width - INDENT - GAP - MESSAGE_MIN), widest(0, labels));
  return groups.flatMap((group, i) => {
    const first = spaces(INDENT) + padToWidth(cutToWidth(labels[i] ?? '', labelW), labelW) + spaces(GAP);
    const room = width - displayWidth(first);
    const examples = group.examples.map((c) => {
      const from = cutToWidth(sanitizeForTerminal(c.from), VALUE_MAX);
      const to = cutToWidth(sanitizeForTerminal(c.to), VALUE_MAX);
      // No line break inside the value as typed ("LU78 0019 4006…" cut in two reads as two values),
      // as long as the whole example fits a line; else it breaks at its spaces, never mid-word.
      const whole = `"${from.replace(/ /g, NO_BREAK_SPACE)}" → ${to},`;
      return displayWidth(whole) <= room ? `"${from.replace(/ /g, NO_BREAK_SPACE)}" → ${to}` : `"${from}" → ${to}`;
    });
    // Once wrapped, the no-break spaces are plain ones again: copied from the terminal, a value reads as typed.
    return hanging(w.normalised(group.count, examples.join(', ')), first, spaces(displayWidth(first)), width).map((line) =>
      line.replaceAll(NO_BREAK_SPACE, ' '),
    );
  });
}

function repeatedLines(issues: readonly Issue[], width: number, render: Render, w: ReportWords): { lines: string[]; severity: Severity[] } {
  const groups = new Map<string, { first: Issue; rows: Set<number> }>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.code}\u0000${issue.column}`;
    const group = groups.get(key) ?? { first: issue, rows: new Set<number>() };
    group.rows.add(issue.row);
    groups.set(key, group);
  }
  const repeated = [...groups.values()]
    .filter((g) => g.rows.size >= REPEATED_MIN_ROWS)
    .sort((a, b) => b.rows.size - a.rows.size || compareIssues(a.first, b.first));
  const lines: string[] = [];
  const severity: Severity[] = [];
  for (const { first, rows } of repeated) {
    const sorted = [...rows].sort((a, b) => a - b);
    const list = sorted.slice(0, ROW_LIST_MAX).join(', ') + (sorted.length > ROW_LIST_MAX ? ', …' : '');
    const message = cutToWidth(sanitizeForTerminal(render(first.messageCode, first.params)), MESSAGE_MAX);
    const text = `${w.repeatedRows(rows.size)}${label(first.column, first.header)} — ${message} ${w.rowList(list)}`;
    const wrapped = hanging(text, spaces(INDENT), spaces(INDENT + 4), width);
    appendAll(lines, wrapped);
    appendAll(severity, wrapped.map(() => first.severity));
  }
  return { lines, severity };
}

/**
 * The human report of a check, for stdout: title, file notes, errors, warnings, changes, repeated
 * problems, totals and what to do next. Every value is sanitised and every line fits `width`
 * terminal columns. Ends with a newline.
 */
export function renderIssueTable(outcome: Pick<SheetCheck, 'file' | 'sheet' | 'rows' | 'notes'>, opts: IssueTableOptions): string {
  const width = Math.max(MIN_WIDTH, Math.floor(opts.width ?? 100));
  const w = reportWords(opts.lang);
  const c = opts.color;
  const out: string[] = [];
  const section = (heading: string, paint: (s: string) => string, lines: readonly string[]) => {
    // One line per issue: appended in a loop, never spread as arguments (largeLists.ts).
    if (lines.length > 0) appendAll(appendAll(out, ['', ...wrapToWidth(heading, width).map((line) => paint(line))]), lines);
  };

  const file = outcome.file === '-' ? w.stdin : outcome.file;
  const title = sanitizeForTerminal(w.title(file, outcome.sheet.format === 'csv' ? '' : outcome.sheet.sheetName, outcome.sheet.headerRow));
  out.push(...hanging(cutToWidth(title, 3 * width), '', spaces(INDENT), width).map((line) => c.bold(line)));

  const notes = outcome.notes.flatMap((n) => {
    const prefix = n.severity === 'error' ? w.noteError : w.noteWarning;
    return hanging(sanitizeForTerminal(opts.render(n.code, n.params)), spaces(INDENT) + prefix, spaces(INDENT + 4), width);
  });
  section(w.notes, (s) => c.bold(s), notes);

  if (outcome.rows.length === 0) {
    out.push('', ...hanging(w.noRows(outcome.sheet.headerRow), '', '', width).map((line) => c.bold(line)));
    return `${out.join('\n')}\n`;
  }

  const issues = concatAll(outcome.rows, (r) => r.issues).sort(compareIssues);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const layout = planLayout(issues, width, w);
  if (errors.length > 0) section(w.errors(errors.length), (s) => c.bold(c.red(s)), issueLines(errors, layout, width, opts, w));
  if (warnings.length > 0) section(w.warnings(warnings.length), (s) => c.bold(c.yellow(s)), issueLines(warnings, layout, width, opts, w));
  section(w.changes, (s) => c.bold(s), changeLines(outcome.rows, width, w));
  const repeated = repeatedLines(issues, width, opts.render, w);
  section(w.repeated, (s) => c.bold(s), repeated.lines.map((line, i) => (repeated.severity[i] === 'error' ? c.red(line) : c.yellow(line))));

  const valid = outcome.rows.filter((r) => r.status === 'valid').length;
  const totals = { rows: outcome.rows.length, valid, invalid: outcome.rows.length - valid, warnings: warnings.length };
  out.push('', ...wrapToWidth(w.totals(totals), width));
  const hasErrors = totals.invalid > 0 || outcome.notes.some((n) => n.severity === 'error');
  const nextStep = opts.nextStep ?? 'dry-run';
  const next = nextStep === 'none' ? null : hasErrors ? w.nextFix : nextStep === 'dry-run' ? w.nextDryRun(totals.rows) : null;
  if (next !== null) out.push(...wrapToWidth(next, width).map((line) => (hasErrors ? c.red(c.bold(line)) : c.green(c.bold(line)))));
  return `${out.join('\n')}\n`;
}
