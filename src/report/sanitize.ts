import { stripVTControlCharacters } from 'node:util';
import { graphemeSegments } from './graphemes.js';

/*
 * Terminal text: making untrusted text safe to print, and measuring it in terminal columns.
 * Values come from the user's sheet or from the API, so they may hold escape sequences that
 * recolour or rewrite the terminal, or bidi controls that reorder what is shown (Trojan Source,
 * CVE-2021-42574). The table measures width itself, so it needs the same notion of "one column".
 */

// Whitespace controls become a space so that words on either side stay apart.
const SPACE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes escape sequences, control characters and bidi controls; line breaks and tabs become spaces. */
export function sanitizeForTerminal(text: string): string {
  return stripVTControlCharacters(text)
    .replace(/\r\n/g, ' ')
    .replace(SPACE_CONTROLS, ' ')
    .replace(OTHER_CONTROLS, '')
    .replace(BIDI_CONTROLS, '');
}

/**
 * Text from a cell or an answer, for a file we write (results, reports): the same removals as for
 * the terminal, since these files are opened in terminals and spreadsheets alike (`ESC ] 0;title
 * BEL`, `ESC [2J` and U+202E reached them raw). With `keepLineBreaks`, line breaks stay, as LF:
 * a cell of the user's own sheet may hold several lines (an address, a list of e-mails).
 */
export function sanitizeForFile(text: string, opts: { readonly keepLineBreaks?: boolean } = {}): string {
  if (!UNSAFE_IN_FILE.test(text)) return text;
  if (!opts.keepLineBreaks) return sanitizeForTerminal(text);
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => sanitizeForTerminal(line))
    .join('\n');
}
// Anything sanitizeForTerminal would change (the common case is that nothing does).
 
const UNSAFE_IN_FILE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

// Outside its strings JSON is plain ASCII, so these can only stand inside strings, where a \u
// escape means the same character: the data is unchanged, and a terminal has nothing to act on.
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/** JSON.stringify, with C1 and bidi controls (which JSON.stringify leaves raw) written as `\u` escapes. */
export function jsonForTerminal(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


// East Asian Wide and Fullwidth blocks (UAX #11), plus emoji shown as pictures: two columns each.
const WIDE =
  /^(?:[\u1100-\u115F\u231A\u231B\u2329\u232A\u2630-\u2637\u268A-\u268F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DFF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{16FE0}-\u{16FE4}\u{16FF0}-\u{16FF6}\u{17000}-\u{18DFF}\u{1AFF0}-\u{1B2FF}\u{1D300}-\u{1D376}\u{1F200}-\u{1F265}\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}]|\p{Emoji_Presentation}|.\uFE0F)/u;
// Graphemes made only of marks or format characters take no column.
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;

function graphemeWidth(g: string): number {
  if (ZERO.test(g)) return 0;
  return WIDE.test(g) ? 2 : 1;
}

/** Width of sanitised text in terminal columns (CJK and emoji count 2, combining marks 0). */
export function displayWidth(text: string): number {
  // Plain ASCII is the common case: one column per character.
  if (/^[\u0020-\u007E]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemeSegments(text)) width += graphemeWidth(segment);
  return width;
}

/** Cuts text to at most `max` columns, ending with `…` when something was cut. */
export function cutToWidth(text: string, max: number): string {
  if (/^[\u0020-\u007E]*$/.test(text)) return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
  // One pass that stops as soon as the text is known to be too wide: a 30 000-character cell
  // repeated on every issue of a row costs no more than a short one (measuring it whole each
  // time made a row of long cells take minutes).
  let out = '';
  let width = 0;
  let full = false;
  for (const { segment } of graphemeSegments(text)) {
    const w = graphemeWidth(segment);
    if (!full && width + w <= max - 1) out += segment;
    else full = true;
    width += w;
    if (width > max) return `${out}…`;
  }
  return text;
}

/** Pads text with spaces to `width` columns (on the left when `alignRight`). */
export function padToWidth(text: string, width: number, alignRight = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? fill + text : text + fill;
}

/** Splits text into lines of at most `width` columns, at spaces where possible. */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words(text)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    // A word wider than the line (a long value, a URL) is broken wherever it must be.
    // splitAtWidth stops after `width` columns, so a long word costs one pass, not one per line.
    let rest = word;
    for (let part = splitAtWidth(rest, width); part.tail !== ''; part = splitAtWidth(rest, width)) {
      lines.push(part.head);
      rest = part.tail;
    }
    line = rest;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

// French puts a space before : ; ! ? » and after «, and the table writes `"from" → to`: a line
// must not start with such a mark nor end with « or →, so these stick to their neighbours. A bare
// number stays with the word before it: "row" at the end of one line and "1" alone on the next
// reads as two things.
const GLUE_BEFORE = /^(?:[:;!?»→]|\d{1,7}[.,;:]?$)/;
const GLUE_AFTER = /(?:^|\s)[«→]$/;

function words(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    const last = out.length - 1;
    const prev = out[last];
    if (prev !== undefined && (GLUE_BEFORE.test(word) || GLUE_AFTER.test(prev))) out[last] = `${prev} ${word}`;
    else out.push(word);
  }
  return out;
}

function splitAtWidth(text: string, width: number): { head: string; tail: string } {
  let head = '';
  let used = 0;
  for (const { segment, index } of graphemeSegments(text)) {
    const w = graphemeWidth(segment);
    // Always take one grapheme, so that a 2-column character on a 1-column line still progresses.
    if (used + w > width && head !== '') return { head, tail: text.slice(index) };
    head += segment;
    used += w;
  }
  return { head, tail: '' };
}
