/**
 * RFC 7396 JSON Merge Patch, as written in its section 2: an object patch merges key by key into
 * the target (a member set to null removes it; a nested object merges the same way; any other
 * value, arrays included, replaces); a patch that is not an object replaces the target whole.
 * Pure: neither argument is changed. The result is built on a null-prototype object and then
 * spread, so a `__proto__` key sent in a patch stays a plain (refusable) field, never a prototype.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (isRecord(target)) for (const [key, value] of Object.entries(target)) result[key] = value;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return { ...result };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
