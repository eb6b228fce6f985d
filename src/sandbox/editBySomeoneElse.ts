import type { SandboxClient } from './sandboxClient.js';

/** What "someone else" adds to the field they edit: visible in a GET, and still a valid client. */
export const EDITED_ELSEWHERE = ' (edited elsewhere)';

/**
 * The client as another user of the space leaves it just before a PATCH arrives: a suffix on the
 * first of contact name, street and legal name that the PATCH does not touch, so that the edit is
 * visible and the PATCH, once read again and sent again, does not undo it; `updatedAt` moves.
 * Should the PATCH touch all three, the other user saved without changing a field: the ETag moves
 * all the same (the caller stores the result, which moves it).
 */
export function editBySomeoneElse(client: SandboxClient, patch: Readonly<Record<string, unknown>>, at: string): SandboxClient {
  const touches = (object: string, key?: string): boolean => {
    if (!Object.hasOwn(patch, object)) return false;
    const value = patch[object];
    return key === undefined || !isRecord(value) || Object.hasOwn(value, key);
  };
  if (!touches('contact', 'name')) return { ...client, contact: { ...client.contact, name: client.contact.name + EDITED_ELSEWHERE }, updatedAt: at };
  if (!touches('address', 'street')) return { ...client, address: { ...client.address, street: client.address.street + EDITED_ELSEWHERE }, updatedAt: at };
  if (!touches('legalName') && client.legalName.length + EDITED_ELSEWHERE.length <= 255) {
    return { ...client, legalName: client.legalName + EDITED_ELSEWHERE, updatedAt: at };
  }
  return { ...client, updatedAt: at };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
