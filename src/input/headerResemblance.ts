import { editDistance } from '../domain/editDistance.js';
import type { ColumnKey } from '../domain/types.js';
import { COLUMNS, normaliseHeader } from './columns.js';

/** How close an unknown header is to a template column's names, 0 (nothing alike) to 1. */
export interface HeaderLikeness {
  readonly key: ColumnKey;
  readonly score: number;
}

/** Below this a likeness is chance ("Code interne" shares one word with "Code client": 0.5). */
export const LIKENESS_THRESHOLD = 0.6;

/** Words that say nothing about which column it is, in the four languages. */
const FILLERS = new Set([
  'de', 'des', 'du', 'la', 'le', 'les', 'l', 'd', 'of', 'the', 'a', 'van', 'het', 'een', 'der', 'die', 'das', 'den', 'dem', 'von',
  'n°', 'no', 'nr', 'n', 'num', 'numero', 'number', 'nummer', 'nro', 'et', 'and', 'en', 'und',
]);

/** A header as matched here: normalised as the reader does, "n°" set apart, "e-mail(s)" one word. */
function prepared(header: string): string {
  return normaliseHeader(header)
    .replace(/n°/g, ' n° ')
    .replace(/\be ?mails?\b/g, 'email')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words that carry meaning, a plural `s` dropped ("assignés" and "Assignee" then differ by one letter). */
function words(text: string): string[] {
  return text
    .split(' ')
    .filter((w) => w !== '' && !FILLERS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
}

function wordLikeness(a: string, b: string): number {
  if (a === b) return 1;
  if (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1) return 0.8;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return 0.7;
  // Abbreviated compounds: "Ondernemingsnr" for "Ondernemingsnummer".
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= Math.max(6, 0.75 * short.length) ? 0.7 : 0;
}

/** 0–1: one name inside the other as whole words, a typo away, or sharing its meaningful words. */
function likeness(header: string, name: string): number {
  if (header === name) return 1;
  const [short, long] = header.length <= name.length ? [header, name] : [name, header];
  const contained = short.length >= 2 && ` ${long} `.includes(` ${short} `) ? 0.6 + (0.4 * short.length) / long.length : 0;
  const allowed = Math.floor(long.length / 6);
  const typo = short.length >= 6 && allowed > 0 ? editDistance(header, name, allowed) : Infinity;
  const typed = typo <= allowed ? 0.9 - 0.1 * typo : 0;
  const hw = words(header);
  const nw = words(name);
  let shared = 0;
  for (const w of hw) shared += Math.max(0, ...nw.map((n) => wordLikeness(w, n)));
  const overlap = hw.length > 0 && nw.length > 0 ? (0.95 * shared) / Math.max(hw.length, nw.length) : 0;
  return Math.max(contained, typed, overlap);
}

let names: { readonly key: ColumnKey; readonly name: string }[] | undefined;

/** Every name of every column, in the four languages and the aliases, prepared once. */
function allNames(): readonly { readonly key: ColumnKey; readonly name: string }[] {
  names ??= COLUMNS.flatMap((spec) =>
    [spec.label.en, spec.label.fr, spec.label.nl, spec.label.de, ...spec.aliases]
      .filter((n): n is string => n !== undefined)
      .map((n) => ({ key: spec.key, name: prepared(n) })),
  );
  return names;
}

/** The template columns an unknown header resembles, closest first (each column once, above the threshold). */
export function headerLikeness(header: string): HeaderLikeness[] {
  const typed = prepared(header);
  if (typed === '') return [];
  const best = new Map<ColumnKey, number>();
  for (const { key, name } of allNames()) {
    const score = likeness(typed, name);
    if (score > (best.get(key) ?? 0)) best.set(key, score);
  }
  return [...best]
    .filter(([, score]) => score >= LIKENESS_THRESHOLD)
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score);
}

/**
 * The missing column an unknown header stands for, when its closest template column is one the
 * sheet lacks and no other column is as close: "N° RCS" → companyNumber. A header closest to a
 * column the sheet already has ("Nom commercial" beside "Client name") suggests nothing.
 */
export function suggestByHeader(header: string, missing: ReadonlySet<ColumnKey>): HeaderLikeness | undefined {
  const [first, second] = headerLikeness(header);
  if (!first || !missing.has(first.key)) return undefined;
  if (second && first.score - second.score < 0.05) return undefined;
  return first;
}
