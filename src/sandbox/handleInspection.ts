import type { PatchLog } from './patchLog.js';
import type { SandboxRequestEntry, SandboxStats } from './runningSandbox.js';
import type { ScriptedFault } from './sandboxOptions.js';
import { jsonResponse, methodNotAllowed, problemResponse, type ResponseContext, type SandboxResponse } from './sandboxResponse.js';
import type { SandboxState } from './sandboxState.js';

/** The prefix of the sandbox's own endpoints; the real API has none of them. */
export const INSPECTION_PREFIX = '/_sandbox/';

/** What the inspection endpoints show and change. */
export interface InspectionDeps {
  readonly state: SandboxState;
  readonly patchLog: PatchLog;
  stats(): SandboxStats;
  requests(): SandboxRequestEntry[];
  scriptFault(fault: ScriptedFault): void;
}

/**
 * The sandbox-only endpoints, for a test or a benchmark in another process (no token, no rate
 * limit, no fault, not in the request log):
 * - `GET /_sandbox/clients` → `{"clients": [{"spaceId", ...client}]}`, every space;
 * - `GET /_sandbox/spaces` → every space, the foreign one included (`owned: false`);
 * - `GET /_sandbox/stats` → SandboxStats; `GET /_sandbox/requests` → `{"requests": [...]}`;
 * - `GET /_sandbox/patches` → `{"patches": [AppliedPatch…], "byClient": {"<clientId>": n}}`;
 * - `POST /_sandbox/faults` with a ScriptedFault (path as a glob) → 201.
 */
export function handleInspection(method: string, path: string, body: Buffer, ctx: ResponseContext, deps: InspectionDeps): SandboxResponse {
  const name = path.slice(INSPECTION_PREFIX.length);
  const get = (answer: () => unknown): SandboxResponse => (method === 'GET' ? jsonResponse(200, answer()) : methodNotAllowed(ctx, ['GET']));
  switch (name) {
    case 'clients':
      return get(() => ({
        clients: deps.state.spaces().flatMap((space) => deps.state.clients(space.id).map((client) => ({ spaceId: space.id, ...client }))),
      }));
    case 'spaces':
      return get(() => ({ spaces: deps.state.spaces() }));
    case 'stats':
      return get(() => deps.stats());
    case 'requests':
      return get(() => ({ requests: deps.requests() }));
    case 'patches':
      return get(() => ({ patches: deps.patchLog.entries(), byClient: deps.patchLog.byClient() }));
    case 'faults':
      return method === 'POST' ? scriptFault(body, ctx, deps) : methodNotAllowed(ctx, ['POST']);
    default:
      return problemResponse(ctx, 404, 'NOT_FOUND', 'Sandbox endpoints: clients, spaces, stats, requests, patches, faults');
  }
}

function scriptFault(body: Buffer, ctx: ResponseContext, deps: InspectionDeps): SandboxResponse {
  let fault: unknown;
  try {
    fault = JSON.parse(body.toString('utf8'));
  } catch {
    return problemResponse(ctx, 400, 'MALFORMED_JSON', 'Send a ScriptedFault as JSON');
  }
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) {
    return problemResponse(ctx, 400, 'MALFORMED_JSON', 'Send a ScriptedFault as JSON');
  }
  try {
    deps.scriptFault(fault as ScriptedFault);
  } catch (error) {
    return problemResponse(ctx, 400, 'INVALID_FAULT', error instanceof Error ? error.message : 'invalid fault');
  }
  return jsonResponse(201, { scripted: fault });
}
