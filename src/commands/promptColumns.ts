import { confirm, input, select } from '@inquirer/prompts';
import type { MessageParams } from '../domain/types.js';
import { InterruptedError } from '../errors.js';
import { mergeMappings, type ColumnMapping, type MappingEntry } from '../input/columnMapping.js';
import { fieldsToAsk, type ColumnReview, type UnknownColumn } from '../input/reviewColumns.js';
import type { Io } from '../io.js';
import { cutToWidth, sanitizeForTerminal } from '../report/sanitize.js';

/** The answer "this file has no such column". */
const NONE = '';

/** The file name offered when the user saves the mapping at the prompt. */
export const DEFAULT_MAPPING_FILE = 'banqup-mapping.json';

/** What the prompt settled: the mapping to read the sheet with, and where to save it, if the user wants it saved. */
export interface PromptedColumns {
  readonly mapping: ColumnMapping;
  readonly saveTo?: string;
}

export interface PromptContext {
  readonly io: Io;
  readonly render: (code: string, params: MessageParams) => string;
  /** Ask whether to save the mapping (not when `--save-mapping` already says where). */
  readonly offerSave: boolean;
}

/**
 * Asks, at the terminal, which column of the file holds each missing template column (suggested
 * columns first, "none" for the optional ones), then whether to save the mapping. Prompts go to
 * stderr, so stdout stays the product. Ctrl-C at a prompt ends the run before anything is checked
 * or sent (exit 130).
 */
export async function promptColumns(review: ColumnReview, ctx: PromptContext): Promise<PromptedColumns> {
  const { io, render } = ctx;
  // cli.ts passes the process's own streams; inquirer needs them as Node streams (raw mode, cursor).
  const context = { input: io.stdin, output: io.stderr as unknown as NodeJS.WritableStream, ...(io.signal && { signal: io.signal }) };
  // inquirer's own words (its key help, yes/no) in the run's language too.
  const keysHelpTip = () => render('mapping.prompt_keys', {});
  const yes = render('mapping.prompt_yes', {});
  const no = render('mapping.prompt_no', {});
  const keywords = { yes, no, error: () => render('mapping.prompt_yes_no', { yes, no }) };
  try {
    io.stderr.write(`${render('mapping.prompt_intro', {})}\n`);
    const answers: MappingEntry[] = [];
    const chosen = new Set<string>();
    for (const key of fieldsToAsk(review)) {
      const open = review.unknown.filter((c) => !chosen.has(c.letter));
      if (open.length === 0) break;
      const suggested = open.filter((c) => c.suggestion?.key === key);
      const ordered = [...suggested, ...open.filter((c) => c.suggestion?.key !== key)];
      const choices = ordered.map((c) => ({ name: choiceName(c, suggested.includes(c), render), value: c.letter }));
      // RCS and VAT are each optional: only one of the two is needed.
      if (!review.missing.includes(key)) choices.push({ name: render('mapping.prompt_none', {}), value: NONE });
      const answer = await select({ message: render('mapping.prompt_which', { column: key }), choices, pageSize: 12, theme: { style: { keysHelpTip } } }, context);
      const column = review.unknown.find((c) => c.letter === answer);
      if (!column) continue;
      chosen.add(column.letter);
      answers.push({ header: column.header, target: key, source: 'prompt' });
    }
    // A column that resembled a missing one and was not chosen is left out on purpose: the run must not stop on it again.
    for (const c of review.unknown) {
      if (c.suggestion?.by === 'header' && !chosen.has(c.letter)) answers.push({ header: c.header, target: null, source: 'prompt' });
    }
    const mapping = mergeMappings([...review.mapping.values()], answers);
    if (!ctx.offerSave || !(await confirm({ message: render('mapping.prompt_save', {}), default: true, theme: { keywords } }, context))) return { mapping };
    const saveTo = await input(
      { message: render('mapping.prompt_file', {}), default: DEFAULT_MAPPING_FILE, validate: (v) => v.trim() !== '' || render('mapping.prompt_file_empty', {}) },
      context,
    );
    return { mapping, saveTo: saveTo.trim() };
  } catch (error) {
    // inquirer's own classes (@inquirer/core, not a dependency of ours): Ctrl-C, or the run's signal.
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new InterruptedError('mapping.interrupted');
    }
    throw error;
  }
}

/** A column as a choice: its letter, its header, a few of its values, and whether it is the suggestion. */
function choiceName(column: UnknownColumn, suggested: boolean, render: PromptContext['render']): string {
  const samples = cutToWidth(column.samples.slice(0, 3).map(sanitizeForTerminal).join(', '), 50);
  const mark = suggested ? ` (${render('mapping.prompt_suggested', {})})` : '';
  return `${column.letter} "${cutToWidth(sanitizeForTerminal(column.header), 40)}"${mark}: ${samples}`;
}
