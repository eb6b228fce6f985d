import type { FaultKind } from './faultSpec.js';

/** One request as the sandbox saw it: no header, no body, no query (they may hold secrets or personal data). */
export interface SandboxRequestEntry {
  /** 1-based, in order of arrival. */
  readonly n: number;
  readonly method: string;
  readonly path: string;
  /** Absent while in flight, and when the connection was dropped instead of answered. */
  status?: number;
  /** The fault injected into this request, if any. */
  fault?: FaultKind;
  /** Refused by the rate limit (429) rather than by a fault. */
  rateLimited?: boolean;
  /** Time from arrival to the end of the answer. */
  ms?: number;
}
