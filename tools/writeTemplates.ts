import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_LANGS } from '#dist/input/columns.js';
import { buildTemplate } from '#dist/template/buildTemplate.js';

/**
 * `npm run templates`: writes the blank template in each of its languages to templates/ (shipped
 * with the package, so a firm can hand the right file to a colleague without running the CLI).
 * The files are exactly what `banqup-import template --lang <lang>` writes;
 * test/unit/committedTemplates.test.ts fails while a committed file differs from it.
 */
const folder = fileURLToPath(new URL('../templates/', import.meta.url));
mkdirSync(folder, { recursive: true });
for (const lang of TEMPLATE_LANGS) {
  const path = `${folder}clients-${lang}.xlsx`;
  writeFileSync(path, buildTemplate([], lang));
  process.stderr.write(`${path}\n`);
}
