import { seededRandom } from './seededRandom.js';

/**
 * The "second person editing the space" knob (`concurrentEdits`, `--concurrent-edits`): asked
 * once per PATCH whose If-Match matches, it says whether someone else edits that client first,
 * so that the PATCH meets 412 PRECONDITION_FAILED. Drawn from its own seeded PRNG, apart from the
 * random faults', so that turning it on does not change which faults the other requests meet;
 * the same seed and the same PATCHes give the same 412s.
 */
export interface ConcurrentEdits {
  /** One draw: true when someone else's edit comes first. No draw at all while the share is 0. */
  due(): boolean;
  /** Changes the share (0–1) and restarts the draws from `seed`. */
  set(share: number, seed: number): void;
}

export function createConcurrentEdits(share: number, seed: number): ConcurrentEdits {
  let current = 0;
  let draw: () => number = Math.random;
  const edits: ConcurrentEdits = {
    due: () => current > 0 && draw() < current,
    set(nextShare, nextSeed) {
      checkShare(nextShare);
      current = nextShare;
      draw = seededRandom(nextSeed);
    },
  };
  edits.set(share, seed);
  return edits;
}

/** Throws a RangeError for a share outside 0–1. */
export function checkShare(share: number): void {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`sandbox option concurrentEdits: ${String(share)} is not allowed`);
}
