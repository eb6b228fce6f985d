import type { Io } from '../io.js';

/**
 * How wide stdout's tables are laid out: the terminal's width; else `COLUMNS` (the shell's word,
 * also for a pipe into `less`); else 100. A terminal that reports no size (0, as some ptys in CI
 * and editors do) is not taken for a 0-column one.
 */
export function tableWidth(io: Pick<Io, 'stdout' | 'env'>): number {
  const terminal = io.stdout.columns ?? 0;
  if (terminal > 0) return terminal;
  const fromEnv = Number(io.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 100;
}
