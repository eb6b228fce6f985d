/** The colour functions the report renderers take; identity functions when colour is off. */
export interface ColorFns {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const same = (s: string): string => s;

/** No colour: what a pipe, a file, NO_COLOR and `--no-color` get. */
const NO_COLORS: ColorFns = { red: same, yellow: same, green: same, dim: same, bold: same };

/**
 * The colour functions for a level decided once by resolveConfig (0: none). chalk is loaded only
 * for a level above 0: output into a pipe or a file never needs it (40 ms of start-up).
 */
export async function colorsFor(level: 0 | 1 | 2 | 3): Promise<ColorFns> {
  if (level === 0) return NO_COLORS;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return {
    red: (s) => chalk.red(s),
    yellow: (s) => chalk.yellow(s),
    green: (s) => chalk.green(s),
    dim: (s) => chalk.dim(s),
    bold: (s) => chalk.bold(s),
  };
}
