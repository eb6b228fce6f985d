import type { Ora } from 'ora';
import type { ProgressMode } from '../config/config.js';
import type { ImportPhase, RunEvent } from '../engine/events.js';
import type { Lang } from '../domain/types.js';
import type { OutStream } from '../io.js';
import { formatRate, formatTimeLeft } from './formatDuration.js';
import { formatCalls } from './pacingMessages.js';
import type { Render } from './jsonDocument.js';
import { sanitizeForTerminal } from './sanitize.js';

/** Turns the run's events (engine and adapter alike) into progress on stderr. */
export interface ProgressReporter {
  onEvent(event: RunEvent): void;
  /** A line of prose on stderr (a warning), shown in every mode, without garbling the spinner. */
  warn(text: string): void;
  stop(): void;
}

/** Options of the reporter; `now` and `lineEveryMs` are seams for tests. */
export interface ReporterOptions {
  readonly stream: OutStream;
  readonly mode: ProgressMode;
  readonly render: Render;
  /** For numbers and durations in the language's own way. */
  readonly lang: Lang;
  readonly now?: () => number;
  /** Plain mode: at most one progress line this often (phase changes always print). */
  readonly lineEveryMs?: number;
}

interface PhaseState {
  phase: ImportPhase;
  total: number;
  done: number;
  failed: number;
  startedAt: number;
  finished: boolean;
  /** Recent (time, done) points: the rate is measured over the last few seconds. */
  samples: { t: number; done: number }[];
}

const RATE_WINDOW_MS = 10_000;

/** Starts a terminal spinner on the stream. */
export type NewSpinner = (stream: OutStream) => Ora;

/**
 * Builds the reporter for one run, loading the spinner (ora and its eleven packages) only for a
 * terminal that shows one: elsewhere it was a tenth of a second of every command's start-up.
 */
export async function openProgressReporter(opts: ReporterOptions): Promise<ProgressReporter> {
  if (opts.mode !== 'spinner') return createProgressReporter(opts);
  const { default: ora } = await import('ora');
  return createProgressReporter(opts, (stream) => ora({ stream: stream as NodeJS.WritableStream, isEnabled: true, discardStdin: false }).start());
}

/** Builds the reporter; without `newSpinner`, spinner mode prints lines instead. */
export function createProgressReporter(opts: ReporterOptions, newSpinner?: NewSpinner): ProgressReporter {
  const mode = opts.mode === 'spinner' && newSpinner === undefined ? 'lines' : opts.mode;
  const now = opts.now ?? Date.now;
  const render = opts.render;
  const lineEvery = opts.lineEveryMs ?? 5000;
  let state: PhaseState | null = null;
  let lastLine = Number.NEGATIVE_INFINITY;
  let lastRateNote = Number.NEGATIVE_INFINITY;
  /** The rate pacing sends at now (requests/s), once it has said. */
  let pacingRate: number | null = null;
  let spinner: Ora | null = null;

  const write = (text: string): void => {
    if (spinner?.isSpinning) {
      spinner.clear();
      opts.stream.write(`${text}\n`);
      spinner.render();
    } else {
      opts.stream.write(`${text}\n`);
    }
  };

  const describe = (s: PhaseState): string => {
    const parts = [render(`progress.${s.phase}`, {})];
    if (s.phase === 'connect') return `${parts[0]}…`;
    if (s.phase === 'existing') return s.finished ? render('progress.line', { phase: parts[0] ?? '', detail: render('progress.found', { n: s.done }) }) : `${parts[0]}…`;
    if (s.total > 0) parts.push(`${s.done}/${s.total}`);
    if (s.failed > 0) parts.push(render('progress.failed', { n: s.failed }));
    const rate = rateOf(s, now());
    if (rate !== null && s.done > 0) {
      parts.push(render('progress.rate', { rate: formatRate(rate, opts.lang) }));
      const left = s.total - s.done;
      if (left > 0 && rate > 0) parts.push(render('progress.eta', { time: formatTimeLeft((left / rate) * 1000, opts.lang) }));
    }
    if (pacingRate !== null && !s.finished) parts.push(render('progress.pacing', { rate: formatCalls(pacingRate, opts.lang) }));
    return sanitizeForTerminal(parts.length > 1 ? render('progress.line', { phase: parts[0] ?? '', detail: parts.slice(1).join(' · ') }) : `${parts[0]}…`);
  };

  const show = (force: boolean): void => {
    if (state === null || mode === 'silent') return;
    if (mode === 'spinner') {
      spinner ??= newSpinner?.(opts.stream) ?? null;
      if (spinner === null) return;
      spinner.text = describe(state);
      return;
    }
    const t = now();
    if (!force && t - lastLine < lineEvery) return;
    lastLine = t;
    write(describe(state));
  };

  return {
    onEvent(event) {
      switch (event.type) {
        case 'phase-started':
          // A phase with nothing to do (every client already there) is not worth a line.
          if (event.total === 0 && event.phase !== 'existing') {
            state = null;
            break;
          }
          state = { phase: event.phase, total: event.total, done: 0, failed: 0, startedAt: now(), finished: false, samples: [{ t: now(), done: 0 }] };
          show(true);
          break;
        case 'progress':
          if (state === null || state.phase !== event.phase) break;
          state.done = event.done;
          state.failed = event.failed;
          state.total = event.total;
          state.samples.push({ t: now(), done: event.done });
          while (state.samples.length > 2 && now() - (state.samples[0]?.t ?? 0) > RATE_WINDOW_MS) state.samples.shift();
          show(false);
          break;
        case 'phase-finished':
          if (state === null || state.phase !== event.phase) break;
          state.done = event.done;
          state.failed = event.failed;
          state.finished = true;
          if (mode === 'spinner' && spinner !== null) {
            spinner.text = describe(state);
            if (event.failed > 0) spinner.warn();
            else spinner.succeed();
            spinner = null;
          } else if (mode === 'lines' && state.phase !== 'connect') {
            lastLine = now();
            write(describe(state));
          }
          state = null;
          break;
        case 'stopping':
          if (mode !== 'silent') write(render(event.reason === 'interrupted' ? 'progress.stopping_interrupt' : 'progress.stopping_fatal', {}));
          break;
        case 'notice':
          if (event.always === true || mode !== 'silent') write(`banqup-import: ${sanitizeForTerminal(render(event.code, event.params))}`);
          break;
        case 'rate-limited':
          if (mode === 'silent') break;
        {
          // Adaptive pacing meets a 429 now and then when it probes: only a pause everyone feels is news.
          const sharedMs = event.pauseMs ?? event.retryAfterMs;
          if (sharedMs < 1000) break;
          // One note per pause is plenty: every worker hits the same limit at once.
          if (now() - lastRateNote < lineEvery) break;
          lastRateNote = now();
          write(render('progress.rate_limited', { seconds: Math.max(1, Math.round(sharedMs / 1000)) }));
          break;
        }
        case 'pacing':
          pacingRate = event.rate;
          break;
        case 'retry':
        case 'request':
        case 'token-refreshed':
        case 'row-done':
          break;
      }
    },
    warn(text) {
      write(text);
    },
    stop() {
      if (spinner !== null) {
        spinner.stop();
        spinner = null;
      }
      state = null;
    },
  };
}

/** Rows per second over the last few seconds, or null when too little time has passed. */
export function rateOf(state: Pick<PhaseState, 'samples' | 'done' | 'startedAt'>, t: number): number | null {
  const first = state.samples[0];
  if (first === undefined) return null;
  const span = t - first.t;
  if (span >= 1000) return ((state.done - first.done) * 1000) / span;
  const total = t - state.startedAt;
  return total >= 1000 ? (state.done * 1000) / total : null;
}
