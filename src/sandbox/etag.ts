import { createHash } from 'node:crypto';

/**
 * The ETag of a client (banqup-api.md §4.2, §4.5): a quoted opaque string built from its id and
 * its version, which every change moves (create, provisioning, each PATCH, someone else's edit).
 * Hashed so that a client cannot read a counter in it and compare tags by order: it may only
 * compare them for equality, as the contract allows.
 */
export function etagOf(clientId: string, version: number): string {
  const digest = createHash('sha256').update(`${clientId}\u0000${version}`).digest('base64url').slice(0, 27);
  return `"${digest}"`;
}
