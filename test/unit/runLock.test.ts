import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireRunLock } from '../../src/engine/runLock.js';
import { UsageError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'banqup-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const journal = () => join(dir, `j${++n}.journal.ndjson`);
const NOW = Date.parse('2026-01-01T12:00:00Z');

describe('acquireRunLock', () => {
  it('creates the lock with pid, host and start time, and removes it on release', () => {
    const j = journal();
    const lock = acquireRunLock(j, { pid: 111, host: 'h', now: () => NOW });
    expect(JSON.parse(readFileSync(`${j}.lock`, 'utf8'))).toMatchObject({ pid: 111, host: 'h', startedAt: '2026-01-01T12:00:00.000Z' });
    lock.release();
    expect(existsSync(`${j}.lock`)).toBe(false);
  });

  it('refuses a second run while the first lives (exit 2, lock.held)', () => {
    const j = journal();
    const first = acquireRunLock(j, { pid: 111, host: 'h', now: () => NOW, isAlive: () => true });
    let error: unknown;
    try {
      acquireRunLock(j, { pid: 222, host: 'h', now: () => NOW + 1000, isAlive: () => true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ code: 'lock.held', exitCode: 2, params: { pid: 111, host: 'h' } });
    first.release();
  });

  it.each([
    ['its process is gone (ESRCH)', { pid: 222, host: 'h', now: () => NOW + 1000, isAlive: () => false }],
    ['it is older than the bound, even from another host', { pid: 222, host: 'other', now: () => NOW + 25 * 3600_000, isAlive: () => true }],
  ])('takes over a lock when %s', (_name, opts) => {
    const j = journal();
    acquireRunLock(j, { pid: 111, host: 'h', now: () => NOW }); // never released: a kill -9
    const second = acquireRunLock(j, opts);
    expect(second.tookOver).toMatchObject({ pid: 111 });
    expect(JSON.parse(readFileSync(`${j}.lock`, 'utf8'))).toMatchObject({ pid: 222 });
    second.release();
  });

  it('does not judge a live process on another host by its pid', () => {
    const j = journal();
    acquireRunLock(j, { pid: 111, host: 'elsewhere', now: () => NOW });
    expect(() => acquireRunLock(j, { pid: 222, host: 'h', now: () => NOW + 1000, isAlive: () => false })).toThrow(UsageError);
  });

  it('takes over an unreadable lock only once it is old enough to not be half-written', () => {
    const j = journal();
    writeFileSync(`${j}.lock`, '');
    expect(() => acquireRunLock(j, { pid: 222, host: 'h' })).toThrow(expect.objectContaining({ code: 'lock.held_unknown' }));
    const later = acquireRunLock(j, { pid: 222, host: 'h', now: () => Date.now() + 60_000 });
    expect(later.tookOver).toBe('unreadable');
    later.release();
  });

  it('release leaves a lock that another run took over', () => {
    const j = journal();
    const mine = acquireRunLock(j, { pid: 111, host: 'h', now: () => NOW });
    writeFileSync(`${j}.lock`, JSON.stringify({ pid: 333, host: 'h', startedAt: new Date(NOW).toISOString(), token: 'other' }));
    mine.release();
    expect(existsSync(`${j}.lock`)).toBe(true);
  });
});
