import { TEMPLATE_LANGS, type TemplateLang } from '../input/columns.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The language of the template `banqup-import template` writes: `--lang` (a code or a locale such
 * as `nl_BE`, `de-LU`), else the locale of the environment, else English. Kept apart from
 * resolveLang while the messages speak fewer languages than the template (issue 12).
 */
export function resolveTemplateLang(flag: unknown, env: Env): TemplateLang {
  const locale = typeof flag === 'string' && flag !== '' ? flag : env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
  const code = /^([a-z]{2})(?:[_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return TEMPLATE_LANGS.find((lang) => lang === code) ?? 'en';
}
