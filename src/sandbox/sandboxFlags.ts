import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { FAULT_KINDS, type FaultKind, type SandboxOptions, type ScriptedFault, type SpacesMode } from './sandboxOptions.js';

/** Flags of `banqup-import sandbox`, as commander hands them over (strings, not yet checked). */
export interface SandboxFlags {
  readonly port?: string;
  readonly host?: string;
  readonly tokenLifetime?: string;
  readonly spaces?: SpacesMode;
  readonly rateLimit?: string;
  readonly retryAfterDate?: boolean;
  readonly latency?: string;
  readonly jitter?: string;
  readonly faultRate?: string;
  readonly faultSeed?: string;
  readonly concurrentEdits?: string;
  readonly faults?: string;
  readonly fault?: readonly string[];
  readonly slow?: string;
  readonly invalidRcs?: string;
  readonly registryDown?: boolean;
  readonly stateFile?: string;
  /** Serve https (a certificate made at start); `--tls-cert-out` says where its PEM goes. */
  readonly tls?: boolean;
  readonly tlsCertOut?: string;
  readonly quiet?: boolean;
}

/** A fixed port, so that the printed exports stay valid from one start to the next; --port 0 picks a free one. */
export const DEFAULT_SANDBOX_PORT = 8787;
/** The share of requests that fail when --faults is given without --fault-rate. */
export const DEFAULT_FAULT_RATE = 0.1;

/** Turns the flags into startSandbox options; a malformed value is a UsageError naming the flag. */
export function sandboxOptionsFromFlags(flags: SandboxFlags, cwd: string): SandboxOptions {
  const kinds = flags.faults === undefined ? undefined : list(flags.faults).map(faultKind);
  const rate = flags.faultRate === undefined ? (kinds === undefined ? undefined : DEFAULT_FAULT_RATE) : share('--fault-rate', flags.faultRate);
  const scripted = (flags.fault ?? []).map(scriptedFault);
  const seed = whole('--fault-seed', flags.faultSeed ?? '1', 0, 4_294_967_295);
  const random = rate === undefined ? undefined : { rate, seed, ...(kinds && { kinds }) };
  // The other user's edits draw from the fault seed too, so that one --fault-seed replays a whole run.
  const edits = flags.concurrentEdits === undefined ? undefined : share('--concurrent-edits', flags.concurrentEdits);
  return {
    host: flags.host ?? '127.0.0.1',
    port: whole('--port', flags.port ?? String(DEFAULT_SANDBOX_PORT), 0, 65_535),
    ...(flags.tokenLifetime !== undefined && { tokenLifetimeSeconds: whole('--token-lifetime', flags.tokenLifetime, 1, 86_400) }),
    ...(flags.spaces !== undefined && { spaces: flags.spaces }),
    ...(flags.rateLimit !== undefined && { rateLimit: { ...rateLimit(flags.rateLimit), retryAfter: flags.retryAfterDate ? 'http-date' : 'seconds' } }),
    ...(flags.latency !== undefined && { latencyMs: whole('--latency', flags.latency, 0, 600_000) }),
    ...(flags.jitter !== undefined && { jitterMs: whole('--jitter', flags.jitter, 0, 600_000) }),
    ...(flags.slow !== undefined && { slowMs: whole('--slow', flags.slow, 0, 3_600_000) }),
    ...((random !== undefined || scripted.length > 0) && { faults: { ...(random && { random }), scripted } }),
    ...(edits !== undefined && { concurrentEdits: edits, concurrentEditSeed: seed }),
    ...(flags.invalidRcs !== undefined && { invalidCompanyNumbers: list(flags.invalidRcs) }),
    ...(flags.registryDown && { registryUnavailable: true }),
    ...(flags.stateFile !== undefined && { stateFile: resolve(cwd, flags.stateFile) }),
    ...((flags.tls === true || flags.tlsCertOut !== undefined) && { tls: true }),
    ...(flags.tlsCertOut !== undefined && { tlsCertOut: resolve(cwd, flags.tlsCertOut) }),
  };
}

/** `5` (5/s, burst 5) or `5:10` (5/s, burst 10); the rate may have decimals. */
function rateLimit(text: string): { perSecond: number; burst?: number } {
  const match = /^(\d+(?:\.\d+)?)(?::(\d+))?$/.exec(text.trim());
  const perSecond = Number(match?.[1]);
  const burst = match?.[2] === undefined ? undefined : Number(match[2]);
  if (match === null || !(perSecond > 0) || (burst !== undefined && burst < 1)) {
    throw new UsageError('sandbox.rate_limit_invalid', { value: text });
  }
  return { perSecond, ...(burst !== undefined && { burst }) };
}

/** `dropAfter@3:POST:/partner/v1/spaces/*\/clients`: kind, then the nth matching request, method and path glob. */
function scriptedFault(text: string): ScriptedFault {
  const match = /^([A-Za-z0-9]+)(?:@(\d+))?(?::([A-Za-z]+)(?::(\/\S*))?)?$/.exec(text.trim());
  if (match === null || match[1] === undefined) throw new UsageError('sandbox.fault_spec_invalid', { value: text });
  const nth = match[2] === undefined ? 1 : Number(match[2]);
  if (nth < 1) throw new UsageError('sandbox.fault_spec_invalid', { value: text });
  return {
    kind: faultKind(match[1]),
    nth,
    ...(match[3] !== undefined && { method: match[3].toUpperCase() }),
    ...(match[4] !== undefined && { path: match[4] }),
  };
}

function faultKind(text: string): FaultKind {
  const kind = FAULT_KINDS.find((k) => k.toLowerCase() === text.toLowerCase());
  if (kind === undefined) throw new UsageError('sandbox.fault_unknown', { kind: text, kinds: FAULT_KINDS.join(', ') });
  return kind;
}

function list(text: string): string[] {
  return text.split(/[\s,;]+/).filter((item) => item !== '');
}

function whole(option: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError('usage.bad_number', { option, min, max, value: text });
  return n;
}

function share(option: string, text: string): number {
  const n = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || n > 1) throw new UsageError('sandbox.share_invalid', { option, value: text });
  return n;
}
