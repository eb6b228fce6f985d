import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { SandboxClient } from './sandboxClient.js';

/** A space of the sandbox; `owned: false` is someone else's space (403). */
export interface SandboxSpace {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly segment: string;
  readonly owned: boolean;
}

/** A create's answer kept for its Idempotency-Key (banqup-api.md §4.1). */
export interface IdempotencyRecord {
  /** Credentials, space and key. */
  readonly scope: string;
  /** The request body as canonical JSON: the same JSON value gives the same text. */
  readonly value: string;
  readonly status: number;
  readonly body: string;
  readonly location?: string;
  readonly at: number;
}

/**
 * A client as the file holds it. Files written before contract version 2 have no
 * `documentSharing` (read as null) and no `links` (derived again on load), and no `version`
 * beside the client (read as 1): they still load.
 */
export interface StoredClient {
  readonly spaceId: string;
  readonly client: Omit<SandboxClient, 'documentSharing' | 'links'> & Partial<Pick<SandboxClient, 'documentSharing' | 'links'>>;
  /** What the client's ETag is built from; it moves on every change. */
  readonly version?: number;
}

/**
 * What the state file holds. Tokens are not kept: they are secrets, and clients simply ask again.
 * `version` is the file format's: version 2 of the contract only added optional fields to it.
 */
export interface SandboxSnapshot {
  readonly version: 1;
  readonly spaces: readonly SandboxSpace[];
  readonly clients: readonly StoredClient[];
  readonly idempotency: readonly IdempotencyRecord[];
}

/** The snapshot in `path`, or null when there is no such file; a file that is not a snapshot is a UsageError. */
export function loadStateFile(path: string): SandboxSnapshot | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError('sandbox.state_unreadable', { path, reason: String((error as NodeJS.ErrnoException).code ?? 'error') });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError('sandbox.state_unreadable', { path, reason: 'not JSON' });
  }
  if (!isSnapshot(value)) throw new UsageError('sandbox.state_unreadable', { path, reason: 'not a sandbox state file' });
  return value;
}

/**
 * Writes the snapshot so that a reader (or a sandbox killed mid-write) finds the old file or the
 * new one, never half: a temp file beside it, then a rename. Synchronous, so the state is on disk
 * before the answer leaves; not fsynced, since the sandbox needs to survive its process, not the OS.
 */
export function saveStateFile(path: string, snapshot: SandboxSnapshot): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, `${JSON.stringify(snapshot)}\n`, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temp file was never created.
    }
    throw error;
  }
}

function isSnapshot(value: unknown): value is SandboxSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === 1 &&
    Array.isArray(v.spaces) &&
    v.spaces.every((s) => typeof s === 'object' && s !== null && typeof (s as SandboxSpace).id === 'string') &&
    Array.isArray(v.clients) &&
    v.clients.every((c) => typeof c === 'object' && c !== null && typeof (c as { spaceId: unknown }).spaceId === 'string') &&
    Array.isArray(v.idempotency)
  );
}
