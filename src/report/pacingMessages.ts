import type { Lang, MessageCatalogue } from '../domain/types.js';

/**
 * The progress line's pacing part (issue 15): how many calls a second go to Banqup now, as
 * adaptive pacing found it. Its own catalogue, in all four languages.
 */
export const pacingMessages: MessageCatalogue = {
  'progress.pacing': {
    en: (p) => `${p.rate} calls/s to Banqup`,
    fr: (p) => `${p.rate} appels/s vers Banqup`,
    nl: (p) => `${p.rate} oproepen/s naar Banqup`,
    de: (p) => `${p.rate} Aufrufe/s an Banqup`,
  },
};

/** A pacing rate for people: whole calls, one decimal below 10 (0.5/s is not "1"). */
export function formatCalls(perSecond: number, lang: Lang): string {
  const digits = perSecond < 10 ? 1 : 0;
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(perSecond);
}
