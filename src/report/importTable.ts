import type { ColorFns } from '../colors.js';
import { cutToWidth, displayWidth, padToWidth, sanitizeForTerminal, wrapToWidth } from './sanitize.js';
import { largest } from './largeLists.js';

/** How a row's state is painted. */
export type RowTone = 'ok' | 'warning' | 'error' | 'plain';

/** One line of the table: already rendered words, raw values (sanitised here). */
export interface ImportTableRow {
  readonly row: number;
  readonly name: string;
  /** The status, plan or Banqup state, in the user's language. */
  readonly state: string;
  readonly tone: RowTone;
  readonly clientId?: string;
  /** Messages shown under the row, each already prefixed with its cell (`F RCS: …`). */
  readonly messages: readonly string[];
}

/** The table and the lines around it. */
export interface ImportTableInput {
  readonly heading: string;
  readonly headers: { readonly row: string; readonly client: string; readonly state: string; readonly clientId: string };
  readonly rows: readonly ImportTableRow[];
  /** Totals, statistics and the closing sentence, each wrapped to the width. */
  readonly footer: readonly string[];
  /** The closing sentence's tone (last footer line). */
  readonly footerTone: RowTone;
  readonly width?: number;
  readonly color: ColorFns;
}

const MIN_WIDTH = 40;
const INDENT = 2;
const GAP = 2;
const NAME_MAX = 32;
const NAME_MIN = 10;
const ID_MIN = 9;
const MESSAGE_MAX = 300;

function paint(tone: RowTone, text: string, c: ColorFns): string {
  if (tone === 'ok') return c.green(text);
  if (tone === 'warning') return c.yellow(text);
  if (tone === 'error') return c.red(text);
  return text;
}

/**
 * The per-row result of an import, plan or status: Row | Client | Status | Client id, each row's
 * messages wrapped below it, then the footer. Every value is sanitised and every line fits
 * `width` columns: the client name shrinks first, then the id is cut (the results file has it whole).
 */
export function renderImportTable(input: ImportTableInput): string {
  const width = Math.max(MIN_WIDTH, Math.floor(input.width ?? 100));
  const h = input.headers;
  const c = input.color;
  const names = input.rows.map((r) => sanitizeForTerminal(r.name));
  const ids = input.rows.map((r) => sanitizeForTerminal(r.clientId ?? ''));
  const rowW = largest(displayWidth(h.row), input.rows, (r) => String(r.row).length);
  const stateW = largest(displayWidth(h.state), input.rows, (r) => displayWidth(r.state));
  let idW = largest(displayWidth(h.clientId), ids, displayWidth);
  let nameW = Math.min(NAME_MAX, largest(displayWidth(h.client), names, displayWidth));
  const fixed = INDENT + rowW + stateW + 3 * GAP;
  let over = fixed + nameW + idW - width;
  if (over > 0) {
    const shrink = Math.min(over, Math.max(0, nameW - NAME_MIN));
    nameW -= shrink;
    over -= shrink;
  }
  if (over > 0) idW = Math.max(ID_MIN, idW - over);
  nameW = Math.max(1, Math.min(nameW, width - fixed - idW));

  const gap = ' '.repeat(GAP);
  // `shown` is the state as printed (maybe coloured); padding is measured on the plain word.
  const line = (row: string, name: string, state: string, id: string, shown = state): string =>
    (' '.repeat(INDENT) + padToWidth(row, rowW, true) + gap + padToWidth(name, nameW) + gap + shown + ' '.repeat(Math.max(0, stateW - displayWidth(state))) + gap + id).trimEnd();
  const messageIndent = ' '.repeat(INDENT + rowW + GAP);

  const out: string[] = [...wrapToWidth(sanitizeForTerminal(input.heading), width).map((l) => c.bold(l)), ''];
  out.push(c.dim(line(cutToWidth(h.row, rowW), cutToWidth(h.client, nameW), cutToWidth(h.state, stateW), cutToWidth(h.clientId, idW))));
  input.rows.forEach((r, i) => {
    out.push(line(String(r.row), cutToWidth(names[i] ?? '', nameW), r.state, cutToWidth(ids[i] ?? '', idW), paint(r.tone, r.state, c)));
    for (const message of r.messages) {
      const text = cutToWidth(sanitizeForTerminal(message), MESSAGE_MAX);
      for (const part of wrapToWidth(text, Math.max(10, width - displayWidth(messageIndent)))) {
        out.push(messageIndent + paint(r.tone === 'ok' ? 'plain' : r.tone, part, c));
      }
    }
  });
  if (input.footer.length > 0) out.push('');
  input.footer.forEach((text, i) => {
    const wrapped = wrapToWidth(sanitizeForTerminal(text), width);
    const last = i === input.footer.length - 1;
    out.push(...wrapped.map((l) => (last ? c.bold(paint(input.footerTone, l, c)) : l)));
  });
  return `${out.join('\n')}\n`;
}
