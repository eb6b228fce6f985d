// Writes README.md's option tables from the one option table (src/config/options.ts), between
// the `<!-- options:COMMAND -->` and `<!-- /options:COMMAND -->` markers. Run after a build:
// `npm run readme:options`. test/unit/readmeOptions.test.ts fails while README.md disagrees.
import { readFileSync, writeFileSync } from 'node:fs';
import { COMMAND_NAMES, optionTableMarkdown } from '../dist/config/options.js';

const path = new URL('../README.md', import.meta.url);
let readme = readFileSync(path, 'utf8');
for (const command of COMMAND_NAMES) {
  const block = new RegExp(`(<!-- options:${command} -->)[\\s\\S]*?(<!-- /options:${command} -->)`);
  if (!block.test(readme)) throw new Error(`README.md has no markers for ${command}`);
  readme = readme.replace(block, (_all, open, close) => `${open}\n${optionTableMarkdown(command)}\n${close}`);
}
writeFileSync(path, readme);
