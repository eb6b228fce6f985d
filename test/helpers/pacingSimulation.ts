import { createRateLimiter } from '../../src/api/rateLimiter.js';
import { runPool } from '../../src/engine/runPool.js';
import { createTokenBucket } from '../../src/sandbox/tokenBucket.js';

export interface SimulationOptions {
  /** The server's limit (requests/s), a token bucket; 0 for none. */
  readonly limit: number;
  readonly burst?: number;
  readonly latencyMs: number;
  readonly jitterMs?: number;
  /** Requests to make; 2 710 is what a 2 000-row import sends (look-ups, creates, provisioning). */
  readonly requests?: number;
  /** Workers asking for requests (the engine's pool). */
  readonly workers?: number;
  /** `--rate` and `--concurrency` (their defaults). */
  readonly ceiling?: number;
  readonly concurrency?: number;
  readonly seed?: number;
  /**
   * The requests in steps that wait for each other, as an import's do (register look-ups, then
   * creates, then activations), each sent through the engine's runPool; without, one stream.
   */
  readonly phases?: readonly number[];
  /** With phases: whether the pools hold the rate through their last second (runPool's holdRate). Default true. */
  readonly holdRate?: boolean;
}

export interface SimulationResult {
  /** Requests the server accepted ÷ (limit × time from its first request to its last), in %. */
  readonly share: number;
  /** Share of requests answered 429, in %. */
  readonly refused: number;
  /** With phases: 429s for requests sent in the last second of a step (before the next one could start). */
  readonly refusedNearAWait: number;
}

/**
 * The real rate limiter and pacing controller against the sandbox's real token bucket, in virtual
 * time: timers are queued and fired in order, so a run of minutes takes a second and gives the same
 * figures on any machine. What it leaves out (the event loop's own delays, the CPU) is what `npm
 * run bench` measures on real processes; this one shows the algorithm alone, as a test can.
 * A refused request waits its Retry-After (whole seconds, as the sandbox sends it) and is sent again.
 */
export async function simulatePacing(options: SimulationOptions): Promise<SimulationResult> {
  const { limit, latencyMs, burst = 5, jitterMs = 10, requests = 2710, workers = 64, ceiling = 200, concurrency = 64 } = options;
  let now = 1_000_000;
  let order = 0;
  const timers: Array<{ at: number; order: number; fire: () => void }> = [];
  const sleep = (ms: number): Promise<void> => new Promise((fire) => void timers.push({ at: now + Math.max(0, ms), order: order++, fire }));
  let seed = (options.seed ?? 1) >>> 0;
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const bucket = limit > 0 ? createTokenBucket({ perSecond: limit, burst }, () => now) : null;
  const limiter = createRateLimiter({ rate: ceiling, concurrency, adaptive: true, now: () => now, sleep });
  const arrivals: Array<{ at: number; ok: boolean }> = [];
  let started = 0;

  let lastFirstTry = now;
  /** One request, sent again after its Retry-After until it is accepted. */
  async function send(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const release = await limiter.acquire();
      const sentAt = now;
      if (attempt === 0) lastFirstTry = sentAt;
      const answer = bucket?.take() ?? { ok: true, retryAfterMs: 0 };
      arrivals.push({ at: sentAt, ok: answer.ok });
      await sleep(latencyMs + random() * jitterMs);
      release();
      if (answer.ok) {
        limiter.noteSuccess({ sentAt, receivedAt: now });
        return;
      }
      const retryAfterMs = Math.ceil(answer.retryAfterMs / 1000) * 1000;
      limiter.noteRateLimited({ sentAt, receivedAt: now, retryAfterMs });
      await sleep(retryAfterMs);
    }
  }

  async function worker(): Promise<void> {
    while (started < requests) {
      started++;
      await send();
    }
  }

  /** When each step's last request was first sent: a 429 in the second before holds the next step up. */
  const stepEnds: number[] = [];
  async function steps(sizes: readonly number[]): Promise<void> {
    const pacing = {
      capacity: () => limiter.inFlightLimit(),
      rate: () => limiter.currentRate(),
      ...(options.holdRate !== false && { holdRate: (hold: boolean) => limiter.holdRate(hold) }),
    };
    for (const size of sizes) {
      await runPool(Array.from({ length: size }), workers, send, undefined, pacing);
      stepEnds.push(lastFirstTry);
    }
  }

  let finished = false;
  void (options.phases === undefined ? Promise.all(Array.from({ length: workers }, worker)) : steps(options.phases)).then(() => {
    finished = true;
  });
  for (;;) {
    // Let every promise settled by the last timer run before the next one fires.
    await new Promise((resolve) => setImmediate(resolve));
    if (finished) break;
    timers.sort((a, b) => a.at - b.at || a.order - b.order);
    const timer = timers.shift();
    if (timer === undefined) throw new Error('the simulation stalled: workers wait, no timer is due');
    now = Math.max(now, timer.at);
    timer.fire();
  }
  const first = arrivals[0]?.at ?? now;
  const last = arrivals[arrivals.length - 1]?.at ?? now;
  const accepted = arrivals.filter((a) => a.ok).length;
  const perSecond = (accepted * 1000) / Math.max(1, last - first);
  const refusedNearAWait = arrivals.filter((a) => !a.ok && stepEnds.some((end) => a.at > end - 1000 && a.at <= end)).length;
  return { share: limit > 0 ? (100 * perSecond) / limit : perSecond, refused: (100 * (arrivals.length - accepted)) / arrivals.length, refusedNearAWait };
}
