import { describe, expect, it } from 'vitest';
import { asClient, asProvisionResults } from '../../src/api/responseShapes.js';
import { clientOf, draft } from '../helpers/clientDraft.js';

// Contract version 2 (banqup-api.md §4, §4.3): documentSharing and links are read when the server
// sends them, read as null when it leaves them out (version 1), and refused when they are wrong.
const SHARING = { enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fiduciaire.lu' };
const LINKS = { banqup: 'https://app.banqup.example/spaces/bq-1', banqupFiles: 'https://files.banqup.example/spaces/bq-1/documents' };
const active = { ...clientOf(draft(), 'c1', 'ACTIVE'), documentSharing: SHARING, links: LINKS };

/** The client as a version 1 server sends it: neither key at all. */
function version1(): Record<string, unknown> {
  const rest: Record<string, unknown> = structuredClone(active);
  delete rest.documentSharing;
  delete rest.links;
  return rest;
}

const provisioned = (links: unknown, withKey = true) => ({
  results: [{ clientId: 'c1', status: 'PROVISIONED', banqupSpaceId: 'bq-1', ...(withKey && { links }) }],
});

describe('client: documentSharing and links', () => {
  it('are read as the server gives them', () => {
    const client = asClient(structuredClone(active));
    expect(client?.documentSharing).toEqual(SHARING);
    expect(client?.links).toEqual(LINKS);
    expect(asClient({ ...active, links: { ...LINKS, banqupFiles: null } })?.links).toEqual({ banqup: LINKS.banqup, banqupFiles: null });
  });

  it('are null when a version 1 server leaves them out, and when they are null', () => {
    const client = asClient(version1());
    expect(client).toBeDefined();
    expect(client?.documentSharing).toBeNull();
    expect(client?.links).toBeNull();
    expect(asClient({ ...active, documentSharing: null, links: null })).toMatchObject({ documentSharing: null, links: null });
  });

  it.each([
    ['plain text', 'Banqup'],
    ['a path', '/spaces/bq-1'],
    ['http', 'http://app.banqup.example/spaces/bq-1'],
    ['javascript:', 'javascript:alert(1)'],
    ['a user name in it', 'https://user:pw@app.banqup.example/'],
    ['a space in it', 'https://app.banqup.example/a b'],
    ['a control character', 'https://app.banqup.example/\u001b[2J'],
    ['empty', ''],
    ['too long', `https://app.banqup.example/${'a'.repeat(2000)}`],
  ])('a link that is not an https URL (%s) makes the answer unreadable', (_name, url) => {
    expect(asClient({ ...active, links: { ...LINKS, banqup: url } })).toBeUndefined();
    expect(asClient({ ...active, links: { ...LINKS, banqupFiles: url } })).toBeUndefined();
    expect(asProvisionResults(provisioned({ banqup: url, banqupFiles: null }), ['c1'])).toBeUndefined();
  });

  it.each([
    ['links without banqup', { links: { banqupFiles: null } }],
    ['links without banqupFiles', { links: { banqup: LINKS.banqup } }],
    ['links as a string', { links: LINKS.banqup }],
    ['banqup null', { links: { banqup: null, banqupFiles: null } }],
    ['documentSharing without enabled', { documentSharing: { deliveryChannel: 'EMAIL', email: 'a@b.lu' } }],
    ['documentSharing as true', { documentSharing: true }],
  ])('%s makes the answer unreadable', (_name, over) => {
    expect(asClient({ ...active, ...over })).toBeUndefined();
  });
});

describe('provisioning: links of each activated client', () => {
  it('are passed on, and null when the item has none or says null', () => {
    expect(asProvisionResults(provisioned(LINKS), ['c1'])).toEqual([{ clientId: 'c1', status: 'PROVISIONED', banqupSpaceId: 'bq-1', links: LINKS }]);
    expect(asProvisionResults(provisioned(null), ['c1'])?.[0]).toMatchObject({ links: null });
    expect(asProvisionResults(provisioned(undefined, false), ['c1'])?.[0]).toMatchObject({ links: null });
  });
});
