import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, OPTIONS, optionTableMarkdown } from '../../src/config/options.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe("README's option tables are the option table's", () => {
  it.each(COMMAND_NAMES.map((c) => [c]))('%s: README.md says what src/config/options.ts declares (npm run readme:options rewrites it)', (command) => {
    const block = new RegExp(`<!-- options:${command} -->\\n([\\s\\S]*?)\\n<!-- /options:${command} -->`).exec(readme)?.[1];
    expect(block, `README.md has no <!-- options:${command} --> block`).toBeDefined();
    expect(block).toBe(optionTableMarkdown(command));
  });

  it('declares each option of a command once', () => {
    for (const command of COMMAND_NAMES) {
      const flags = OPTIONS.filter((o) => o.commands.includes(command)).map((o) => o.flags);
      expect(new Set(flags).size, command).toBe(flags.length);
    }
  });
});
