import type { SandboxConfig } from '../config/config.js';
import type { Io } from '../io.js';
import { rendererFor } from '../messages.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import type { RunningSandbox, SandboxRequestEntry } from '../sandbox/runningSandbox.js';
import { sandboxOptionsFromFlags } from '../sandbox/sandboxFlags.js';
import { startSandbox } from '../sandbox/startSandbox.js';

/**
 * `banqup-import sandbox`: runs the local sandbox API until Ctrl-C or SIGTERM. Standard output
 * gets only `export` lines (URL and demo credentials), so it can be sourced; the rest goes to
 * standard error. Exit 0 after a clean stop.
 */
export async function runSandbox(config: SandboxConfig, io: Io): Promise<'done'> {
  const render = rendererFor(config.lang);
  const options = sandboxOptionsFromFlags(config.flags, config.cwd);
  const log = config.quiet ? {} : { onRequest: (entry: SandboxRequestEntry) => void io.stderr.write(`${requestLine(entry)}\n`) };
  const sandbox = await startSandbox({ ...options, ...log });
  try {
    io.stdout.write(exportLines(sandbox));
    const spaces = render('sandbox.spaces', { n: sandbox.spaceIds.length, first: sandbox.spaceId ?? '' });
    io.stderr.write(`${render('sandbox.started', { url: sandbox.url, spaces, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret })}\n`);
    if (options.stateFile !== undefined) {
      io.stderr.write(`${render('sandbox.state_loaded', { path: options.stateFile, clients: sandbox.clients().length })}\n`);
    }
    await untilAborted(io.signal);
  } finally {
    await sandbox.close();
  }
  const { requests, clients } = sandbox.stats();
  io.stderr.write(`${render('sandbox.stopped', { requests, clients })}\n`);
  return 'done';
}

/** `export NAME='value'` lines for a POSIX shell: `banqup-import sandbox > sandbox.env &`, then `. ./sandbox.env`. */
export function exportLines(sandbox: Pick<RunningSandbox, 'url' | 'clientId' | 'clientSecret' | 'caCertPath'>): string {
  const quote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;
  return [
    `export BANQUP_API_URL=${quote(sandbox.url)}`,
    `export BANQUP_CLIENT_ID=${quote(sandbox.clientId)}`,
    `export BANQUP_CLIENT_SECRET=${quote(sandbox.clientSecret)}`,
    // --tls: the certificate to trust, for the next Node process (read at its start).
    ...(sandbox.caCertPath === undefined ? [] : [`export NODE_EXTRA_CA_CERTS=${quote(sandbox.caCertPath)}`]),
    '',
  ].join('\n');
}

/** One log line per request: method, path (never the query), status or "dropped", time, fault. */
export function requestLine(entry: SandboxRequestEntry): string {
  const status = entry.status === undefined ? 'dropped' : String(entry.status);
  const marks = [entry.fault, entry.rateLimited ? 'rate limit' : undefined].filter((m) => m !== undefined);
  const tail = marks.length > 0 ? ` [${marks.join(', ')}]` : '';
  return sanitizeForTerminal(`${entry.method} ${entry.path} → ${status} ${entry.ms ?? 0} ms${tail}`);
}

/** Resolves on the first Ctrl-C/SIGTERM; without a signal (embedded use), never. */
function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise<void>(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
