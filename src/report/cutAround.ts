import type { ValueSpan } from '../domain/types.js';
import { cutToWidth, displayWidth, sanitizeForTerminal } from './sanitize.js';
import { graphemeSegments } from './graphemes.js';

const ELLIPSIS = '…';
const graphemes = (text: string) => Array.from(graphemeSegments(text), (s) => s.segment);

/** The end of `text` that fits `max` columns. */
function tailToWidth(text: string, max: number): string {
  const parts = graphemes(text);
  let out = '';
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = displayWidth(parts[i] ?? '');
    if (used + w > max) break;
    out = (parts[i] ?? '') + out;
    used += w;
  }
  return out;
}

/** The start of `text` that fits `max` columns. */
function headToWidth(text: string, max: number): string {
  let out = '';
  let used = 0;
  for (const part of graphemes(text)) {
    const w = displayWidth(part);
    if (used + w > max) break;
    out += part;
    used += w;
  }
  return out;
}

/**
 * A value cut to `max` terminal columns around the part where its problem is (issue 12, item 4):
 * the stray ",fr" at the end of an e-mail stays in sight, with `…` on the side or sides cut. The
 * problem's part is kept whole when it fits, with as much of its surroundings as there is room
 * for, shared between both sides. Without a span, or when the value fits, it is cut at its end as
 * before. Control characters are removed first (each part on its own, so the span still holds).
 */
export function cutAround(value: string, span: ValueSpan | undefined, max: number): string {
  const whole = sanitizeForTerminal(value);
  if (!span || span.start < 0 || span.end > value.length || span.end <= span.start || displayWidth(whole) <= max) {
    return cutToWidth(whole, max);
  }
  const before = sanitizeForTerminal(value.slice(0, span.start));
  const problem = sanitizeForTerminal(value.slice(span.start, span.end));
  const after = sanitizeForTerminal(value.slice(span.end));
  const [wb, wp, wa] = [displayWidth(before), displayWidth(problem), displayWidth(after)];
  // The problem alone is too wide: show its start, cut on both sides.
  if (wp + (wb > 0 ? 1 : 0) >= max) return (wb > 0 ? ELLIPSIS : '') + cutToWidth(problem + after, max - (wb > 0 ? 1 : 0));
  // The columns left beside the problem (less one per ellipsis), shared out: half to each side,
  // and what one side does not need to the other.
  const share = (ellipses: number) => {
    const free = max - wp - ellipses;
    const after = Math.min(wa, Math.max(Math.floor(free / 2), free - wb));
    return { takeAfter: after, takeBefore: Math.max(0, Math.min(wb, free - after)) };
  };
  // The value does not fit, so one side at least is cut; when both are, both ellipses take room.
  let { takeAfter, takeBefore } = share(1);
  if (takeBefore < wb && takeAfter < wa) ({ takeAfter, takeBefore } = share(2));
  const left = takeBefore < wb ? ELLIPSIS + tailToWidth(before, takeBefore) : before;
  const right = takeAfter < wa ? headToWidth(after, takeAfter) + ELLIPSIS : after;
  return left + problem + right;
}
