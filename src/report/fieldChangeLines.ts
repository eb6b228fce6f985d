import type { FieldChange, Lang } from '../domain/types.js';
import { COLUMNS } from '../input/columns.js';
import type { TableColumns } from '../input/locateTable.js';
import type { Render } from './jsonDocument.js';

/** The column of a dotted API field; sharing as a whole belongs to "Share documents". */
function columnOf(field: string): (typeof COLUMNS)[number] | undefined {
  return COLUMNS.find((c) => c.field === (field === 'documentSharing' ? 'documentSharing.enabled' : field));
}

/**
 * One line per changed field, `B Address: “old” → “new”` (in French `B Adresse : « … » → « … »`), named by the sheet's own column letter and
 * header when it has the column, else the template's. Values are raw: the table sanitises its lines.
 */
export function fieldChangeLines(changes: readonly FieldChange[], columns: TableColumns, render: Render, lang: Lang): string[] {
  const empty = render('update.empty', {});
  return changes.map((change) => {
    const spec = columnOf(change.field);
    const place = spec === undefined ? undefined : columns[spec.key];
    const column = spec === undefined ? '' : (place?.letter ?? spec.letter);
    const header = spec === undefined ? change.field : (place?.header ?? spec.label[lang]);
    return render('update.change', { column, header, from: change.from === '' ? empty : change.from, to: change.to === '' ? empty : change.to }).trimStart();
  });
}
