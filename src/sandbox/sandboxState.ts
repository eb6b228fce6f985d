import { randomUUID } from 'node:crypto';
import { UsageError } from '../errors.js';
import { linksOf } from './clientLinks.js';
import { etagOf } from './etag.js';
import type { SandboxClient } from './sandboxClient.js';
import type { SpacesMode } from './sandboxOptions.js';
import { loadStateFile, saveStateFile, type IdempotencyRecord, type SandboxSnapshot, type SandboxSpace, type StoredClient } from './stateFile.js';

/** banqup-api.md §4.1: a key is replayed for 24 h. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The in-memory store: spaces, their clients in creation order, and the idempotency records. */
export interface SandboxState {
  /** Every space, the app's first, then the foreign one. */
  spaces(): readonly SandboxSpace[];
  space(id: string): SandboxSpace | undefined;
  /** One space's clients in creation order (the stable paging order), or all of them. */
  clients(spaceId?: string): SandboxClient[];
  client(spaceId: string, id: string): SandboxClient | undefined;
  /** One space's clients whose `key` is `value`, in creation order: an index, so that a large space stays fast. */
  clientsBy(spaceId: string, key: ClientKey, value: string): SandboxClient[];
  /** The client's ETag (banqup-api.md §4.2), or undefined for an unknown client. */
  etag(spaceId: string, id: string): string | undefined;
  /**
   * Adds or replaces a client, and returns it as stored: its `links` derived again from its
   * status and sharing, its version (so its ETag) moved, even when nothing else changed. Every
   * change goes through here, so no change can leave the ETag behind. Call `commit` once the
   * request's changes are made.
   */
  put(spaceId: string, client: Omit<SandboxClient, 'links'>): SandboxClient;
  idempotency(scope: string): IdempotencyRecord | undefined;
  remember(record: IdempotencyRecord): void;
  /** Writes the state file, when there is one. */
  commit(): void;
}

/** The fields a client is looked up by (banqup-api.md §4.1 and §4.2). */
export type ClientKey = 'externalReference' | 'vatNumber' | 'companyNumber';
const CLIENT_KEYS: readonly ClientKey[] = ['externalReference', 'vatNumber', 'companyNumber'];

/** Loads `stateFile` when it exists, else starts with the spaces of `mode`; writes the file once to prove it can. */
export function createSandboxState(mode: SpacesMode, stateFile: string | undefined, now: () => number): SandboxState {
  const loaded = stateFile === undefined ? null : loadStateFile(stateFile);
  const spaces = loaded?.spaces ?? initialSpaces(mode);
  const bySpace = new Map<string, Map<string, Held>>(spaces.map((s) => [s.id, new Map()]));
  for (const stored of loaded?.clients ?? []) bySpace.get(stored.spaceId)?.set(stored.client.id, heldFromFile(stored));
  // Per space and key: value → ids. Each lookup and each create was a scan of the space: at thousands
  // of clients the sandbox, not the CLI, set the bench's pace.
  const indexes = new Map<string, Map<ClientKey, Map<string, Set<string>>>>();
  const index = (spaceId: string, client: SandboxClient, change: 'add' | 'delete'): void => {
    let byKey = indexes.get(spaceId);
    if (byKey === undefined) indexes.set(spaceId, (byKey = new Map<ClientKey, Map<string, Set<string>>>()));
    for (const key of CLIENT_KEYS) {
      const value = client[key];
      if (value === null) continue;
      let byValue = byKey.get(key);
      if (byValue === undefined) byKey.set(key, (byValue = new Map<string, Set<string>>()));
      const ids = byValue.get(value) ?? new Set<string>();
      if (change === 'add') byValue.set(value, ids.add(client.id));
      else if (ids.delete(client.id) && ids.size === 0) byValue.delete(value);
    }
  };
  for (const [spaceId, clients] of bySpace) for (const held of clients.values()) index(spaceId, held.client, 'add');
  const records = new Map<string, IdempotencyRecord>((loaded?.idempotency ?? []).map((r) => [r.scope, r]));

  const snapshot = (): SandboxSnapshot => {
    const cutoff = now() - IDEMPOTENCY_WINDOW_MS;
    for (const [scope, record] of records) if (record.at < cutoff) records.delete(scope);
    return {
      version: 1,
      spaces,
      clients: [...bySpace].flatMap(([spaceId, clients]) => [...clients.values()].map(({ client, version }) => ({ spaceId, client, version }))),
      idempotency: [...records.values()],
    };
  };

  const state: SandboxState = {
    spaces: () => spaces,
    space: (id) => spaces.find((s) => s.id === id),
    clients: (spaceId) =>
      (spaceId === undefined ? [...bySpace.values()].flatMap((m) => [...m.values()]) : [...(bySpace.get(spaceId)?.values() ?? [])]).map((h) => h.client),
    client: (spaceId, id) => bySpace.get(spaceId)?.get(id)?.client,
    clientsBy(spaceId, key, value) {
      const clients = bySpace.get(spaceId);
      const ids = indexes.get(spaceId)?.get(key)?.get(value);
      if (clients === undefined || ids === undefined) return [];
      const found = [...ids].flatMap((id) => clients.get(id)?.client ?? []);
      // A set keeps the order its ids came in; a client whose key changed came in later than its place.
      if (found.length > 1) {
        const order = new Map([...clients.keys()].map((id, i) => [id, i]));
        found.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      }
      return found;
    },
    etag(spaceId, id) {
      const held = bySpace.get(spaceId)?.get(id);
      return held === undefined ? undefined : etagOf(id, held.version);
    },
    put(spaceId, client) {
      const clients = bySpace.get(spaceId);
      const { createdAt, updatedAt, ...rest } = client;
      // In the contract's order: links between banqupSpaceId and the timestamps.
      const stored: SandboxClient = { ...rest, links: linksOf(client), createdAt, updatedAt };
      const before = clients?.get(client.id);
      if (before !== undefined) index(spaceId, before.client, 'delete');
      clients?.set(client.id, { client: stored, version: (before?.version ?? 0) + 1 });
      if (clients !== undefined) index(spaceId, stored, 'add');
      return stored;
    },
    idempotency: (scope) => records.get(scope),
    remember(record) {
      records.set(record.scope, record);
    },
    commit() {
      if (stateFile !== undefined) saveStateFile(stateFile, snapshot());
    },
  };
  if (stateFile !== undefined) {
    try {
      state.commit();
    } catch (error) {
      throw new UsageError('sandbox.state_unwritable', { path: stateFile, reason: String((error as NodeJS.ErrnoException).code ?? 'error') });
    }
  }
  return state;
}

/** A client and the version its ETag is built from. */
interface Held {
  readonly client: SandboxClient;
  readonly version: number;
}

/** A client of the state file, with what older files lack filled in (sharing off, links derived, version 1). */
function heldFromFile(stored: StoredClient): Held {
  const client = { ...stored.client, documentSharing: stored.client.documentSharing ?? null };
  const version = Number.isInteger(stored.version) && (stored.version ?? 0) >= 1 ? (stored.version as number) : 1;
  // Links are derived, never trusted from the file: an old file has none, a hand-edited one may lie.
  return { client: { ...client, links: linksOf(client) }, version };
}

/** The spaces a fresh sandbox starts with; the last one always exists and is not the app's. */
export function initialSpaces(mode: SpacesMode): SandboxSpace[] {
  const space = (name: string, type: string, owned = true): SandboxSpace => ({ id: randomUUID(), name, type, segment: 'ACCOUNTING', owned });
  const foreign = space('Fiduciaire Voisine (not this app)', 'PARTNER', false);
  switch (mode) {
    case 'none':
      return [foreign];
    case 'several':
      return [space('Fiduciaire Demo Luxembourg', 'PARTNER'), space('Fiduciaire Demo Belgique', 'PARTNER'), space('Demo Office', 'BUSINESS'), foreign];
    case 'one':
      return [space('Fiduciaire Demo', 'PARTNER'), foreign];
  }
}
