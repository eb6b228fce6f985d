import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { journalLocation, stateHome, type JournalPlace } from '../../src/config/journalLocation.js';
import { foldJournal, openJournal, parseJournal, pruneJournals, type JournalEntry } from '../../src/engine/journal.js';

const dir = mkdtempSync(join(tmpdir(), 'banqup-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
  v: 1,
  at: '2026-01-01T10:00:00.000Z',
  space: 'S',
  id: 'ref:CLI-1',
  row: 2,
  hash: 'h1',
  step: 'create-started',
  ...over,
});

describe('parseJournal', () => {
  it('reads every complete line and ignores a torn last line (kill -9 while writing)', () => {
    const text = `${JSON.stringify(entry())}\n${JSON.stringify(entry({ step: 'created', clientId: 'c1' }))}\n{"v":1,"at":"2026`;
    const parsed = parseJournal(text);
    expect(parsed.entries.map((e) => e.step)).toEqual(['create-started', 'created']);
    expect(parsed.ignoredLines).toBe(1);
  });

  it.each([
    ['not JSON', 'garbage'],
    ['an unknown step', JSON.stringify({ ...entry(), step: 'deleted' })],
    ['another version', JSON.stringify({ ...entry(), v: 2 })],
    ['a missing identity', JSON.stringify({ ...entry(), id: '' })],
  ])('skips a line that is %s', (_name, line) => {
    expect(parseJournal(`${line}\n${JSON.stringify(entry())}\n`)).toEqual({ entries: [entry()], ignoredLines: 1 });
  });

  it('reads an empty file as an empty journal', () => {
    expect(parseJournal('')).toEqual({ entries: [], ignoredLines: 0 });
  });
});

describe('foldJournal', () => {
  it('keeps the last step per identity and space, carrying the client id forward', () => {
    const state = foldJournal(
      [
        entry(),
        entry({ step: 'created', clientId: 'c1' }),
        entry({ step: 'provision-started', clientId: 'c1' }),
        entry({ step: 'provisioned', clientId: 'c1', banqupSpaceId: 'bs1' }),
        entry({ space: 'OTHER', step: 'create-failed', error: 'server' }),
      ],
      'S',
    );
    expect(state.get('ref:CLI-1')).toMatchObject({ step: 'provisioned', clientId: 'c1', banqupSpaceId: 'bs1', hash: 'h1' });
    expect(state.size).toBe(1);
  });

  it('forgets what was done for older content once the row changed', () => {
    const state = foldJournal([entry({ step: 'created', clientId: 'c1' }), entry({ hash: 'h2' })], 'S');
    expect(state.get('ref:CLI-1')).toEqual({ id: 'ref:CLI-1', hash: 'h2', row: 2, step: 'create-started', at: entry().at });
  });
});

describe('journalLocation', () => {
  const place = (over: Partial<JournalPlace> = {}): JournalPlace => ({ cwd: '/home/u', env: {}, platform: 'linux', home: '/home/u', exists: () => false, ...over });
  const hashed = /^\/home\/u\/\.local\/state\/banqup-import\/journals\/clients\.xlsx-[0-9a-f]{12}\.journal\.ndjson$/;

  it.each([
    ['in --state-dir', 'data/clients.xlsx', { stateDir: 'state' }, '/home/u/state/clients.xlsx.journal.ndjson'],
    ['stdin in --state-dir', '-', { stateDir: '/tmp/s' }, '/tmp/s/stdin.journal.ndjson'],
    ['beside the sheet, left there by an earlier version', 'data/clients.xlsx', { exists: (p: string) => p === '/home/u/data/clients.xlsx.journal.ndjson' }, '/home/u/data/clients.xlsx.journal.ndjson'],
    ['stdin\'s, left in the folder by an earlier version', '-', { exists: (p: string) => p === '/home/u/stdin.journal.ndjson' }, '/home/u/stdin.journal.ndjson'],
  ])('%s', (_name, file, over, expected) => {
    expect(journalLocation(file, place(over)).path).toBe(expected);
  });

  it('otherwise in the platform\'s state folder, never beside the sheet, one per sheet path', () => {
    const a = journalLocation('data/clients.xlsx', place());
    const b = journalLocation('other/clients.xlsx', place());
    expect(a.path).toMatch(hashed);
    expect(a.managed).toBe(true);
    expect(b.path).not.toBe(a.path);
    expect(journalLocation('/home/u/data/clients.xlsx', place({ cwd: '/' })).path).toBe(a.path);
  });

  it.each([
    ['XDG_STATE_HOME', place({ env: { XDG_STATE_HOME: '/var/state' } }), '/var/state/banqup-import'],
    ['a relative XDG_STATE_HOME is ignored (the spec says so)', place({ env: { XDG_STATE_HOME: 'rel' } }), '/home/u/.local/state/banqup-import'],
    ['Windows', place({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' } }), 'banqup-import'],
    ['macOS', place({ platform: 'darwin' }), '/home/u/Library/Application Support/banqup-import'],
  ])('state folder: %s', (_name, p, expected) => {
    expect(stateHome(p).endsWith(expected)).toBe(true);
  });
});

describe('pruneJournals', () => {
  it('deletes journals untouched for 90 days, keeps recent ones and those a run holds', () => {
    const folder = mkdtempSync(join(tmpdir(), 'banqup-prune-'));
    const old = Date.now() / 1000 - 91 * 24 * 3600;
    for (const name of ['old.journal.ndjson', 'locked.journal.ndjson', 'new.journal.ndjson', 'old.2026-01-01.ndjson', 'notes.txt']) writeFileSync(join(folder, name), '');
    for (const name of ['old.journal.ndjson', 'locked.journal.ndjson', 'old.2026-01-01.ndjson', 'notes.txt']) utimesSync(join(folder, name), old, old);
    writeFileSync(join(folder, 'locked.journal.ndjson.lock'), '');
    const removed = pruneJournals(folder, Date.now());
    expect(removed.map((p) => p.slice(folder.length + 1)).sort()).toEqual(['old.2026-01-01.ndjson', 'old.journal.ndjson']);
    expect(readdirSync(folder).sort()).toEqual(['locked.journal.ndjson', 'locked.journal.ndjson.lock', 'new.journal.ndjson', 'notes.txt']);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('openJournal', () => {
  it('writes deferred outcomes with the next append (one write, one sync), or at close, in order', () => {
    const path = join(dir, 'deferred.journal.ndjson');
    const journal = openJournal(path);
    const steps = (): string[] => parseJournal(readFileSync(path, 'utf8')).entries.map((e) => `${e.id} ${e.step}`);
    journal.append(entry({ id: 'ref:A' }));
    journal.defer(entry({ id: 'ref:A', step: 'created', clientId: 'c1' }));
    expect(steps()).toEqual(['ref:A create-started']); // an outcome may wait…
    journal.append(entry({ id: 'ref:B' }));
    expect(steps()).toEqual(['ref:A create-started', 'ref:A created', 'ref:B create-started']); // …for the next "started"
    journal.defer(entry({ id: 'ref:B', step: 'created', clientId: 'c2' }));
    journal.close();
    expect(steps()).toEqual(['ref:A create-started', 'ref:A created', 'ref:B create-started', 'ref:B created']);
  });

  it('commit: entries committed together are on disk when each commit resolves, after the outcomes deferred before them', async () => {
    const path = join(dir, 'commit.journal.ndjson');
    const journal = openJournal(path);
    const steps = (): string[] => parseJournal(readFileSync(path, 'utf8')).entries.map((e) => `${e.id} ${e.step}`);
    journal.defer(entry({ id: 'ref:0', step: 'created', clientId: 'c0' }));
    const seen: string[][] = [];
    await Promise.all(['ref:A', 'ref:B', 'ref:C'].map(async (id) => {
      await journal.commit(entry({ id }));
      seen.push(steps());
    }));
    journal.close();
    expect(seen).toEqual(Array(3).fill(['ref:0 created', 'ref:A create-started', 'ref:B create-started', 'ref:C create-started']));
    expect(() => journal.commit(entry())).toThrow('journal is closed');
  });

  it('appends one line per entry, readable back, with nothing but the allowed fields', () => {
    const path = join(dir, 'a.journal.ndjson');
    const journal = openJournal(path);
    journal.append(entry());
    journal.append([entry({ step: 'created', clientId: 'c1', requestId: 'r-1' }), entry({ id: 'ref:CLI-2', row: 3 })]);
    journal.close();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(Object.keys(JSON.parse(lines[1] ?? '{}') as object).sort()).toEqual(['at', 'clientId', 'hash', 'id', 'requestId', 'row', 'space', 'step', 'v']);
    expect(openJournal(path).loaded.entries).toHaveLength(3);
  });

  it('seals off a torn last line so that the next entry starts on its own line', () => {
    const path = join(dir, 'torn.journal.ndjson');
    writeFileSync(path, `${JSON.stringify(entry())}\n{"v":1,"at":"20`);
    const journal = openJournal(path);
    expect(journal.loaded).toMatchObject({ ignoredLines: 1 });
    journal.append(entry({ step: 'created', clientId: 'c1' }));
    journal.close();
    const parsed = parseJournal(readFileSync(path, 'utf8'));
    expect(parsed.entries.map((e) => e.step)).toEqual(['create-started', 'created']);
    expect(parsed.ignoredLines).toBe(1);
  });

  it('--restart keeps the old journal under a dated name and starts empty', () => {
    const sub = mkdtempSync(join(dir, 'restart-'));
    const path = join(sub, 'c.xlsx.journal.ndjson');
    appendFileSync(path, `${JSON.stringify(entry())}\n`);
    const journal = openJournal(path, { restart: true, now: () => new Date('2026-03-04T05:06:07.089Z') });
    expect(journal.loaded.entries).toEqual([]);
    expect(journal.previousPath).toBe(join(sub, 'c.xlsx.journal.2026-03-04T05-06-07-089Z.ndjson'));
    journal.close();
    expect(readdirSync(sub).sort()).toEqual(['c.xlsx.journal.2026-03-04T05-06-07-089Z.ndjson', 'c.xlsx.journal.ndjson']);
  });

  it('creates a missing --state-dir', () => {
    const path = join(dir, 'new', 'deeper', 'x.journal.ndjson');
    openJournal(path).close();
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});
