import { seededRandom as mulberry32 } from '../../src/sandbox/seededRandom.js';
/**
 * How hard the reliability suite pushes. `RELIABILITY_SCALE=ci` (the default, what `npm test`
 * runs) takes a seeded subset with smaller sizes so the whole suite fits in CI; `full` (what
 * `npm run test:reliability` runs) takes every case at full size. `RELIABILITY_SEED` picks the
 * subset and the random inputs; the same seed gives the same files.
 */
export type Scale = 'ci' | 'full';

function readScale(value: string | undefined): Scale {
  if (value === undefined || value === '' || value === 'ci') return 'ci';
  if (value === 'full') return 'full';
  throw new Error(`RELIABILITY_SCALE must be "ci" or "full", not "${value}"`);
}

function readSeed(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`RELIABILITY_SEED must be a whole number ≥ 0, not "${value}"`);
  return n;
}

/** Fixed, so that two CI runs try the same files; set RELIABILITY_SEED to explore others. */
export const DEFAULT_SEED = 20_250_401;

export const SCALE: Scale = readScale(process.env.RELIABILITY_SCALE);
export const SEED: number = readSeed(process.env.RELIABILITY_SEED);

/** `ci` at CI scale, `full` at full scale. */
export function atScale<T>(ci: T, full: T): T {
  return SCALE === 'full' ? full : ci;
}

/** A seeded random source in [0, 1), one per label, so adding a case does not reshuffle the others. */
export function seededRandom(label: string, seed: number = SEED): () => number {
  // FNV-1a of the label mixed with the seed, then the sandbox's own mulberry32.
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return mulberry32(h >>> 0);
}

/** A whole number in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** `count` random bytes. */
export function randomBytes(random: () => number, count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  for (let i = 0; i < count; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/** `n` items picked without repetition (all of them when n ≥ length), in their original order. */
export function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  if (n >= items.length) return [...items];
  const indexes = items.map((_, i) => i);
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}
