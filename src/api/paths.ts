/**
 * Every path of the API contract (banqup-api.md). §4 and §4.4 are ASSUMED: when Banqup confirms
 * the real ones, this is the file to change.
 */

/** PUBLIC (banqup-api.md §2): the OAuth client-credentials endpoint. */
export const TOKEN_PATH = '/oauth2/client_credential/gettoken';

/** PUBLIC (banqup-api.md §3). */
export const SPACES_PATH = '/entitystore/v1/spaces';

/** ASSUMED (banqup-api.md §4.1, §4.2). */
export function clientsPath(spaceId: string): string {
  return `/partner/v1/spaces/${encodeURIComponent(spaceId)}/clients`;
}

/** ASSUMED (banqup-api.md §4.2). */
export function clientPath(spaceId: string, clientId: string): string {
  return `${clientsPath(spaceId)}/${encodeURIComponent(clientId)}`;
}

/** ASSUMED (banqup-api.md §4.3). */
export function provisioningPath(spaceId: string): string {
  return `${clientsPath(spaceId)}/provisioning`;
}

/** ASSUMED (banqup-api.md §4.4). */
export const REGISTRY_PATH = '/registry/v1/companies';
