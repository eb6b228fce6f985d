import { COMMAND_NAMES, longName, optionsOf, type CommandName, type OptionSpec } from './config/options.js';
import { editDistance } from './domain/editDistance.js';
import type { MessageParams } from './domain/types.js';

/** A usage mistake, as one of our messages (cliMessages.ts) and its parameters. */
export interface UsageProblem {
  readonly code: string;
  readonly params: MessageParams;
}

const SUBCOMMANDS = COMMAND_NAMES.filter((c) => c !== 'import');
// Options every command has from commander itself.
const BUILT_IN = ['-h', '--help'];
const ROOT_BUILT_IN = ['-V', '--version'];

/** The command the arguments run, and the arguments that belong to it. */
function commandOf(argv: readonly string[]): { command: CommandName; args: readonly string[] } {
  const at = argv.findIndex((a) => !a.startsWith('-') || a === '-');
  const word = at < 0 ? undefined : argv[at];
  const sub = SUBCOMMANDS.find((c) => c === word);
  return sub === undefined ? { command: 'import', args: argv } : { command: sub, args: argv.slice(at + 1) };
}

const takesValue = (spec: OptionSpec): boolean => spec.flags.includes('<');
const names = (spec: OptionSpec): string[] => spec.flags.split(/[ ,]+/).filter((part) => part.startsWith('-'));

/** The option a token names, if the command has it (`--lang=de` names --lang). */
function optionNamed(token: string, specs: readonly OptionSpec[]): OptionSpec | undefined {
  const name = token.startsWith('--') ? (token.split('=')[0] ?? token) : token;
  return specs.find((s) => names(s).includes(name));
}

/** commander's rule for suggestions: the nearest names, 1–2 edits away and alike enough. */
function similarOptions(typed: string, specs: readonly OptionSpec[]): string[] {
  if (!typed.startsWith('--')) return [];
  const word = typed.slice(2);
  let best = 3;
  let similar: string[] = [];
  for (const candidate of new Set(specs.map((s) => longName(s).slice(2)))) {
    const distance = editDistance(word, candidate, 3);
    const length = Math.max(word.length, candidate.length);
    if ((length - distance) / length <= 0.4) continue;
    if (distance < best) {
      best = distance;
      similar = [candidate];
    } else if (distance === best) {
      similar.push(candidate);
    }
  }
  return similar.sort((a, b) => a.localeCompare(b)).map((c) => `--${c}`);
}

/**
 * A commander usage error in our own words, so that it reads in French too and says how to put
 * the command right. It is classified by commander's `code` only; the option or the count it is
 * about is found in the arguments with the option table, never read from commander's sentence.
 * Null when the arguments do not show it (the shell then passes commander's text on).
 */
export function usageProblem(code: string, argv: readonly string[]): UsageProblem | null {
  const { command, args } = commandOf(argv);
  const specs = optionsOf(command);
  const options = args.slice(0, args.includes('--') ? args.indexOf('--') : args.length);
  switch (code) {
    case 'commander.unknownOption': {
      const known = [...BUILT_IN, ...(command === 'import' ? ROOT_BUILT_IN : [])];
      let skipValue = false;
      for (const token of options) {
        if (skipValue) {
          skipValue = false;
          continue;
        }
        if (!token.startsWith('-') || token === '-') continue;
        const spec = optionNamed(token, specs);
        if (spec !== undefined) {
          skipValue = takesValue(spec) && !token.includes('=');
          continue;
        }
        if (known.includes(token)) continue;
        return { code: 'usage.unknown_option', params: { option: token, suggestions: similarOptions(token.split('=')[0] ?? token, specs).join(', ') } };
      }
      return null;
    }
    case 'commander.optionMissingArgument': {
      const last = options.at(-1);
      const spec = last === undefined ? undefined : optionNamed(last, specs);
      if (spec === undefined || !takesValue(spec)) return null;
      return { code: 'usage.missing_value', params: { option: longName(spec), usage: spec.flags.replace(/^-\w, /, '') } };
    }
    case 'commander.excessArguments': {
      let got = 0;
      let skipValue = false;
      for (const token of options) {
        if (skipValue) skipValue = false;
        else if (token.startsWith('-') && token !== '-') {
          const spec = optionNamed(token, specs);
          skipValue = spec !== undefined && takesValue(spec) && !token.includes('=');
        } else got++;
      }
      const takesFile = command === 'import' || command === 'status';
      return takesFile ? { code: 'usage.one_file', params: { command, got } } : { code: 'usage.no_arguments', params: { command, got } };
    }
    default:
      return null;
  }
}
