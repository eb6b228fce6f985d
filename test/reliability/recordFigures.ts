import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCALE, SEED } from './scale.js';

/** Where scenarios leave their figures (gitignored); printFigures.mjs turns them into Markdown. */
export const FIGURES_DIR = fileURLToPath(new URL('../../.reliability/', import.meta.url));

/** One thing a scenario tried. */
export interface CaseFigure {
  /** Stable id, e.g. `zip-bomb/lying-directory`. */
  readonly name: string;
  /** What was expected and what happened, in a few words each (exit codes for CLI runs). */
  readonly expected: string;
  readonly got: string;
  /** The case met every expectation. */
  readonly passed: boolean;
  /** Wall time in milliseconds. */
  readonly ms?: number;
  /** CPU time (user + system) of the CLI process in milliseconds: unlike wall time, not inflated by a busy machine. */
  readonly cpuMs?: number | null;
  /** Peak RSS of the CLI process in MB. */
  readonly rssMb?: number | null;
  /** Anything worth reading in the report (a message, a size). */
  readonly note?: string;
}

/** The figures of one scenario, written to `.reliability/<scenario>.json`. */
export interface ScenarioFigures {
  readonly scenario: string;
  readonly title: string;
  readonly scale: string;
  readonly seed: number;
  readonly node: string;
  readonly machine: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly summary: {
    readonly cases: number;
    readonly passed: number;
    readonly failed: number;
    /** How many runs ended with each exit code (or `timeout`, `signal`). */
    readonly outcomes: Record<string, number>;
    readonly worstMs: number | null;
    readonly worstMsCase: string | null;
    readonly worstRssMb: number | null;
    readonly worstRssCase: string | null;
    /** CPU time of all the CLI runs together. */
    readonly totalCpuMs: number;
  };
  /** Scenario-specific totals (`{"escape sequences tried": 14}` …). */
  readonly extra: Record<string, string | number>;
  readonly cases: readonly CaseFigure[];
}

/** Collects a scenario's figures; call `save()` in afterAll (it also runs when tests failed). */
export interface FigureRecorder {
  add(figure: CaseFigure): void;
  /** A scenario-level figure, shown under its table. */
  extra(key: string, value: string | number): void;
  save(): ScenarioFigures;
}

/**
 * Starts recording a scenario. `scenario` is the file name under `.reliability/` (use the test
 * file's name: `bad-files`), `title` the heading printed in RELIABILITY.md.
 */
export function recordFigures(scenario: string, title: string): FigureRecorder {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(scenario)) throw new Error(`scenario id "${scenario}": lowercase letters, digits and -`);
  const startedAt = new Date().toISOString();
  const cases: CaseFigure[] = [];
  const extra: Record<string, string | number> = {};
  return {
    add: (figure) => void cases.push(figure),
    extra: (key, value) => void (extra[key] = value),
    save() {
      const outcomes: Record<string, number> = {};
      for (const c of cases) outcomes[c.got] = (outcomes[c.got] ?? 0) + 1;
      const timed = cases.filter((c) => typeof c.ms === 'number');
      const measured = cases.filter((c) => typeof c.rssMb === 'number');
      const slowest = timed.reduce<CaseFigure | undefined>((a, c) => (!a || c.ms! > a.ms! ? c : a), undefined);
      const biggest = measured.reduce<CaseFigure | undefined>((a, c) => (!a || c.rssMb! > a.rssMb! ? c : a), undefined);
      const figures: ScenarioFigures = {
        scenario, title, scale: SCALE, seed: SEED,
        node: process.version,
        machine: `${process.platform}/${process.arch}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB`,
        startedAt, finishedAt: new Date().toISOString(),
        summary: {
          cases: cases.length,
          passed: cases.filter((c) => c.passed).length,
          failed: cases.filter((c) => !c.passed).length,
          outcomes,
          worstMs: slowest?.ms ?? null, worstMsCase: slowest?.name ?? null,
          worstRssMb: biggest?.rssMb ?? null, worstRssCase: biggest?.name ?? null,
          totalCpuMs: cases.reduce((sum, c) => sum + (c.cpuMs ?? 0), 0),
        },
        extra,
        cases,
      };
      mkdirSync(FIGURES_DIR, { recursive: true });
      writeFileSync(join(FIGURES_DIR, `${scenario}.json`), `${JSON.stringify(figures, null, 2)}\n`);
      return figures;
    },
  };
}
