import type { Lang } from '../domain/types.js';
import { csvLine } from './csvCell.js';
import { compareIssues } from './issueTable.js';
import type { SheetCheck } from '../engine/runResult.js';
import type { Render } from './jsonDocument.js';
import { reportWords } from './reportText.js';
import { sanitizeForFile } from './sanitize.js';
import { concatAll } from './largeLists.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The `--report x.csv` file: a header line, then one line per problem (file notes first, with no
 * row or column), in reading order. RFC 4180 with CRLF; the BOM makes Excel on Windows read UTF-8.
 * Fields a spreadsheet would evaluate get a leading `'` (csvCell.ts), which shows in plain-text tools.
 */
export function buildCsvReport(outcome: Pick<SheetCheck, 'rows' | 'notes'>, render: Render, lang: Lang): string {
  // Values and headers come from the sheet: control and bidi characters are removed (sanitize.ts).
  const line = (fields: readonly (string | number)[]) => csvLine(fields.map((f) => (typeof f === 'string' ? sanitizeForFile(f) : f)));
  const words = reportWords(lang);
  const lines = [line(words.csvHeader)];
  for (const note of outcome.notes) {
    lines.push(line(['', '', '', '', words.severity[note.severity], note.code, '', render(note.code, note.params)]));
  }
  const issues = concatAll(outcome.rows, (r) => r.issues).sort(compareIssues);
  for (const i of issues) {
    lines.push(line([i.row, i.column, i.header, i.field, words.severity[i.severity], i.code, i.value, render(i.messageCode, i.params)]));
  }
  return BOM + lines.join(CRLF) + CRLF;
}
