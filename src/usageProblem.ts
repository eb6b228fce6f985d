import type { MessageParams } from './domain/types.js';

/** A usage mistake, as one of our messages (cliMessages.ts) and its parameters. */
export interface UsageProblem {
  readonly code: string;
  readonly params: MessageParams;
}

/** What commander reports: its error code and its English sentence. */
export interface CommanderReport {
  readonly code: string;
  readonly message: string;
}

// The long form names the option for the user ('-o, --output <file>' → --output).
const optionName = (flags: string): string => /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0] ?? flags;

/**
 * Commander's usage errors in our own words, so that they read in French too and say how to put
 * the command right. Commander hands over a code and an English sentence: the parts a message
 * needs (the option, the value, the choices, the counts) are read from that sentence (commander
 * 14's wording, pinned in package.json); a sentence not recognised is passed on as it is.
 */
export function usageProblem(report: CommanderReport): UsageProblem {
  const text = report.message.replace(/^error: /, '');
  const fallback: UsageProblem = { code: 'usage.invalid', params: { detail: text.replace(/\n/g, ' ') } };
  switch (report.code) {
    case 'commander.unknownOption': {
      // Up to the quote before the suggestion or the end: an option may hold an apostrophe.
      const option = /^unknown option '(.*?)'(?:\n\(Did you mean .*\))?$/s.exec(text)?.[1];
      if (option === undefined) return fallback;
      const similar = /\(Did you mean (?:one of )?(.+)\?\)/.exec(text)?.[1];
      return { code: 'usage.unknown_option', params: { option, suggestions: similar ?? '' } };
    }
    case 'commander.optionMissingArgument': {
      const flags = /^option '(.*)' argument missing$/s.exec(text)?.[1];
      if (flags === undefined) return fallback;
      return { code: 'usage.missing_value', params: { option: optionName(flags), usage: flags.replace(/^-\w, /, '') } };
    }
    case 'commander.invalidArgument': {
      const parts = /^option '([^']*)' argument '(.*)' is invalid\. (.*)$/s.exec(text);
      if (parts === null) return fallback;
      const [, flags = '', value = '', reason = ''] = parts;
      const choices = /^Allowed choices are (.+)\.$/.exec(reason)?.[1];
      if (choices !== undefined) return { code: 'usage.bad_choice', params: { option: optionName(flags), value, choices } };
      const range = /whole number from (\d+) to (\d+)/.exec(reason);
      if (range !== null) return { code: 'usage.bad_number', params: { option: optionName(flags), value, min: range[1] ?? '', max: range[2] ?? '' } };
      return fallback;
    }
    case 'commander.excessArguments': {
      const parts = /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text);
      if (parts === null) return fallback;
      const [, command = '', expected = '', got = ''] = parts;
      return { code: expected === '0' ? 'usage.no_arguments' : 'usage.one_file', params: { command, got } };
    }
    default:
      return fallback;
  }
}
