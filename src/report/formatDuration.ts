import type { Lang } from '../domain/types.js';

const oneDecimal = (lang: Lang): Intl.NumberFormat => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// Intl separates with no-break spaces (U+00A0, U+202F): plain spaces wrap and copy as people expect.
const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * A duration for people, with the language's decimal sign: `850 ms`, `12.3 s` (`12,3 s` in
 * French, Dutch and German), `4 min 05 s`, `1 h 02 min` (SI symbols, the same in every language).
 */
export function formatDuration(ms: number, lang: Lang): string {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (safe < 1000) return `${Math.round(safe)} ms`;
  if (safe < 60_000) return `${plainSpaces(oneDecimal(lang).format(safe / 1000))} s`;
  const seconds = Math.round(safe / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * How long is left, in words and coarse: "5 seconds", "3 minutes", "2 hours" (in the language's
 * own words: "5 secondes", "3 Minuten"), never "994 ms": an estimate is not that precise.
 */
export function formatTimeLeft(ms: number, lang: Lang): string {
  const seconds = Math.max(1, Math.round((Number.isFinite(ms) && ms > 0 ? ms : 0) / 1000));
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [Math.round(seconds / 60), 'minute'] : [Math.round(seconds / 360) / 10, 'hour'];
  return plainSpaces(new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value));
}

/** A rate with one decimal in the language's own way: `2.0/s`, `2,0/s`, `1.234,5/s` (Dutch, German). */
export function formatRate(perSecond: number, lang: Lang): string {
  return `${plainSpaces(oneDecimal(lang).format(perSecond))}/s`;
}
