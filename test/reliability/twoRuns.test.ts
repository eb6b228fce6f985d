import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CliResult } from '../helpers/runCli.js';
import { stateDir } from '../helpers/importSheet.js';
import { removeTempFiles } from '../helpers/workbook.js';
import { activeCount, duplicateCount, ended, endState, runImport, setUpImport, spawnImport, tail, type ImportScenario } from './importRuns.js';
import { recordFigures } from './recordFigures.js';
import { atScale } from './scale.js';

// Scenario 6 of issue 4: two runs at once on the same sheet and space. The second refuses (exit 2)
// with a message naming the run that holds the lock (src/engine/runLock.ts); a lock left by a
// killed run is taken over by the next run (its process is gone), as is one older than a day; a
// lock whose process lives is respected. Nothing is ever created twice, even by two runs that do
// not share a journal (another --state-dir).

const ROWS = atScale(24, 60);
const SIMULTANEOUS_ROUNDS = atScale(1, 5);
const HELD = /^banqup-import: Another import of this sheet is running \(process (\d+) on /m;
const TOOK_OVER = /ended without releasing its lock; this run takes over/;

const figures = recordFigures('two-runs', 'Two runs at once (issue 4, scenario 6)');
const totals = { runs: 0, refused: 0, tookOver: 0, worstDuplicates: 0 };
const started = Date.now();
let scenarios: ImportScenario[] = [];

afterEach(async () => {
  for (const sc of scenarios) {
    totals.worstDuplicates = Math.max(totals.worstDuplicates, duplicateCount(sc.s.clients()));
    await sc.s.close();
  }
  scenarios = [];
});
afterAll(async () => {
  figures.extra('runs', totals.runs);
  figures.extra('second runs refused (exit 2)', totals.refused);
  figures.extra('stale locks taken over', totals.tookOver);
  figures.extra('duplicates (worst)', totals.worstDuplicates);
  figures.extra('wall time (s)', Math.round((Date.now() - started) / 100) / 10);
  figures.save();
  await removeTempFiles();
});

async function scenario(rows: number, latencyMs = 3): Promise<ImportScenario> {
  const sc = await setUpImport(rows, { latencyMs, jitterMs: 2 });
  scenarios.push(sc);
  return sc;
}

function note(name: string, expected: string, result: CliResult, passed: boolean, ms: number, extra = ''): void {
  totals.runs++;
  if (result.code === 2 && HELD.test(result.stderr)) totals.refused++;
  if (TOOK_OVER.test(result.stderr)) totals.tookOver++;
  const said = result.stderr.split('\n').find((l) => l.startsWith('banqup-import: ')) ?? '';
  figures.add({ name, expected, got: ended(result), passed, ms, note: [said, extra].filter((x) => x !== '').join(' — ') });
}

async function timed(run: () => Promise<CliResult>): Promise<{ result: CliResult; ms: number }> {
  const t = Date.now();
  const result = await run();
  return { result, ms: Date.now() - t };
}

describe('two runs at once', () => {
  it('a second run refuses (exit 2, naming the first); kill -9 the first: the next run takes over and finishes', async () => {
    const sc = await scenario(ROWS, 20);
    const first = spawnImport(sc);
    await first.waitUntil(() => sc.s.clientCreates() >= 1, 60_000);
    // Frozen (SIGSTOP), the first run surely still holds its lock however slowly the second starts.
    first.kill('SIGSTOP');
    const second = await timed(() => runImport(sc));
    const held = HELD.exec(second.result.stderr);
    const ok = second.result.code === 2 && held !== null && Number(held[1]) === first.child.pid && second.result.stdout === '';
    note('while-creating/second-run', 'exit 2 naming the first run', second.result, ok, second.ms);
    expect(ok, tail(second.result)).toBe(true);

    // The lock a killed run leaves behind names a process that is gone.
    first.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    const lock = `${sc.journalPath}.lock`;
    expect(existsSync(lock)).toBe(true);
    expect((JSON.parse(readFileSync(lock, 'utf8')) as { pid: number }).pid).toBe(first.child.pid);

    // The next run takes over; while it provisions (frozen a moment), yet another run is refused.
    const thirdStarted = Date.now();
    const third = spawnImport(sc);
    await third.waitUntil(() => activeCount(sc.s) > 0, 60_000);
    third.kill('SIGSTOP');
    const fourth = await timed(() => runImport(sc));
    third.kill('SIGCONT');
    const fourthOk = fourth.result.code === 2 && HELD.test(fourth.result.stderr);
    note('while-provisioning/second-run', 'exit 2', fourth.result, fourthOk, fourth.ms);
    const thirdResult = await third.done;
    const thirdOk = thirdResult.code === 0 && TOOK_OVER.test(thirdResult.stderr);
    note('after-kill-9/next-run', 'exit 0, taking the lock over (frozen a while: its calls in flight time out)', thirdResult, thirdOk, Date.now() - thirdStarted);
    expect(fourthOk, tail(fourth.result)).toBe(true);
    expect(thirdOk, tail(thirdResult)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(endState(sc).problems).toEqual([]);
  }, 120_000);

  it.each(Array.from({ length: SIMULTANEOUS_ROUNDS }, (_, i) => i + 1))('started at the same moment (round %i): one runs, the other refuses', async (round) => {
    const sc = await scenario(12, 20);
    const lock = `${sc.journalPath}.lock`;
    const t = Date.now();
    const runs = [spawnImport(sc), spawnImport(sc)];
    // Whichever takes the lock is frozen until the other has ended, so that start-up times (seconds
    // apart on a loaded machine) cannot let the other start after the first has finished.
    const holder = (): number | undefined => {
      try {
        return (JSON.parse(readFileSync(lock, 'utf8')) as { pid?: number }).pid;
      } catch {
        return undefined; // not there yet, or being written
      }
    };
    let pid: number | undefined;
    while (pid === undefined && runs.every((r) => r.child.exitCode === null && r.child.signalCode === null)) {
      pid = holder();
      if (pid === undefined) await new Promise((r) => setTimeout(r, 2));
    }
    const frozen = runs.find((r) => r.child.pid === pid);
    frozen?.kill('SIGSTOP');
    const other = runs.find((r) => r !== frozen)!;
    await other.done;
    frozen?.kill('SIGCONT');
    const [a, b] = await Promise.all(runs.map((r) => r.done)) as [CliResult, CliResult];
    const ms = Date.now() - t;
    const codes = [a.code, b.code].sort();
    const loser = a.code === 2 ? a : b;
    const ok = codes[0] === 0 && codes[1] === 2 && HELD.test(loser.stderr);
    note(`simultaneous/round-${round}/first`, 'one exit 0, one exit 2', a, ok, ms);
    note(`simultaneous/round-${round}/second`, 'one exit 0, one exit 2', b, ok, ms);
    expect(ok, `${tail(a)}\n${tail(b)}`).toBe(true);
    expect(endState(sc).problems).toEqual([]);
  }, 120_000);

  it('a lock whose process lives is respected; one older than a day is taken over', async () => {
    const sc = await scenario(6);
    const lock = `${sc.journalPath}.lock`;
    // This test's own process: alive, on this host, and not an import.
    const fresh = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), token: 'feedfacefeedface' };
    writeFileSync(lock, `${JSON.stringify(fresh)}\n`);
    const live = await timed(() => runImport(sc));
    const liveOk = live.result.code === 2 && HELD.test(live.result.stderr) && sc.s.writes() === 0;
    note('live-pid/fresh-lock', 'exit 2, nothing sent', live.result, liveOk, live.ms);
    expect(liveOk, tail(live.result)).toBe(true);
    expect(existsSync(lock)).toBe(true);

    const old = { ...fresh, startedAt: new Date(Date.now() - 25 * 3600_000).toISOString() };
    writeFileSync(lock, `${JSON.stringify(old)}\n`);
    const aged = await timed(() => runImport(sc));
    const agedOk = aged.result.code === 0 && TOOK_OVER.test(aged.result.stderr);
    note('live-pid/lock-older-than-a-day', 'exit 0, taking the lock over', aged.result, agedOk, aged.ms);
    expect(agedOk, tail(aged.result)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(endState(sc).problems).toEqual([]);
  }, 120_000);

  it.runIf(atScale(false, true))('an empty lock (a run killed while writing it) is respected for a while, then taken over', async () => {
    const sc = await scenario(6);
    const lock = `${sc.journalPath}.lock`;
    writeFileSync(lock, '');
    const young = await timed(() => runImport(sc));
    const youngOk = young.result.code === 2 && /seems to be importing this sheet/.test(young.result.stderr);
    note('empty-lock/young', 'exit 2', young.result, youngOk, young.ms);
    expect(youngOk, tail(young.result)).toBe(true);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const old = await timed(() => runImport(sc));
    const oldOk = old.result.code === 0 && TOOK_OVER.test(old.result.stderr);
    note('empty-lock/a-minute-old', 'exit 0, taking the lock over', old.result, oldOk, old.ms);
    expect(oldOk, tail(old.result)).toBe(true);
    expect(endState(sc).problems).toEqual([]);
  }, 120_000);

  it('two runs with different state folders (no shared lock) still create nothing twice', async () => {
    const sc = await scenario(ROWS, 15);
    const other = stateDir();
    const t = Date.now();
    const [a, b] = await Promise.all([spawnImport(sc).done, runImport({ ...sc, args: (...extra) => [sc.sheet, '--state-dir', other, ...sc.args(...extra).slice(3)] })]);
    const ms = Date.now() - t;
    const ok = a.code === 0 && b.code === 0;
    note('two-state-dirs/first', 'exit 0', a, ok, ms);
    note('two-state-dirs/second', 'exit 0', b, ok, ms, `sandbox: ${sc.s.clients().length} clients for ${ROWS} rows`);
    expect(ok, `${tail(a)}\n${tail(b)}`).toBe(true);
    expect(duplicateCount(sc.s.clients())).toBe(0);
    // Each journal tells only what its own run did: a row the other run had already provisioned
    // when this one read the space is in neither its plan nor its journal. Together (one after the
    // other) they explain every row, and each row's last word is `provisioned`, with its client.
    const merged = join(sc.dir, 'both-runs.journal.ndjson');
    writeFileSync(merged, [sc.journalPath, join(other, basename(sc.journalPath))].filter((p) => existsSync(p)).map((p) => readFileSync(p, 'utf8')).join('\n'));
    expect(endState({ ...sc, journalPath: merged }).problems).toEqual([]);
  }, 120_000);
});
