import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/domain/types.js';
import { renderLinksBlock } from '../../src/report/linksBlock.js';
import { rendererFor } from '../../src/messages.js';
import { draft } from '../helpers/clientDraft.js';
import { checkedRow } from '../helpers/rows.js';

const linked = (row: number, files: boolean, legalName = `Client ${row}`): Row =>
  checkedRow({
    row,
    status: 'provisioned',
    client: draft({ legalName }),
    links: { banqup: `https://app.banqup.example/spaces/bs-${row}`, banqupFiles: files ? `https://files.banqup.example/spaces/bs-${row}/documents` : null },
    issues: [],
    changes: [],
  });
const plain = checkedRow({ row: 99, status: 'failed', client: draft(), issues: [], changes: [] });

describe('the links under the table', () => {
  it('lists each row with links: row, name, both links, in the run language', () => {
    expect(renderLinksBlock([linked(2, true), plain, linked(3, false)], rendererFor('en'))).toBe(
      [
        '',
        'Links in Banqup (2 clients):',
        '  Row 2: Client 2',
        '    Banqup: https://app.banqup.example/spaces/bs-2',
        '    Banqup Files: https://files.banqup.example/spaces/bs-2/documents',
        '  Row 3: Client 3',
        '    Banqup: https://app.banqup.example/spaces/bs-3',
        '    Banqup Files: none (document sharing is off)',
        '',
      ].join('\n'),
    );
    const fr = renderLinksBlock([linked(2, true)], rendererFor('fr'));
    expect(fr).toContain('Liens dans Banqup (1 client) :');
    expect(fr).toContain('  Ligne 2 : Client 2');
  });

  it('says nothing when no row has links', () => {
    expect(renderLinksBlock([plain], rendererFor('en'))).toBe('');
  });

  it('prints 20 rows of links, but only one line pointing to --results and --json for 21', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => linked(i + 2, true));
    expect(renderLinksBlock(twenty, rendererFor('en')).match(/ {2}Row /g)).toHaveLength(20);
    const more = renderLinksBlock([...twenty, linked(22, true)], rendererFor('en'));
    expect(more).toBe('\nThe Banqup links of 21 clients are in --results (.xlsx, .csv) and --json.\n');
  });

  it('cleans the name and the links of terminal controls', () => {
    const text = renderLinksBlock([linked(2, true, 'Evil\u001b[2J\u202eCorp')], rendererFor('en'));
    expect(text).toContain('Row 2: EvilCorp');
    expect(text).not.toMatch(/[\u001b\u202e]/);
  });
});
