import type { ValueSpan } from './types.js';

/*
 * Where in a value its problem is, so that a table too narrow for the whole value can show that
 * part (issue 12, item 4). The validators work on a compacted copy of the cell ("LU28 0019 …" →
 * "LU280019…", labels and separators gone, upper case), so their positions are mapped back to the
 * text as typed.
 */

const fold = (text: string) => text.normalize('NFKC').toUpperCase();

/**
 * The span of `source` that `span` of `derived` came from, where `derived` was made from `source`
 * by removing characters and folding case and width (NFKC). Each character of `derived` is matched
 * to the next character of `source` that folds to it; undefined when they do not line up.
 */
export function mapSpan(source: string, derived: string, span: ValueSpan): ValueSpan | undefined {
  if (span.start < 0 || span.end <= span.start || span.end > derived.length) return undefined;
  if (source === derived) return span;
  const target = fold(derived);
  const origin: number[] = [];
  for (let i = 0; i < source.length && origin.length < target.length; i++) {
    const ch = fold(source[i] ?? '');
    if (ch !== '' && target.startsWith(ch, origin.length)) for (let k = 0; k < ch.length; k++) origin.push(i);
  }
  const start = origin[span.start];
  const last = origin[span.end - 1];
  if (origin.length < target.length || start === undefined || last === undefined) return undefined;
  return { start, end: last + 1 };
}

/** The first run of characters of `text`, from `from` on, that `bad` says do not belong; undefined if none. */
export function firstRun(text: string, bad: (ch: string, index: number) => boolean, from = 0): ValueSpan | undefined {
  for (let i = from; i < text.length; i++) {
    if (!bad(text[i] ?? '', i)) continue;
    let end = i + 1;
    while (end < text.length && bad(text[end] ?? '', end)) end++;
    return { start: i, end };
  }
  return undefined;
}

/** The first character of `text` that is a letter where `example` has a digit, or the other way round. */
export function shapeMismatch(text: string, example: string, from = 0): ValueSpan | undefined {
  const kind = (ch: string) => (/\d/.test(ch) ? 'digit' : /[A-Z]/.test(ch) ? 'letter' : 'other');
  for (let i = from; i < Math.min(text.length, example.length); i++) {
    const got = kind(text[i] ?? '');
    if (got === 'other' || got !== kind(example[i] ?? '')) return { start: i, end: i + 1 };
  }
  return undefined;
}

/** A finding's span, only when there is one (findings without stay as they were). */
export function withSpan<T extends object>(finding: T, span: ValueSpan | undefined): T & { span?: ValueSpan } {
  return span ? { ...finding, span } : finding;
}
