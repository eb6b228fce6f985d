import { describe, expect, it } from 'vitest';
import { normaliseDeliveryChannel, normaliseYesNo, resolveSharing, sharingKey, type SharingCells } from '../../src/domain/documentSharing.js';
import { normaliseRow } from '../../src/domain/normaliseRow.js';
import type { ColumnKey, RawRow } from '../../src/domain/types.js';
import type { RunConfig } from '../../src/config/config.js';
import { resolveConfig, type Terminal } from '../../src/config/resolveConfig.js';
import { checkSheet, COLUMN_INFO } from '../../src/engine/checkSheet.js';
import { differingFields } from '../../src/engine/differingFields.js';
import { draft } from '../helpers/clientDraft.js';

const TERMINAL: Terminal = { stdoutIsTTY: false, stdoutColumns: 0, stderrIsTTY: false, stderrColumns: 0, supportedColorLevel: 0 };

describe('Share documents (column P)', () => {
  it.each([
    ['yes', true], ['Oui', true], ['JA', true], ['j', true], ['1', true], ['true', true], ['Vrai', true], ['x', true],
    ['no', false], ['NON', false], ['nee', false], ['Nein', false], ['0', false], ['false', false], ['faux', false],
    ['', null],
  ])('%j → %j', (typed, value) => {
    expect(normaliseYesNo(typed)).toEqual({ value, findings: [] });
  });

  it.each(['maybe', 'oui!', '2', 'si'])('%j is an error', (typed) => {
    expect(normaliseYesNo(typed)).toEqual({ value: null, findings: [{ code: 'sharing.yes_no', severity: 'error' }] });
  });
});

describe('Delivery channel (column Q, --delivery-channel)', () => {
  it.each([
    ['banqup-files', 'BANQUP_FILES'], ['Banqup Files', 'BANQUP_FILES'], ['Billtobox Files', 'BANQUP_FILES'], ['BANQUP_FILES', 'BANQUP_FILES'],
    ['email', 'EMAIL'], ['e-mail', 'EMAIL'], ['E-Mail', 'EMAIL'], ['courriel', 'EMAIL'],
  ])('%j → %s', (typed, channel) => {
    expect(normaliseDeliveryChannel(typed)).toEqual({ value: channel, findings: [] });
  });

  it.each(['fax', 'Banqup', 'post'])('%j is an error', (typed) => {
    expect(normaliseDeliveryChannel(typed).findings).toEqual([{ code: 'sharing.channel', severity: 'error' }]);
  });
});

const cells = (over: Partial<SharingCells> = {}): SharingCells => ({
  share: null, channel: null, email: null, shareTyped: false, channelTyped: false, emailTyped: false, ...over,
});
const ON = (email: string, deliveryChannel = 'BANQUP_FILES') => ({ enabled: true, deliveryChannel, email });

describe('resolveSharing: the row wins over the run', () => {
  it.each([
    ['nothing anywhere: no sharing', cells(), {}, null, []],
    ['the run shares with its e-mail', cells(), { email: 'docs@f.lu' }, ON('docs@f.lu'), []],
    ['the run\'s channel', cells(), { email: 'docs@f.lu', channel: 'EMAIL' as const }, ON('docs@f.lu', 'EMAIL'), []],
    ['the row says no, whatever the run says', cells({ share: false, shareTyped: true }), { email: 'docs@f.lu' }, null, []],
    ['the row says yes with its own e-mail', cells({ share: true, shareTyped: true, email: 'row@f.lu', emailTyped: true }), {}, ON('row@f.lu'), []],
    ['the row\'s e-mail and channel win over the run\'s', cells({ share: true, shareTyped: true, email: 'row@f.lu', emailTyped: true, channel: 'EMAIL', channelTyped: true }), { email: 'docs@f.lu' }, ON('row@f.lu', 'EMAIL'), []],
    ['yes without any e-mail: an error on the e-mail cell', cells({ share: true, shareTyped: true }), {}, null, [{ column: 'sharingEmail', code: 'sharing.email_required', severity: 'error' }]],
    ['an e-mail without "Share documents": on, with a warning', cells({ email: 'row@f.lu', emailTyped: true }), {}, ON('row@f.lu'), [{ column: 'shareDocuments', code: 'sharing.implied', severity: 'warning' }]],
    ['a "Share documents" in error: nothing more to say', cells({ shareTyped: true }), { email: 'docs@f.lu' }, null, []],
    ['an e-mail in error: its own message only', cells({ share: true, shareTyped: true, emailTyped: true }), {}, null, []],
  ])('%s', (_what, c, defaults, value, findings) => {
    expect(resolveSharing(c, defaults)).toEqual({ value, findings });
  });
});

describe('sharing in a row and in the comparison with Banqup', () => {
  const row = (over: Partial<Record<ColumnKey, string>>): RawRow => {
    const base: Partial<Record<ColumnKey, string>> = {
      legalName: 'ACME SARL', street: '1 rue X', postalCode: '1234', city: 'Luxembourg', country: 'LU', companyNumber: 'B123456',
      iban: 'LU28 0019 4006 4475 0000', language: 'fr', contactName: 'Jean', contactLanguage: 'fr', contactEmail: 'jean@acme.lu', ...over,
    };
    return { row: 2, cells: Object.fromEntries(Object.entries(base).map(([k, v]) => [k, { typed: v, text: v, findings: [] }])) };
  };

  it('puts the sharing on the client, and the missing e-mail on column R', () => {
    const on = normaliseRow(row({ shareDocuments: 'oui', deliveryChannel: 'e-mail', sharingEmail: 'Docs@Fidu.lu' }), {}, COLUMN_INFO);
    expect(on.status).toBe('valid');
    expect(on.client?.documentSharing).toEqual({ enabled: true, deliveryChannel: 'EMAIL', email: 'Docs@fidu.lu' });
    expect(on.changes.map((c) => c.key)).not.toContain('shareDocuments');
    const missing = normaliseRow(row({ shareDocuments: 'ja' }), {}, COLUMN_INFO);
    expect(missing.status).toBe('invalid');
    expect(missing.issues).toMatchObject([{ column: 'R', key: 'sharingEmail', field: 'documentSharing.email', code: 'sharing.email_required' }]);
    expect(normaliseRow(row({ shareDocuments: 'ja' }), {}, COLUMN_INFO, { email: 'docs@fidu.lu' }).client?.documentSharing?.email).toBe('docs@fidu.lu');
  });

  it.each([
    ['off and absent are the same', null, undefined, []],
    ['off and enabled false are the same', null, { enabled: false, deliveryChannel: 'BANQUP_FILES' as const, email: 'x@y.lu' }, []],
    ['e-mail case does not matter', ON('Docs@f.lu'), ON('docs@f.lu'), []],
    ['another e-mail is a difference', ON('a@f.lu'), ON('b@f.lu'), ['documentSharing']],
    ['on against off is a difference', ON('a@f.lu'), null, ['documentSharing']],
  ] as const)('%s', (_what, mine, held, differs) => {
    expect(differingFields(draft({ documentSharing: mine as never }), draft({ documentSharing: held as never }))).toEqual(differs);
    expect(sharingKey(mine as never) === sharingKey(held as never)).toBe(differs.length === 0);
  });
});

describe('--share-documents and --delivery-channel', () => {
  it('an e-mail that is no address stops the run before the sheet is read (exit 2)', async () => {
    const readInput = (): Promise<Uint8Array> => Promise.reject(new Error('the sheet must not be read'));
    await expect(checkSheet({ file: 'x.xlsx', maxRows: 10, sharing: { email: 'docs at fidu' } }, { readInput })).rejects.toMatchObject({
      code: 'usage.share_email',
      exitCode: 2,
      params: { value: 'docs at fidu' },
    });
  });

  it.each([
    ['banqup files', { channel: 'BANQUP_FILES' }],
    ['E-mail', { channel: 'EMAIL' }],
  ])('--delivery-channel %j is read like column Q', (typed, sharing) => {
    const config = resolveConfig({ command: 'import', file: 'x.xlsx', flags: { deliveryChannel: typed } }, {}, TERMINAL, '/w') as RunConfig;
    expect(config.sharing).toEqual(sharing);
  });

  it('--delivery-channel fax is exit 2, naming the choices', () => {
    expect(() => resolveConfig({ command: 'import', file: 'x.xlsx', flags: { deliveryChannel: 'fax' } }, {}, TERMINAL, '/w')).toThrow(
      expect.objectContaining({ code: 'usage.delivery_channel', exitCode: 2 }) as Error,
    );
  });
});
