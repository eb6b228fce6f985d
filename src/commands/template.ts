import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang } from '../domain/types.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { renderMessage } from '../messages.js';
import { unwritableError, writeFileAtomically } from '../report/writeAtomically.js';
import { buildTemplate } from '../template/buildTemplate.js';

export interface TemplateFlags {
  readonly output: string;
  readonly force?: boolean;
}

/** `banqup-import template`: writes the blank sheet, refusing to replace a file without --force. */
export async function runTemplate(flags: TemplateFlags, io: Io, lang: Lang): Promise<number> {
  const bytes = buildTemplate();
  if (flags.output === '-') {
    if (io.stdout.isTTY) throw new UsageError('template.stdout_is_terminal');
    io.stdout.write(bytes);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, flags.output);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists && !flags.force) throw new UsageError('template.exists', { path: flags.output });
  await writeFileAtomically(path, bytes).catch((error: unknown) => {
    throw unwritableError(error, flags.output);
  });
  io.stderr.write(`${renderMessage('template.written', { path: flags.output }, lang)}\n`);
  return EXIT.ok;
}
