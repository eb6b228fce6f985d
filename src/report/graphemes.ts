// Made on first use: ICU's break rules take 15–20 ms to load, and plain ASCII text never needs them.
let segmenter: Intl.Segmenter | undefined;

/** The text's grapheme clusters (what a user sees as one character), with their offsets. */
export function graphemeSegments(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return segmenter.segment(text);
}
