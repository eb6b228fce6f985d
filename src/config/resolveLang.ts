import { LANGS, type Lang } from '../domain/types.js';
/** The environment, as the process has it. */
type Env = Readonly<Record<string, string | undefined>>;

// Kept apart from resolveConfig, which loads the e-mail rules (zod): the shell needs the language
// of a usage message, and --help needs nothing more, before any command runs.

/**
 * The language of a language code or a POSIX/BCP 47 locale, in any case: `nl`, `fr_LU`, `fr-BE`,
 * `de_LU.UTF-8`, `nl_BE@euro`; undefined when it names none of LANGS (`it_IT`, `C`, `fry_NL`).
 */
export function langOfLocale(locale: string): Lang | undefined {
  const language = /^([a-z]{2,3})(?:[_-][a-z0-9]+)*(?:\.[\w-]+)?(?:@[\w-]+)?$/i.exec(locale.trim())?.[1]?.toLowerCase();
  return LANGS.find((lang) => lang === language);
}

/**
 * The language of messages: `--lang` (a code or a locale), else the locale of the environment as
 * POSIX orders it (`LC_ALL`, `LC_MESSAGES`, `LANG`, then GNU's `LANGUAGE` list): nl* gives Dutch,
 * de* German, fr* French, anything else English. A `--lang` that names no language is refused by
 * the option's parser; here it only falls back to the environment.
 */
export function resolveLang(flag: unknown, env: Env): Lang {
  const chosen = typeof flag === 'string' ? langOfLocale(flag) : undefined;
  if (chosen !== undefined) return chosen;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE?.split(':')[0] || '';
  return langOfLocale(locale) ?? 'en';
}

/** Whether a stack trace is printed under an internal error (for bug reports; never secrets). */
export function debugFromEnv(env: Env): boolean {
  const debug = env.BANQUP_IMPORT_DEBUG;
  return debug !== undefined && debug !== '';
}
