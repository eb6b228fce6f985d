import type { Lang } from '../domain/types.js';
/** The environment, as the process has it. */
type Env = Readonly<Record<string, string | undefined>>;

// Kept apart from resolveConfig, which loads the e-mail rules (zod): the shell needs the language
// of a usage message, and --help needs nothing more, before any command runs.

/** The language of messages: `--lang`, else the locale of the environment (French if it says fr). */
export function resolveLang(flag: unknown, env: Env): Lang {
  if (flag === 'en' || flag === 'fr') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  return /^fr([_.@-]|$)/i.test(locale) ? 'fr' : 'en';
}

/** Whether a stack trace is printed under an internal error (for bug reports; never secrets). */
export function debugFromEnv(env: Env): boolean {
  const debug = env.BANQUP_IMPORT_DEBUG;
  return debug !== undefined && debug !== '';
}
