import { Chalk } from 'chalk';

/** The colour functions the report renderers take; identity functions when colour is off. */
export interface ColorFns {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

/** The colour functions for a level decided once by resolveConfig (0: none). */
export function colorsFor(level: 0 | 1 | 2 | 3): ColorFns {
  const chalk = new Chalk({ level });
  return {
    red: (s) => chalk.red(s),
    yellow: (s) => chalk.yellow(s),
    green: (s) => chalk.green(s),
    dim: (s) => chalk.dim(s),
    bold: (s) => chalk.bold(s),
  };
}
