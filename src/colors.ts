import { Chalk, supportsColor } from 'chalk';
import type { Io } from './io.js';

/** The colour functions the report renderers take; identity functions when colour is off. */
export interface ColorFns {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

/**
 * Decides colour once (style.md §8): `--no-color` and `NO_COLOR` turn it off, `--color` and
 * `FORCE_COLOR` turn it on, otherwise only for a terminal that is not `TERM=dumb`.
 */
export function colorsFor(flag: boolean | undefined, stream: { isTTY?: boolean }, env: Io['env']): ColorFns {
  let level: 0 | 1 | 2 | 3 = 0;
  if (flag === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) level = 0;
  else if (flag === true || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0')) level = supportsColor ? supportsColor.level || 1 : 1;
  else if (stream.isTTY && env.TERM !== 'dumb') level = supportsColor ? supportsColor.level : 1;
  const chalk = new Chalk({ level });
  return {
    red: (s) => chalk.red(s),
    yellow: (s) => chalk.yellow(s),
    green: (s) => chalk.green(s),
    dim: (s) => chalk.dim(s),
    bold: (s) => chalk.bold(s),
  };
}
