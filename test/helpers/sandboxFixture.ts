import { request } from 'undici';
import type { Client } from '../../src/api/types.js';
import type { RunningSandbox } from '../../src/sandbox/runningSandbox.js';
import type { SandboxOptions } from '../../src/sandbox/sandboxOptions.js';
import { startSandbox } from '../../src/sandbox/startSandbox.js';

/** The sandbox as the import tests use it: address, demo credentials, and what it holds and saw. */
export interface TestSandbox {
  readonly url: string;
  /** BANQUP_API_URL and the demo credentials, for runCli/spawnCli. */
  readonly env: Record<string, string>;
  clients(): Client[];
  /** POST requests other than the token's: any write at all. */
  writes(): number;
  /** POST …/clients requests received. */
  clientCreates(): number;
  /** POST …/clients/provisioning requests received. */
  provisionCalls(): number;
  /** The Nth create (1-based) is carried out, then its connection is dropped before the answer. */
  dropAfterCreate(n: number): void;
  /** The sandbox itself, for faults, knobs and the request log. */
  readonly sandbox: RunningSandbox;
  /** The app's Partner space (undefined with `spaces: 'none'`). */
  readonly spaceId: string | undefined;
  close(): Promise<void>;
}

/** Any option of startSandbox; the tests mostly need a little latency and register numbers that do not exist. */
export type TestSandboxOptions = SandboxOptions;

/** Path glob of the create (and list) endpoint, for scripted faults. */
export const CLIENTS_GLOB = '/partner/v1/spaces/*/clients';

/** Starts the real sandbox (src/sandbox) on 127.0.0.1 with a free port. */
export async function startTestSandbox(opts: TestSandboxOptions = {}): Promise<TestSandbox> {
  const s = await startSandbox({ ...opts, host: '127.0.0.1', port: 0 });
  const posts = (test: (path: string) => boolean) => s.requests().filter((r) => r.method === 'POST' && test(r.path)).length;
  const clientCreates = () => posts((p) => p.endsWith('/clients'));
  return {
    url: s.url,
    env: { BANQUP_API_URL: s.url, BANQUP_CLIENT_ID: s.clientId, BANQUP_CLIENT_SECRET: s.clientSecret },
    clients: () => s.clients(),
    writes: () => posts((p) => !p.startsWith('/oauth2/')),
    clientCreates,
    provisionCalls: () => posts((p) => p.endsWith('/provisioning')),
    dropAfterCreate(n) {
      const nth = n - clientCreates();
      if (nth < 1) throw new RangeError(`create ${n} has already been received`);
      s.scriptFault({ kind: 'dropAfter', method: 'POST', path: CLIENTS_GLOB, nth });
    },
    sandbox: s,
    spaceId: s.spaceId,
    close: () => s.close(),
  };
}

/** One item of a list in an answer: a client, a provisioning result, a register entry, a space, a logged request. */
export interface AnswerItem {
  readonly [field: string]: unknown;
  readonly id?: string;
  readonly clientId?: string;
  readonly externalReference?: string;
  readonly status?: string | number;
  readonly type?: string;
  readonly owned?: boolean;
  readonly method?: string;
}

/**
 * A JSON answer of the sandbox as the tests read it, every field optional: which ones come depends
 * on the endpoint (banqup-api.md: token, problem details, client, page, provisioning, register;
 * the /_sandbox/ endpoints). Reading one the answer lacks gives undefined, and the assertion says so.
 */
export interface AnswerJson {
  readonly [field: string]: unknown;
  readonly access_token?: string;
  readonly expires_at?: string;
  /** A problem's HTTP status, or a client's status (INACTIVE, ACTIVE). */
  readonly status?: number | string;
  readonly error?: string;
  readonly requestId?: string;
  readonly violations?: readonly { readonly field: string; readonly code: string; readonly message?: string }[];
  readonly id?: string;
  readonly existingClientId?: string;
  readonly results?: readonly AnswerItem[];
  readonly page?: number;
  readonly size?: number;
  readonly total?: number;
  readonly spaces?: readonly AnswerItem[];
  readonly clients?: readonly AnswerItem[];
  readonly requests?: readonly AnswerItem[];
  readonly faultsInjected?: Readonly<Record<string, number>>;
}

/** An answer as a raw HTTP client sees it. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** The parsed body, or undefined when it is not JSON. */
  readonly json: AnswerJson | undefined;
  /**
   * The same body untyped, for the tests of contract version 2 that walk nested objects (sharing,
   * links, merge patches) whose shape is exactly what they check.
   */
  readonly raw: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- see above
}

/** What to send with `call`. */
export interface CallOptions {
  readonly token?: string;
  readonly json?: unknown;
  /** A raw body (with `contentType`), instead of `json`. */
  readonly body?: string;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
}

/** One HTTP request to the sandbox, with no retry and no interpretation. */
export async function call(url: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: CallOptions = {}): Promise<RawAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.body;
  if (options.json !== undefined) body = JSON.stringify(options.json);
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const answer = await request(`${url}${path}`, { method, headers, ...(body !== undefined && { body }) });
  const text = await answer.body.text();
  let json: AnswerJson | undefined;
  try {
    json = JSON.parse(text) as AnswerJson;
  } catch {
    json = undefined;
  }
  return { status: answer.statusCode, headers: answer.headers, text, json, raw: json };
}

/** A token for the demo credentials (or others). */
export async function tokenFor(url: string, clientId = 'demo-client', clientSecret = 'demo-secret'): Promise<string> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString();
  const answer = await call(url, 'POST', '/oauth2/client_credential/gettoken', { body: form, contentType: 'application/x-www-form-urlencoded' });
  if (answer.status !== 200) throw new Error(`token request answered ${answer.status}`);
  const token = answer.json?.access_token;
  if (token === undefined) throw new Error('token answer without access_token');
  return token;
}
