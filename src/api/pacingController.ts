/**
 * The pacing algorithm, pure: it is told what happened (answers, 429s, optional X-RateLimit-*
 * hints) and at what time, and says how fast to send and how many requests to keep in flight.
 * rateLimiter.ts turns its figures into waiting; the clock is the caller's, so tests drive it.
 *
 * Adaptive (the default): start polite (banqup-api.md §6: about 5/s) and double per clean step
 * (on a slow server more: about a doubling per 300 ms of clock time) until the first 429. A 429 is
 * one "episode": answers to requests sent before it began do not lower the rate again (no halving
 * cascade), and it costs everyone a pause of about two requests' time, not Retry-After. The
 * episode estimates what the server takes (see noteRefused; on a slow server, the requests still
 * in flight measure it), drops to 92% of that, climbs back quickly
 * (×1.25 a step) to 97% of it, and holds there. Then it probes: growth doubles per clean step (2%,
 * 4% … 16%) while under the rate the last 429 came at, and stays at 2% past it, so that finding the
 * same limit again costs a gentle 429, not a cascade; each time the same limit is found the hold
 * doubles (2 s … 16 s), so 429s thin out; clean well past it, the limit was raised and probing
 * speeds up again. A server that advertises its limit (X-RateLimit-Limit over a window of about a
 * second) is paced at 97% of it straight away. Fixed (`--fixed-rate`): the ceiling, always, with
 * every 429 paused out.
 */
export interface PacingOptions {
  /** Requests per second never exceeded (`--rate`). */
  readonly ceiling: number;
  /** Requests in flight never exceeded (`--concurrency`). */
  readonly maxInFlight: number;
  /** False: a fixed rate (the ceiling) and a fixed in-flight count (the maximum). */
  readonly adaptive: boolean;
  /** Default: 5/s, or the ceiling if lower. */
  readonly startRate?: number;
}

/** What the optional X-RateLimit-* headers said (banqup-api.md §6: not every answer has them). */
export interface RateLimitHints {
  readonly limit?: number;
  readonly remaining?: number;
  /** When the window resets, epoch ms (the header is in seconds). */
  readonly resetAt?: number;
}

/** One answer that was not a 429. */
export interface CleanAnswer {
  /** When the request was sent (the clock's time). */
  readonly sentAt: number;
  readonly receivedAt: number;
  readonly hints?: RateLimitHints;
}

/** One 429. */
export interface RefusedAnswer extends CleanAnswer {
  /** Retry-After (or X-RateLimit-Reset) in ms, when the server said. */
  readonly retryAfterMs?: number;
}

/** Starting rate when no ceiling is lower: banqup-api.md §6's polite default. */
export const POLITE_RATE = 5;
/** The rate never drops below this (one request every two seconds). */
export const FLOOR_RATE = 0.5;
/** Clean time at one rate before the next step up: short while no limit is known, longer near one. */
export const START_STEP_MS = 150;
export const STEP_MS = 500;
/** Growth per clean step: before the first 429 (slow start), back toward the refused rate, and beyond it (probing). */
export const START_GROWTH = 2;
/**
 * A slow-start step lasts until an answer to a request sent in it comes back: on a slow server
 * (300 ms) about 450 ms, and doubling per step climbed to 100/s in over two seconds. A step that
 * took longer than START_DOUBLING_MS grows by 2^(its time ÷ START_DOUBLING_MS), at most
 * MAX_START_GROWTH: about a doubling per 300 ms of clock time, and the overshoot of the last step
 * (sent for one latency before its first 429 comes back) stays bounded.
 */
export const START_DOUBLING_MS = 300;
export const MAX_START_GROWTH = 2 ** 1.5;
export const RECOVER_GROWTH = 1.25;
export const PROBE_GROWTH = 1.02;
/** Each clean probing step doubles the next one's growth (1%, 2%, 4% …) up to this: a raised limit is found in seconds. */
export const MAX_PROBE_GROWTH = 1.16;
/** A 429 at about the rate of the last one: the limit is where it was, so wait this long (doubling, up to MAX_HOLD_MS) before probing again. */
export const MIN_HOLD_MS = 2000;
export const MAX_HOLD_MS = 16_000;
/** The episode's requests tell the server's rate once they span this long and this many were taken. */
const EPISODE_MIN_MS = 200;
const EPISODE_MIN_ANSWERS = 10;
/** Clean at this share of the rate the last 429 came at: the limit must have been raised. */
const RAISED_SHARE = 1.1;
/** Two estimates of the limit within this share of each other are "the same limit". */
const SAME_LIMIT_SHARE = 0.1;
/** Recovery stops at this share of what the server took before the 429; probing goes on from there. */
const RECOVER_SHARE = 0.97;
/** After a 429: this share of the rate the server was accepting. */
export const SETTLE_SHARE = 0.92;
/** Of an advertised limit. */
export const HINT_SHARE = 0.97;
/** A 429 that comes this soon after the last episode's pause, twice running, means the short pause did not help. */
const REPEAT_WINDOW_MS = 1000;
/** A step proves a rate only if this share of it was really sent. */
const USED_SHARE = 0.8;
/** Requests in flight beyond rate × latency: room for latency that varies. */
const IN_FLIGHT_HEADROOM = 2;
const IN_FLIGHT_SPARE = 4;
const ACCEPTED_WINDOW_MS = 4000;
const RECENT_ANSWERS = 40;
/** Two 429s closer than this are too close to measure the server's rate between them. */
const MEASURE_MIN_MS = 1000;
/** An advertised limit counts as "per second" only when its window resets within this. */
const SECOND_WINDOW_MS = 2000;

function slowStartGrowth(stepMs: number): number {
  return Math.min(MAX_START_GROWTH, Math.max(START_GROWTH, 2 ** (stepMs / START_DOUBLING_MS)));
}

export class PacingController {
  readonly ceiling: number;
  readonly maxInFlight: number;
  readonly adaptive: boolean;
  #rate: number;
  #latencyMs: number | undefined;
  /** Start of the current clean step: answers to requests sent since then count toward it. */
  #stepStart: number;
  #stepAnswers = 0;
  #seenLimit = false;
  /** The rate the server was known to take when the last 429 came: recovery climbs back to it quickly. */
  #refusedAt: number | undefined;
  /** The last rate that ran a whole step without a 429. */
  #lastClean: number | undefined;
  /** When the last 429 episode began, and the clean answers since. */
  #lastRefusal: number | undefined;
  #cleanSinceRefusal = 0;
  /** A limit the server advertised, per second. */
  #advertised: number | undefined;
  #episodeStart = Number.NEGATIVE_INFINITY;
  #pauseEnd = Number.NEGATIVE_INFINITY;
  #repeats = 0;
  /** Receive times of recent clean answers: the rate the server is accepting. */
  #accepted: number[] = [];
  #settledAt: number | undefined;
  /** The requests sent since the episode's first refused one: while the server's bucket is empty, it takes them at its own rate. */
  #episode: { from: number; lastSent: number; accepted: number } | undefined;
  #probeGrowth = PROBE_GROWTH;
  /** The rate the last 429 episode began at: the limit is below it. */
  #refusedRate: number | undefined;
  #holdMs = 0;
  #holdUntil = Number.NEGATIVE_INFINITY;
  /** The caller's last second of work: no probing (see holdRate). */
  #held = false;

  constructor(options: PacingOptions, now: number) {
    if (!(options.ceiling > 0) || !Number.isFinite(options.ceiling)) throw new RangeError(`ceiling must be a positive number, got ${options.ceiling}`);
    if (!Number.isInteger(options.maxInFlight) || options.maxInFlight < 1) throw new RangeError(`maxInFlight must be ≥ 1, got ${options.maxInFlight}`);
    this.ceiling = options.ceiling;
    this.maxInFlight = options.maxInFlight;
    this.adaptive = options.adaptive;
    this.#rate = options.adaptive ? Math.min(options.ceiling, options.startRate ?? POLITE_RATE) : options.ceiling;
    this.#stepStart = now;
  }

  /** Requests per second to send now. */
  get rate(): number {
    return this.#rate;
  }

  /** Requests in flight at most now: rate × latency with headroom, so a slow server does not cap the rate. */
  get inFlightLimit(): number {
    if (!this.adaptive || this.#latencyMs === undefined) return this.adaptive ? Math.min(this.maxInFlight, IN_FLIGHT_SPARE + 2) : this.maxInFlight;
    const needed = Math.ceil((this.#rate * this.#latencyMs * IN_FLIGHT_HEADROOM) / 1000) + IN_FLIGHT_SPARE;
    return Math.max(1, Math.min(this.maxInFlight, needed));
  }

  /** The moving average of the answers' latency, once there is one. */
  get latencyMs(): number | undefined {
    return this.#latencyMs;
  }

  /** When the rate first stopped climbing (the first 429, the advertised limit, or the ceiling). */
  get settledAt(): number | undefined {
    return this.#settledAt;
  }

  /**
   * The caller is sending its last second or so of work before everyone waits for it to end (the
   * register checks before the first create): keep the rate, do not probe. A 429 then would hold
   * the whole run up for its Retry-After, and a faster rate found this late would save nothing.
   * Slow start and the climb back after a 429 go on: they stay below what the server took.
   */
  holdRate(hold: boolean): void {
    this.#held = hold;
  }

  /** An answer that was not a 429. */
  noteAnswer(answer: CleanAnswer): void {
    this.#noteLatency(answer);
    this.#accepted.push(answer.receivedAt);
    this.#cleanSinceRefusal++;
    if (this.#accepted.length > 4096) this.#acceptedRate(answer.receivedAt); // drops the old ones
    if (!this.adaptive) return;
    if (this.#useHints(answer.hints, answer.receivedAt)) return;
    if (this.#episode !== undefined && answer.sentAt >= this.#episode.from && answer.sentAt < this.#episodeStart) {
      this.#episode.accepted++;
      this.#measureEpisode(answer.sentAt);
    }
    if (answer.sentAt < this.#stepStart) return; // sent at an older rate: says nothing about this one
    this.#stepAnswers++;
    const draining = answer.hints?.remaining !== undefined && answer.hints.remaining <= 1;
    // A step counts only when the rate was really used: a run whose rows come slower than the rate proves nothing.
    const elapsed = answer.sentAt - this.#stepStart;
    const used = this.#stepAnswers >= Math.max(2, (USED_SHARE * this.#rate * elapsed) / 1000);
    if (elapsed < (this.#holdMs > 0 ? STEP_MS : START_STEP_MS) || draining) return;
    if (!used) {
      // The rows came slower than the rate (or the machine could not keep up): nothing learnt, look again.
      this.#startStep(answer.receivedAt);
      return;
    }
    const ceiling = this.#advertised === undefined ? this.ceiling : Math.min(this.ceiling, this.#advertised * HINT_SHARE);
    let next: number;
    if (!this.#seenLimit) next = this.#rate * slowStartGrowth(answer.receivedAt - this.#stepStart);
    else if (this.#refusedAt !== undefined && this.#rate < this.#refusedAt * RECOVER_SHARE) {
      next = Math.min(this.#rate * RECOVER_GROWTH, this.#refusedAt * RECOVER_SHARE);
    } else if (answer.receivedAt < this.#holdUntil || this.#held) next = this.#rate;
    else {
      next = this.#rate * this.#probeGrowth;
      // Below the rate the last 429 came at, growth doubles per clean step; past it, where the
      // limit was met, it stays small, so that a limit found again costs one gentle 429, not a cascade.
      // Well past it with every answer clean, the limit was raised: forget it, and climb fast again.
      if (this.#refusedRate !== undefined && next > this.#refusedRate * RAISED_SHARE) {
        this.#refusedRate = undefined;
        this.#holdMs = 0;
      }
      const below = this.#refusedRate === undefined || next * this.#probeGrowth < this.#refusedRate;
      this.#probeGrowth = below ? 1 + Math.min(MAX_PROBE_GROWTH - 1, (this.#probeGrowth - 1) * 2) : PROBE_GROWTH;
    }
    next = Math.min(ceiling, next);
    this.#lastClean = this.#rate;
    if (next > this.#rate) this.#rate = next;
    else this.#settledAt ??= answer.receivedAt;
    this.#startStep(answer.receivedAt);
  }

  /**
   * A 429. Returns how long every caller pauses: short (the time the server needs to grant about two
   * requests at the new rate, never more than Retry-After) for a first 429, the full Retry-After when
   * 429s keep coming right after the short pauses, or when pacing is fixed.
   */
  noteRefused(answer: RefusedAnswer): number {
    this.#noteLatency(answer);
    const t = answer.receivedAt;
    const retryAfter = Math.max(0, answer.retryAfterMs ?? 0);
    if (!this.adaptive) return retryAfter;
    this.#useHints(answer.hints, t);
    this.#settledAt ??= t;
    if (answer.sentAt < this.#episodeStart) {
      // The same episode: no new pause, but one more request that tells the server's rate.
      if (this.#episode !== undefined && answer.sentAt >= this.#episode.from) this.#measureEpisode(answer.sentAt);
      return Math.max(0, this.#pauseEnd - t);
    }
    this.#repeats = answer.sentAt < this.#pauseEnd + REPEAT_WINDOW_MS ? this.#repeats + 1 : 0;
    // What the server takes: the answers it accepted between two 429s over that time (its bucket
    // was empty at both ends; less if we sent slower meanwhile), or over the last RECENT_ANSWERS
    // answers' time (one to four seconds: long enough that a burst oversells it little, short
    // enough that the time spent holding below the limit before a probe does not undersell it),
    // whichever is more. After the first 429 only, the last rate that ran a whole step clean, if
    // higher: a doubling ramp undersells the last seconds. (Later, a clean step may oversell: at
    // 10/s a burst of 5 hides half a second over the limit.) A 429 before any clean answer says
    // only that this rate was too much.
    const since = this.#lastRefusal;
    const between = since !== undefined && t - since >= MEASURE_MIN_MS ? (this.#cleanSinceRefusal * 1000) / (t - since) : 0;
    const recent = this.#acceptedRate(t, Math.min(ACCEPTED_WINDOW_MS, Math.max(1000, (RECENT_ANSWERS * 1000) / this.#rate)));
    const previous = this.#refusedAt;
    this.#refusedRate = this.#rate;
    this.#refusedAt = Math.max(between, this.#accepted.length > 0 ? recent : this.#rate, this.#seenLimit ? 0 : (this.#lastClean ?? 0));
    this.#lastRefusal = t;
    this.#cleanSinceRefusal = 0;
    this.#lastClean = undefined;
    this.#rate = Math.min(this.ceiling, Math.max(FLOOR_RATE, Math.min(this.#rate, this.#refusedAt) * SETTLE_SHARE));
    this.#seenLimit = true;
    const short = Math.min(retryAfter > 0 ? retryAfter : Number.POSITIVE_INFINITY, 2000 / this.#rate);
    const pause = this.#repeats >= 2 && retryAfter > 0 ? retryAfter : short;
    this.#episodeStart = t;
    this.#pauseEnd = t + pause;
    this.#startStep(this.#pauseEnd);
    // The same limit found again: hold longer below it before the next probe, so that 429s thin out.
    const sameLimit = previous !== undefined && Math.abs(this.#refusedAt - previous) <= SAME_LIMIT_SHARE * previous;
    this.#holdMs = sameLimit ? Math.min(MAX_HOLD_MS, Math.max(MIN_HOLD_MS, this.#holdMs * 2)) : 0;
    this.#holdUntil = this.#pauseEnd + this.#holdMs;
    this.#probeGrowth = PROBE_GROWTH;
    this.#episode = { from: answer.sentAt, lastSent: answer.sentAt, accepted: 0 };
    return pause;
  }

  /**
   * Requests sent after the episode's first refused one, until the pause: the server's bucket was
   * empty, so it took them at exactly its rate. When they span long enough to count (a slow server
   * at a doubling rate sends many), that rate is a better estimate than the clean rates before it,
   * and recovery aims there.
   */
  #measureEpisode(sentAt: number): void {
    const episode = this.#episode;
    if (episode === undefined) return;
    episode.lastSent = Math.max(episode.lastSent, sentAt);
    const span = episode.lastSent - episode.from;
    if (span < EPISODE_MIN_MS || episode.accepted < EPISODE_MIN_ANSWERS) return;
    // Less one: the bucket may have held nearly a whole token when the refused request came, and
    // counting the request that took it oversold a short span by up to 1/span (5/s at 200 ms), so
    // that recovery climbed past the limit and held there until the burst ran dry (a 429 at the end
    // of a step, a second of Retry-After for everyone; at 100/s and 300 ms, 90% of the limit → 92%).
    const measured = ((episode.accepted - 1) * 1000) / span;
    if (this.#refusedAt === undefined || measured <= this.#refusedAt) return;
    this.#refusedAt = measured;
    this.#rate = Math.min(this.ceiling, Math.max(this.#rate, measured * SETTLE_SHARE));
  }

  #noteLatency(answer: CleanAnswer): void {
    const ms = Math.max(0, answer.receivedAt - answer.sentAt);
    this.#latencyMs = this.#latencyMs === undefined ? ms : this.#latencyMs * 0.8 + ms * 0.2;
  }

  /** An advertised per-second limit: pace at 97% of it. Returns true when it decided the rate. */
  #useHints(hints: RateLimitHints | undefined, t: number): boolean {
    if (hints?.limit === undefined || !(hints.limit > 0) || hints.resetAt === undefined) return false;
    // X-RateLimit-Limit is "per window"; only a window of about a second makes it a rate.
    if (hints.resetAt - t > SECOND_WINDOW_MS) return false;
    if (this.#advertised !== hints.limit) {
      this.#advertised = hints.limit;
      this.#rate = Math.max(FLOOR_RATE, Math.min(this.ceiling, hints.limit * HINT_SHARE));
      this.#seenLimit = true;
      this.#settledAt ??= t;
      this.#startStep(t);
      return true;
    }
    return false;
  }

  #startStep(t: number): void {
    this.#stepStart = t;
    this.#stepAnswers = 0;
  }

  /**
   * Clean answers per second over the last `windowMs` (since the first answer, if sooner); keeps
   * four seconds of them.
   */
  #acceptedRate(t: number, windowMs = ACCEPTED_WINDOW_MS): number {
    let first = 0;
    while (first < this.#accepted.length && (this.#accepted[first] ?? 0) <= t - ACCEPTED_WINDOW_MS) first++;
    this.#accepted.splice(0, first);
    let from = 0;
    while (from < this.#accepted.length && (this.#accepted[from] ?? 0) <= t - windowMs) from++;
    // Over less than a second (the run's start), it undersells: safe, and recovery climbs fast.
    const span = t - (this.#accepted[from] ?? t);
    return ((this.#accepted.length - from) * 1000) / Math.max(span, 1000);
  }
}
