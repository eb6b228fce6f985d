import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TemplateConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { cliMessages } from '../cliMessages.js';
import { unwritableError, writeFileAtomically } from '../report/writeAtomically.js';
import { buildTemplate } from '../template/buildTemplate.js';

/** `banqup-import template`: writes the blank sheet in the --lang language, refusing to replace a file without --force. */
export async function runTemplate(config: TemplateConfig, io: Io): Promise<'done'> {
  const bytes = buildTemplate([], config.templateLang);
  if (config.output === '-') {
    if (config.stdoutIsTerminal) throw new UsageError('template.stdout_is_terminal');
    io.stdout.write(bytes);
    return 'done';
  }
  const path = resolve(config.cwd, config.output);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists && !config.force) throw new UsageError('template.exists', { path: config.output });
  await writeFileAtomically(path, bytes).catch((error: unknown) => {
    throw unwritableError(error, config.output);
  });
  // The shell's own catalogue only: the whole one (every column's rules) is not worth loading here.
  io.stderr.write(`${cliMessages['template.written']?.[config.lang]({ path: config.output }) ?? config.output}\n`);
  return 'done';
}
