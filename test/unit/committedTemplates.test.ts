import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CFB } from '../../src/input/cfb.js';
import { TEMPLATE_LANGS } from '../../src/input/columns.js';
import { buildTemplate } from '../../src/template/buildTemplate.js';

// templates/clients-<lang>.xlsx ship with the package; `npm run templates` writes them from the
// generator. A zip records times, so the comparison is of what the workbook holds: every part of
// the zip (each sheet's cells, widths, styles, frozen pane, properties), by name and content.

/** The parts of an xlsx file: name → text. */
function parts(bytes: Uint8Array): Map<string, string> {
  const zip = CFB.read(bytes, { type: 'buffer' });
  const out = new Map<string, string>();
  zip.FullPaths.forEach((path, i) => {
    const entry = zip.FileIndex[i];
    if (entry?.content && !path.endsWith('/')) out.set(path.replace(/^[^/]*\//, ''), Buffer.from(entry.content).toString('utf8'));
  });
  return out;
}

describe('templates/: the committed templates are what the generator makes now', () => {
  it.each(TEMPLATE_LANGS)('templates/clients-%s.xlsx (else run `npm run templates`)', (lang) => {
    const committed = parts(readFileSync(new URL(`../../templates/clients-${lang}.xlsx`, import.meta.url)));
    const generated = parts(buildTemplate([], lang));
    expect([...committed.keys()].sort()).toEqual([...generated.keys()].sort());
    expect(committed.size).toBeGreaterThanOrEqual(8);
    for (const [name, text] of generated) expect(committed.get(name), name).toBe(text);
  });
});
