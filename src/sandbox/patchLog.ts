/** One PATCH the sandbox applied (answered 200, or applied and then dropped by a fault). */
export interface AppliedPatch {
  /** 1-based, in the order applied. */
  readonly n: number;
  readonly spaceId: string;
  readonly clientId: string;
  /** The fields the patch named, dotted inside address, contact and documentSharing (`contact.name`). */
  readonly fields: readonly string[];
  /** The sandbox clock's time, as the client's new updatedAt. */
  readonly at: string;
}

/** What the PATCH counters add to SandboxStats. */
export interface PatchCounts {
  readonly patchesApplied: number;
  /** 412 PRECONDITION_FAILED answers. */
  readonly preconditionFailed: number;
  /** Edits made by "someone else" (the concurrentEdits knob and the concurrentEdit fault). */
  readonly concurrentEdits: number;
}

/**
 * The PATCHes applied, per client, and the 412s answered: what a test needs to prove that each
 * change reached Banqup once, neither lost nor applied twice, whatever the faults. In memory only,
 * like the other counters (not in the state file).
 */
export interface PatchLog {
  applied(spaceId: string, clientId: string, patch: Readonly<Record<string, unknown>>, at: string): void;
  preconditionFailed(): void;
  editedElsewhere(): void;
  entries(): AppliedPatch[];
  /** Applied PATCHes per client id (clients never patched are absent). */
  byClient(): Record<string, number>;
  counts(): PatchCounts;
}

export function createPatchLog(): PatchLog {
  const entries: AppliedPatch[] = [];
  let preconditionFailed = 0;
  let concurrentEdits = 0;
  return {
    applied(spaceId, clientId, patch, at) {
      entries.push({ n: entries.length + 1, spaceId, clientId, fields: patchedFields(patch), at });
    },
    preconditionFailed: () => void preconditionFailed++,
    editedElsewhere: () => void concurrentEdits++,
    entries: () => entries.map((e) => ({ ...e, fields: [...e.fields] })),
    byClient() {
      const counts: Record<string, number> = {};
      for (const { clientId } of entries) counts[clientId] = (counts[clientId] ?? 0) + 1;
      return counts;
    },
    counts: () => ({ patchesApplied: entries.length, preconditionFailed, concurrentEdits }),
  };
}

/** The objects a merge patch merges field by field (banqup-api.md §4.5). */
const MERGED = new Set(['address', 'contact', 'documentSharing']);

/** The dotted names of what a patch sets or clears, in its order. */
export function patchedFields(patch: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(patch).flatMap(([key, value]) =>
    MERGED.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value).map((sub) => `${key}.${sub}`) : [key],
  );
}
