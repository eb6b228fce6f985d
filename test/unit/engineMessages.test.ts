import { describe, expect, it } from 'vitest';
import { engineMessages } from '../../src/engine/engineMessages.js';
import { messageCodes, renderMessage } from '../../src/messages.js';
import { itRendersEveryMessage } from '../helpers/expectCatalogue.js';

const PARAMS = {
  n: 12, done: 10, left: 2, create: 3, existing: 9, row: 4, field: 'iban', held: 'LU28 0019 4006 4475 0000',
  clientId: '3f0c9a8e-5b7d-4c21-9e6f-0a1b2c3d4e5f', code: 'NOT_FOUND', number: 'B123456', pid: 4242, host: 'pc-compta',
  since: '2026-01-01T10:00:00.000Z', path: '/home/anne/clients.xlsx.journal.ndjson.lock', reason: 'EACCES',
  space: 'Fiduciaire Weis', time: '1 min 05 s', calls: 40, retries: 2, rateLimited: 1, rate: '4.8', seconds: 2,
  active: 5, inactive: 1, missing: 6, rows: '12 rows', parts: '10 provisioned, 2 failed',
  name: 'Boulangerie Schmit S.à r.l.', state: 'inactive', errors: 1, warnings: 3, file: 'clients.xlsx',
  phase: 'Creating clients', detail: '30/100', kind: 'device', size: 300, max: 256,
  url: 'https://app.banqup.example/spaces/3f0c9a8e-5b7d-4c21-9e6f-0a1b2c3d4e5f',
};
const codes = Object.keys(engineMessages);

describe('engineMessages', () => {
  // Paths are long by nature; everything else stays within the hard limit of style.md.
  itRendersEveryMessage(engineMessages, PARAMS, { maxLength: 140, measured: (text) => text.replace(PARAMS.path, 'P') });

  it('is part of the tool-wide catalogue, and takes no key of another catalogue', () => {
    const all = messageCodes();
    for (const code of codes) expect(all).toContain(code);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['run.interrupted', 'Interrupted before the end: run the same command again to resume (nothing is created twice).'],
    ['run.done', 'Done: all 12 clients are in Banqup and activated.'],
  ])('%s says exactly what the brief asks', (code, expected) => {
    expect(renderMessage(code, PARAMS, 'en')).toBe(expected);
  });
});
