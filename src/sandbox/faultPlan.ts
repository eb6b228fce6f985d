import { checkRandom, checkScripted, FAULT_KINDS, type FaultKind, type FaultMatch, type RandomFaults, type ScriptedFault } from './faultSpec.js';
import { seededRandom } from './seededRandom.js';

/** What the plan looks at: the request line, and whether it bears a valid token (`revokeToken` needs one). */
export interface FaultRequest {
  readonly method: string;
  readonly path: string;
  readonly authorized: boolean;
}

/** A fault to inject, and whether the work is done before it. */
export interface FaultDecision {
  readonly kind: FaultKind;
  readonly afterWork: boolean;
}

/** Scripted faults first, then random ones; counts what it handed out. */
export interface FaultPlan {
  decide(request: FaultRequest): FaultDecision | undefined;
  script(fault: ScriptedFault): void;
  setRandom(random: RandomFaults | null): void;
  counts(): Record<FaultKind, number>;
}

/** These always come after the work: that is what they are for. */
const ALWAYS_AFTER: ReadonlySet<FaultKind> = new Set(['dropAfter', 'slow', 'truncated']);
/** These are refusals (nothing was done), or, for `concurrentEdit`, someone else's edit that comes first. */
const NEVER_AFTER: ReadonlySet<FaultKind> = new Set(['http429', 'dropBefore', 'revokeToken', 'concurrentEdit']);
/** `slow` waits 35 s by default: a random run would mostly wait; script it instead. */
const DEFAULT_RANDOM_KINDS = FAULT_KINDS.filter((kind) => kind !== 'slow');

interface Pending {
  readonly fault: ScriptedFault;
  readonly matches: (request: FaultRequest) => boolean;
  seen: number;
  fired: number;
}

/** Builds the plan from the options; `script` and `setRandom` change it while the sandbox runs. */
export function createFaultPlan(scripted: readonly ScriptedFault[], random: RandomFaults | null): FaultPlan {
  const pending: Pending[] = [];
  const counts = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  let randomFaults: RandomFaults | null = null;
  let draw: () => number = Math.random;
  let randomMatches: (request: FaultRequest) => boolean = () => true;

  function script(fault: ScriptedFault): void {
    checkScripted(fault);
    pending.push({ fault, matches: matcher(fault), seen: 0, fired: 0 });
  }

  function setRandom(next: RandomFaults | null): void {
    if (next !== null) checkRandom(next);
    randomFaults = next;
    draw = seededRandom(next?.seed ?? 1);
    randomMatches = next === null ? () => false : matcher(next);
  }

  function fromScript(request: FaultRequest): FaultDecision | undefined {
    let decision: FaultDecision | undefined;
    for (const entry of pending) {
      if (!entry.matches(request) || !applicable(entry.fault.kind, request)) continue;
      entry.seen++;
      // Each fault counts every matching request; when two are due together, the first scripted wins.
      if (decision === undefined && entry.seen >= (entry.fault.nth ?? 1)) {
        entry.fired++;
        const { kind } = entry.fault;
        decision = { kind, afterWork: ALWAYS_AFTER.has(kind) || (!NEVER_AFTER.has(kind) && entry.fault.afterWork === true) };
      }
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const entry = pending[i];
      if (entry !== undefined && entry.fired >= (entry.fault.times ?? 1)) pending.splice(i, 1);
    }
    return decision;
  }

  function fromRandom(request: FaultRequest): FaultDecision | undefined {
    if (randomFaults === null || !randomMatches(request)) return undefined;
    if (draw() >= randomFaults.rate) return undefined;
    const kinds = (randomFaults.kinds ?? DEFAULT_RANDOM_KINDS).filter((kind) => applicable(kind, request));
    const kind = kinds[Math.floor(draw() * kinds.length)];
    if (kind === undefined) return undefined;
    const afterWork = ALWAYS_AFTER.has(kind) || (!NEVER_AFTER.has(kind) && draw() < (randomFaults.afterWorkShare ?? 0.5));
    return { kind, afterWork };
  }

  for (const fault of scripted) script(fault);
  setRandom(random);
  return {
    decide(request) {
      const decision = fromScript(request) ?? fromRandom(request);
      if (decision !== undefined) counts[decision.kind]++;
      return decision;
    },
    script,
    setRandom,
    counts: () => ({ ...counts }),
  };
}

/**
 * A revoked token only means something on a request that bears a valid one; an edit by someone
 * else only on a PATCH. A scripted fault that does not apply waits for a request it applies to;
 * a random draw leaves it out of the kinds, so that requests of other methods draw as before.
 */
function applicable(kind: FaultKind, request: FaultRequest): boolean {
  if (kind === 'revokeToken') return request.authorized;
  if (kind === 'concurrentEdit') return request.method.toUpperCase() === 'PATCH';
  return true;
}

/** Method and path test of a FaultMatch. */
export function matcher(match: FaultMatch): (request: Pick<FaultRequest, 'method' | 'path'>) => boolean {
  const method = match.method?.toUpperCase();
  const path = match.path === undefined ? undefined : typeof match.path === 'string' ? globToRegExp(match.path) : match.path;
  return (request) => (method === undefined || request.method.toUpperCase() === method) && (path === undefined || path.test(request.path));
}

/** `/partner/v1/spaces/*\/clients`: `*` is one path segment, `**` anything; the rest is literal. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+'),
    )
    .join('.*');
  return new RegExp(`^${source}$`);
}
