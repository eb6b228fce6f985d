import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What every phase of `npm run bench` gets: how many runs to take the median of, and where to write. */
export interface BenchContext {
  readonly runs: number;
  /** Scratch folder for generated files (git-ignored `.bench/`). */
  readonly dir: string;
  /** Progress for the person waiting (stderr); stdout carries only the Markdown. */
  readonly progress: (message: string) => void;
}

/** One section of the bench's Markdown output. A phase never prints; runBench joins the sections. */
export interface BenchPhase {
  /** The name BENCH_PHASES picks it by. */
  readonly id: string;
  readonly title: string;
  /** Its Markdown lines; a phase that only spawns synchronously returns them at once. */
  run(context: BenchContext): Promise<readonly string[]> | readonly string[];
}

/** The path of a sibling script in build-tools/bench/. */
export function benchScript(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

/**
 * Runs `node [nodeArgs] script args` in a fresh process, so that its peak memory (maxRSS) and its
 * lazy indexes belong to that measurement alone, and returns the JSON document it prints on stdout.
 */
export function runFresh<T>(script: string, args: readonly string[], nodeArgs: readonly string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeArgs, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as T;
}

/** The median (upper median for an even count); 0 for no values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
