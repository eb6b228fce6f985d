import { describe, expect, it } from 'vitest';
import { createGroupCommit, type GroupCommitIo } from '../../src/engine/groupCommit.js';

/**
 * A disk whose syncs end when the test says: `log` is what reached it, in order (`write a b`,
 * `sync`, `synced`), `settled` which callers heard back and how.
 */
function fakeDisk(fail: { write?: number; sync?: number } = {}) {
  const log: string[] = [];
  const running: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  let writes = 0;
  let syncs = 0;
  const io: GroupCommitIo = {
    write(text) {
      writes++;
      if (fail.write === writes) throw new Error(`EIO on write ${writes}`);
      log.push(`write ${text.trim().split('\n').join(' ')}`);
    },
    sync() {
      syncs++;
      log.push('sync');
      const n = syncs;
      return new Promise<void>((resolve, reject) => {
        running.push({
          resolve: () => {
            log.push('synced');
            if (fail.sync === n) reject(new Error(`EIO on sync ${n}`));
            else resolve();
          },
          reject,
        });
      });
    },
    syncNow() {
      log.push('sync now');
    },
  };
  /** Ends the oldest running sync and lets every callback it unblocks run. */
  const endSync = async (): Promise<void> => {
    running.shift()?.resolve();
    await settle();
  };
  return { io, log, endSync, syncing: () => running.length };
}

/** Lets every pending callback run: promises, and the group commit's own turns of the event loop. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

const lines = (...names: string[]): string[] => names.map((n) => `${n}\n`);

function track(settled: string[], name: string, promise: Promise<void>): void {
  promise.then(
    () => settled.push(`${name} ok`),
    (error: Error) => settled.push(`${name} ${error.message}`),
  );
}

describe('createGroupCommit', () => {
  it('gives the callers ready in the same turn one write and one sync, and answers them once it ended', async () => {
    const disk = fakeDisk();
    const commit = createGroupCommit(disk.io, 200);
    const settled: string[] = [];
    commit.later(lines('outcome-0'));
    for (const name of ['a', 'b', 'c']) track(settled, name, commit.commit(lines(name)));
    await settle();
    expect(disk.log).toEqual(['write outcome-0 a b c', 'sync']);
    expect(settled).toEqual([]); // nobody sends before the sync ended
    await disk.endSync();
    expect(settled).toEqual(['a ok', 'b ok', 'c ok']);
    expect(disk.syncing()).toBe(0);
  });

  it('puts what is committed while a sync runs into the next write, with the outcomes deferred meanwhile, in call order', async () => {
    const disk = fakeDisk();
    const commit = createGroupCommit(disk.io, 200);
    const settled: string[] = [];
    track(settled, 'a', commit.commit(lines('a')));
    await settle();
    commit.later(lines('a-done'));
    track(settled, 'b', commit.commit(lines('b')));
    track(settled, 'c', commit.commit(lines('c1', 'c2')));
    await settle();
    expect(disk.log).toEqual(['write a', 'sync']);
    await disk.endSync();
    expect(settled).toEqual(['a ok']);
    expect(disk.log).toEqual(['write a', 'sync', 'synced', 'write a-done b c1 c2', 'sync']);
    await disk.endSync();
    expect(settled).toEqual(['a ok', 'b ok', 'c ok']);
  });

  it.each([
    ['the write', { write: 2 }, 'EIO on write 2'],
    ['the sync', { sync: 2 }, 'EIO on sync 2'],
  ])('a failure of %s rejects every caller of its batch and every later one, and writes nothing more', async (_name, fail: { write?: number; sync?: number }, message) => {
    const disk = fakeDisk(fail);
    const commit = createGroupCommit(disk.io, 200);
    const settled: string[] = [];
    track(settled, 'a', commit.commit(lines('a')));
    await settle();
    track(settled, 'b', commit.commit(lines('b')));
    track(settled, 'c', commit.commit(lines('c')));
    await disk.endSync(); // a's sync ends; b and c go in the second batch, which fails
    await disk.endSync();
    track(settled, 'd', commit.commit(lines('d')));
    await settle();
    expect(settled).toEqual(['a ok', `b ${message}`, `c ${message}`, `d ${message}`]);
    expect(() => commit.flushNow(lines('e'))).toThrow(message);
    expect(disk.log.filter((l) => l.startsWith('write')).join(' | ')).toBe(fail.write === undefined ? 'write a | write b c' : 'write a');
    expect(() => commit.finish()).not.toThrow(); // the callers heard it: closing adds nothing
  });

  it('writes deferred outcomes on their own, off the main thread, once `maxWaiting` are waiting', async () => {
    const disk = fakeDisk();
    const commit = createGroupCommit(disk.io, 3);
    commit.later(lines('x', 'y'));
    await settle();
    expect(disk.log).toEqual([]);
    commit.later(lines('z'));
    await settle();
    expect(disk.log).toEqual(['write x y z', 'sync']);
  });

  it('close reports a failure of outcomes written on their own that no caller heard of', async () => {
    const disk = fakeDisk({ sync: 1 });
    const commit = createGroupCommit(disk.io, 1);
    commit.later(lines('x'));
    await settle();
    await disk.endSync();
    expect(() => commit.finish()).toThrow('EIO on sync 1');
    expect(() => commit.finish()).not.toThrow();
  });

  it('flushNow writes what waits, then its own lines, in one write, and answers the waiting callers', async () => {
    const disk = fakeDisk();
    const commit = createGroupCommit(disk.io, 200);
    const settled: string[] = [];
    track(settled, 'a', commit.commit(lines('a')));
    await settle();
    track(settled, 'b', commit.commit(lines('b')));
    commit.later(lines('b-done'));
    commit.flushNow(lines('now'));
    expect(disk.log).toEqual(['write a', 'sync', 'write b b-done now', 'sync now']);
    await settle();
    expect(settled).toEqual(['b ok']); // a waits for its own sync
    await disk.endSync();
    expect(settled).toEqual(['b ok', 'a ok']);
    expect(disk.log.at(-1)).toBe('synced'); // nothing left for another write
  });

  it('closes the file only once a running sync has ended', async () => {
    const disk = fakeDisk();
    const commit = createGroupCommit(disk.io, 200);
    const closed: string[] = [];
    void commit.commit(lines('a'));
    await settle();
    commit.finish();
    commit.whenIdle(() => closed.push('closed'));
    expect(closed).toEqual([]);
    await disk.endSync();
    expect(closed).toEqual(['closed']);
    commit.whenIdle(() => closed.push('again'));
    expect(closed).toEqual(['closed', 'again']);
  });
});
