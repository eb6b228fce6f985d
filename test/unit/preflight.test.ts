import { describe, expect, it } from 'vitest';
import type { BanqupApi, Client, RegistryAnswer, Space } from '../../src/api/types.js';
import type { JournalEntry } from '../../src/engine/journal.js';
import { preflight } from '../../src/engine/preflight.js';
import { clientOf, draft } from '../helpers/clientDraft.js';

const SPACE: Space = { id: 'S', name: 'Fiduciaire', type: 'PARTNER' };

/** Three LU rows: B1 unknown to the register, B2 known, B3 already in Banqup (and unknown to the register too). */
const ROWS = [
  { row: 2, draft: draft({ externalReference: 'R1', vatNumber: null, companyNumber: 'B1' }) },
  { row: 3, draft: draft({ externalReference: 'R2', vatNumber: null, companyNumber: 'B2' }) },
  { row: 4, draft: draft({ externalReference: 'R3', vatNumber: null, companyNumber: 'B3' }) },
];
const IN_BANQUP: Client[] = [clientOf(ROWS[2]!.draft, 'c-3')];
const REGISTER: Record<string, RegistryAnswer> = { B1: 'not-found', B2: 'exists', B3: 'not-found' };

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An adapter whose space listing answers a few event-loop turns late; it records when each look-up was asked. */
function fakeApi(listSpaces: () => Promise<Space[]> = () => Promise.resolve([SPACE]), lookUpTicks = 1) {
  const log: string[] = [];
  let inFlight = 0;
  const api: Pick<BanqupApi, 'listSpaces' | 'findClients' | 'registryLookup'> = {
    async listSpaces() {
      log.push('spaces asked');
      for (let i = 0; i < 3; i++) await tick();
      return listSpaces();
    },
    async findClients() {
      for (let i = 0; i < 3; i++) await tick();
      log.push('clients listed');
      return IN_BANQUP;
    },
    async registryLookup({ companyNumber }) {
      log.push(`look-up ${companyNumber}`);
      inFlight++;
      for (let i = 0; i < lookUpTicks; i++) await tick();
      inFlight--;
      return (companyNumber === undefined ? undefined : REGISTER[companyNumber]) ?? 'unknown';
    },
  };
  return { api, log, inFlight: () => inFlight };
}

const journalLine = (): JournalEntry => ({ v: 1, at: '2026-12-01T10:00:00.000Z', space: 'S', id: 'other', row: 9, hash: 'h', step: 'created', clientId: 'c-9' });

describe('preflight: the register look-ups', () => {
  it('on a first run, are sent while the space is still being read, and only the rows to create are judged by them', async () => {
    const { api, log } = fakeApi();
    const result = await preflight({ api, rows: ROWS, journal: [], concurrency: 4 });
    expect(log.indexOf('look-up B1')).toBeLessThan(log.indexOf('clients listed'));
    expect(log.filter((l) => l.startsWith('look-up')).sort()).toEqual(['look-up B1', 'look-up B2', 'look-up B3']);
    // B3 is in Banqup already: its register answer does not matter.
    expect([...result.problems.keys()]).toEqual([2]);
    expect(result.problems.get(2)?.[0]?.messageCode).toBe('registry.not_found');
  });

  it('on a resumed run (a journal), wait for the plan and look up only the rows to create', async () => {
    const { api, log } = fakeApi();
    const result = await preflight({ api, rows: ROWS, journal: [journalLine()], concurrency: 4 });
    expect(log.indexOf('look-up B1')).toBeGreaterThan(log.indexOf('clients listed'));
    expect(log.filter((l) => l.startsWith('look-up')).sort()).toEqual(['look-up B1', 'look-up B2']);
    expect([...result.problems.keys()]).toEqual([2]);
  });

  it('with --update (rows mostly in Banqup already), wait for the plan and look up only the rows to create', async () => {
    const { api, log } = fakeApi();
    await preflight({ api, rows: ROWS, journal: [], concurrency: 4, update: true });
    expect(log.indexOf('look-up B1')).toBeGreaterThan(log.indexOf('clients listed'));
    expect(log).not.toContain('look-up B3');
  });

  it('report their progress in the register phase, after the space is read, as before', async () => {
    const { api } = fakeApi();
    const phases: string[] = [];
    await preflight({ api, rows: ROWS, journal: [], concurrency: 4, onEvent: (e) => (e.type === 'phase-started' || e.type === 'phase-finished' ? phases.push(`${e.type} ${e.phase}`) : undefined) });
    expect(phases).toEqual([
      'phase-started connect',
      'phase-finished connect',
      'phase-started existing',
      'phase-finished existing',
      'phase-started registry',
      'phase-finished registry',
    ]);
  });

  it('leave none in flight when reading the space fails', async () => {
    // The look-ups take longer than the failing listing: they are still out when it fails.
    const { api, inFlight } = fakeApi(() => Promise.reject(new Error('the listing broke')), 20);
    await expect(preflight({ api, rows: ROWS, journal: [], concurrency: 4 })).rejects.toThrow('the listing broke');
    expect(inFlight()).toBe(0);
  });
});
