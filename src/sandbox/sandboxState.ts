import { randomUUID } from 'node:crypto';
import type { Client } from '../api/types.js';
import { UsageError } from '../errors.js';
import type { SpacesMode } from './sandboxOptions.js';
import { loadStateFile, saveStateFile, type IdempotencyRecord, type SandboxSnapshot, type SandboxSpace } from './stateFile.js';

/** banqup-api.md §4.1: a key is replayed for 24 h. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The in-memory store: spaces, their clients in creation order, and the idempotency records. */
export interface SandboxState {
  /** Every space, the app's first, then the foreign one. */
  spaces(): readonly SandboxSpace[];
  space(id: string): SandboxSpace | undefined;
  /** One space's clients in creation order (the stable paging order), or all of them. */
  clients(spaceId?: string): Client[];
  client(spaceId: string, id: string): Client | undefined;
  /** Adds or replaces a client; call `commit` once the request's changes are made. */
  put(spaceId: string, client: Client): void;
  idempotency(scope: string): IdempotencyRecord | undefined;
  remember(record: IdempotencyRecord): void;
  /** Writes the state file, when there is one. */
  commit(): void;
}

/** Loads `stateFile` when it exists, else starts with the spaces of `mode`; writes the file once to prove it can. */
export function createSandboxState(mode: SpacesMode, stateFile: string | undefined, now: () => number): SandboxState {
  const loaded = stateFile === undefined ? null : loadStateFile(stateFile);
  const spaces = loaded?.spaces ?? initialSpaces(mode);
  const bySpace = new Map<string, Map<string, Client>>(spaces.map((s) => [s.id, new Map()]));
  for (const { spaceId, client } of loaded?.clients ?? []) bySpace.get(spaceId)?.set(client.id, client);
  const records = new Map<string, IdempotencyRecord>((loaded?.idempotency ?? []).map((r) => [r.scope, r]));

  const snapshot = (): SandboxSnapshot => {
    const cutoff = now() - IDEMPOTENCY_WINDOW_MS;
    for (const [scope, record] of records) if (record.at < cutoff) records.delete(scope);
    return {
      version: 1,
      spaces,
      clients: [...bySpace].flatMap(([spaceId, clients]) => [...clients.values()].map((client) => ({ spaceId, client }))),
      idempotency: [...records.values()],
    };
  };

  const state: SandboxState = {
    spaces: () => spaces,
    space: (id) => spaces.find((s) => s.id === id),
    clients: (spaceId) =>
      spaceId === undefined ? [...bySpace.values()].flatMap((m) => [...m.values()]) : [...(bySpace.get(spaceId)?.values() ?? [])],
    client: (spaceId, id) => bySpace.get(spaceId)?.get(id),
    put(spaceId, client) {
      bySpace.get(spaceId)?.set(client.id, client);
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
