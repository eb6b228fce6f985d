import type { ClientLinks, SandboxClient } from './sandboxClient.js';

/** Hosts that cannot exist (RFC 2606 `.example`): the links look real but lead nowhere. */
const BANQUP_APP = 'https://app.sandbox.banqup.example';
const BANQUP_FILES = 'https://files.sandbox.banqup.example';

/**
 * The links of banqup-api.md §4 for the client as it now is: null while INACTIVE; once ACTIVE,
 * its own Banqup (built from its banqupSpaceId, so each client's differs) and, while document
 * sharing is on (`documentSharing.enabled` true), its documents in Banqup Files. The contract
 * says clients never build these: a client that does would guess another server's URLs.
 */
export function linksOf(client: Pick<SandboxClient, 'status' | 'banqupSpaceId' | 'documentSharing'>): ClientLinks | null {
  if (client.status !== 'ACTIVE' || client.banqupSpaceId === null) return null;
  const space = encodeURIComponent(client.banqupSpaceId);
  const sharing = client.documentSharing?.enabled === true;
  return { banqup: `${BANQUP_APP}/spaces/${space}`, banqupFiles: sharing ? `${BANQUP_FILES}/spaces/${space}/documents` : null };
}
