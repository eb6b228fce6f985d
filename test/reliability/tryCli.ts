import { firstLine, outcomeOf, problemsOf, showControls } from './cleanFailure.js';
import { runMeasured, type MeasureOptions, type MeasuredRun } from './measureCli.js';
import type { FigureRecorder } from './recordFigures.js';

/** One CLI run of a scenario and what must hold about it. */
export interface Attempt extends MeasureOptions {
  /** Stable id in the figures, `family/variant`. */
  readonly name: string;
  readonly args: readonly string[];
  /** Right exit codes. */
  readonly exits: readonly number[];
  /** What the output must say: stderr for exit 2, stdout and stderr otherwise. */
  readonly says?: RegExp;
  /** Exit 2 with a complete report on stdout is right here. */
  readonly stdoutOnRefusal?: boolean;
  /** Colour is on (FORCE_COLOR): SGR sequences are allowed, other controls still are not. */
  readonly colour?: boolean;
  /** More checks; returns the problems found (sentences), empty when all is well. */
  readonly check?: (run: MeasuredRun) => readonly string[] | Promise<readonly string[]>;
}

export interface Tried {
  readonly run: MeasuredRun;
  /** Everything that went wrong; a test asserts it is empty. */
  readonly problems: readonly string[];
  /** stderr and stdout with controls made visible, for the assertion message. */
  readonly context: string;
}

/**
 * Runs the CLI in a child process (measured), checks it with cleanFailure.ts plus the attempt's own
 * checks, and records the figure. Use it as `const t = await tryCli(figures, {...});
 * expect(t.problems, t.context).toEqual([])`.
 */
export async function tryCli(figures: FigureRecorder, attempt: Attempt): Promise<Tried> {
  const run = await runMeasured(attempt.args, attempt);
  const problems = problemsOf(run, attempt.exits, { stdoutOnRefusal: attempt.stdoutOnRefusal === true, colour: attempt.colour === true });
  const said = run.code === 2 && !attempt.stdoutOnRefusal ? run.stderr : run.stdout + run.stderr;
  if (attempt.says && !attempt.says.test(said)) problems.push(`the output does not match ${attempt.says}`);
  if (attempt.check) problems.push(...(await attempt.check(run)));
  const lastLine = run.stdout.trim().split('\n').at(-1) ?? '';
  figures.add({
    name: attempt.name,
    expected: attempt.exits.map((e) => `exit ${e}`).join(' or '),
    got: outcomeOf(run),
    passed: problems.length === 0,
    ms: run.wallMs,
    cpuMs: run.cpuMs,
    rssMb: run.maxRssMb,
    note:
      problems.length > 0
        ? `${problems.join('; ')} | ${firstLine(run.stderr)}`
        : firstLine(run.code === 2 && run.stderr !== '' ? run.stderr : lastLine),
  });
  const context = `\n--- stderr\n${showControls(run.stderr).slice(0, 3000)}\n--- stdout\n${showControls(run.stdout).slice(0, 3000)}`;
  return { run, problems, context };
}
