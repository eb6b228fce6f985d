import type { MeasuredRun } from './measureCli.js';

/**
 * Generous sanity bounds per run: a guard against hangs and blow-ups, not a performance target.
 * Time is bounded on CPU time, which a busy machine does not inflate (wall times of the same run
 * went from 4 s to 34 s with other suites beside it); measureCli's kill switch (DEFAULT_TIMEOUT_MS)
 * catches a run that hangs without using the CPU.
 */
export const MAX_CPU_MS = 60_000;
export const MAX_RSS_MB = 1536;

/**
 * Characters that must never reach a terminal from banqup-import: C0 controls other than tab and
 * line feed (ESC starts every ANSI sequence, CR rewrites a line), DEL, C1 controls (U+009B is a
 * one-character CSI) and the bidi controls of Trojan Source (CVE-2021-42574).
 */
export const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** SGR colour sequences, the only escapes banqup-import writes itself (when colour is on). */
export const SGR = /\u001b\[[0-9;]*m/g;

/** What a stack trace or an unhandled error looks like on stderr. */
const STACK_LINE = /^\s+at\s/m;
const ERROR_NAME = /\b(?:[A-Z][A-Za-z]*)?Error:/;
const NODE_ERROR_CODE = /\bERR_[A-Z][A-Z_]{2,}\b/;

/** The visible form of a raw control character, for failure messages. */
export function showControls(text: string): string {
  return text.replace(new RegExp(RAW_CONTROL.source, 'gu'), (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/**
 * Everything wrong with how a run ended, as sentences (empty when it ended cleanly): the exit code
 * is one of `exits`; no stack trace, no error internals, no raw control character on either
 * stream; for exit 2 a `banqup-import: ` message on stderr and nothing on stdout (unless the case
 * prints a complete report, `stdoutOnRefusal`); within the bounds (CPU time and peak RSS).
 */
export function problemsOf(
  run: MeasuredRun,
  exits: readonly number[],
  opts: { readonly stdoutOnRefusal?: boolean; readonly colour?: boolean } = {},
): string[] {
  const problems: string[] = [];
  if (run.timedOut) problems.push(`killed after the time limit (${run.wallMs} ms)`);
  else if (run.signal) problems.push(`ended by ${run.signal}`);
  else if (run.code === null || !exits.includes(run.code)) problems.push(`exit ${run.code}, expected ${exits.join(' or ')}`);
  if (STACK_LINE.test(run.stderr)) problems.push('stack trace on stderr');
  if (ERROR_NAME.test(run.stderr) || NODE_ERROR_CODE.test(run.stderr)) problems.push('error internals on stderr');
  if (run.code === 1) problems.push('reported as an internal error (a bug)');
  // With colour on, our own SGR sequences are expected: anything else still counts.
  const visible = (text: string) => (opts.colour ? text.replace(SGR, '') : text);
  if (RAW_CONTROL.test(visible(run.stdout))) problems.push('raw control character on stdout');
  if (RAW_CONTROL.test(visible(run.stderr))) problems.push('raw control character on stderr');
  if (run.code === 2 && !opts.stdoutOnRefusal) {
    if (run.stdoutBytes.length > 0) problems.push(`exit 2 with ${run.stdoutBytes.length} bytes on stdout`);
    if (!run.stderr.startsWith('banqup-import: ')) problems.push('exit 2 without a "banqup-import: " message on stderr');
  }
  if (run.cpuMs !== null && run.cpuMs > MAX_CPU_MS) problems.push(`used ${run.cpuMs} ms of CPU (bound ${MAX_CPU_MS})`);
  if (run.maxRssMb !== null && run.maxRssMb > MAX_RSS_MB) problems.push(`peak RSS ${run.maxRssMb} MB (bound ${MAX_RSS_MB})`);
  return problems;
}

/** How a run ended, in a word: the exit code, `timeout` or the signal. */
export function outcomeOf(run: MeasuredRun): string {
  if (run.timedOut) return 'timeout';
  if (run.signal) return run.signal;
  return `exit ${run.code}`;
}

/** The first line of stderr, shortened, for the figures. */
export function firstLine(text: string, max = 140): string {
  const line = showControls(text.split('\n').find((l) => l.trim() !== '') ?? '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
