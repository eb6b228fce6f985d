import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeClientSheet } from '../helpers/importSheet.js';
import { runMeasured } from './measureCli.js';
import {
  activeCount,
  cpuMsOf,
  duplicateCount,
  ended,
  faultSummary,
  pause,
  readJournalFile,
  recordEndState,
  recordImportScenario,
  resumeImport,
  spawnBuilt,
  spawnImport,
  tail,
  type ImportScenario,
} from './importRuns.js';
import { atScale, randomInt, SEED, seededRandom } from './scale.js';

// Scenario 7 of issue 4: Ctrl-C storms. SIGINT at random moments — right after start, while
// checking register numbers, creating, provisioning — and now and then a second SIGINT soon after
// the first (which ends the process at once). Every interrupted run exits 130; after a single
// Ctrl-C the calls in flight are finished and journalled (no step left open); the lock never
// outlives a run. Then the import is resumed until it finishes: the same guarantees as after kill -9.

const ROWS = atScale(60, 300);
const INTERRUPTS = atScale(6, 20);
const FAULT_RATE = 0.05;
const { figures, setUp } = recordImportScenario('ctrl-c-storm', 'Ctrl-C storms (issue 4, scenario 7)');

type Moment = 'start' | 'registry' | 'create' | 'provision';

/**
 * The end of a run's output: its closing sentence (the last line of the table), then perhaps the
 * links of the clients it activated, or the sentence saying where those links are.
 */
const CLOSING =
  /(Interrupted before the end: .* \(nothing is created twice\)\.|Done: .* activated\.|Interrupted before anything was sent .*)( Links in Banqup \(.*| The Banqup links of .*)?$/;

/** How many entries the journal holds. */
function journalLength(s: ImportScenario): number {
  return existsSync(s.journalPath) ? readJournalFile(s.journalPath).entries.length : 0;
}

/** Rows that entries after the first `from` ones leave on a `…-started` step: a call whose end was not recorded. */
function openSteps(s: ImportScenario, from: number): string[] {
  if (!existsSync(s.journalPath)) return [];
  const last = new Map<string, string>();
  for (const e of readJournalFile(s.journalPath).entries.slice(from)) last.set(e.id, e.step);
  return [...last].filter(([, step]) => step.endsWith('-started')).map(([id, step]) => `${id} ${step}`);
}

describe('Ctrl-C storms', () => {
  it(`${INTERRUPTS} interruptions (some double) over ${ROWS} rows: exit 130 each time, then one ACTIVE client per row`, async () => {
    const started = Date.now();
    const sc = await setUp(ROWS, { faults: { random: { rate: FAULT_RATE, seed: SEED + 7 } }, latencyMs: 4, jitterMs: 8 });
    const { s } = sc;
    const random = seededRandom('ctrl-c-storm');
    const lock = `${sc.journalPath}.lock`;
    let interrupted = 0;
    let doubles = 0;
    let runs = 0;
    let worstDuplicates = 0;
    let diedWhileExiting = 0;
    const byMoment: Record<string, number> = {};

    // The plan: start-up, register look-ups and creates in a seeded order, then provisioning.
    const quarter = Math.max(1, Math.round(INTERRUPTS / 6));
    const early: Moment[] = [
      ...Array<Moment>(quarter).fill('start'),
      ...Array<Moment>(quarter).fill('registry'),
      ...Array<Moment>(Math.max(1, Math.ceil((INTERRUPTS - 2 * quarter) / 2))).fill('create'),
    ].sort(() => random() - 0.5);
    const plan: Moment[] = [...early, ...Array<Moment>(Math.max(1, INTERRUPTS - early.length)).fill('provision')];

    for (let attempt = 0; interrupted < INTERRUPTS && attempt < INTERRUPTS * 2; attempt++) {
      const held = s.clients();
      const toCreate = ROWS - held.length;
      if (toCreate === 0 && held.every((c) => c.status === 'ACTIVE')) break;
      let moment = plan[interrupted] ?? 'provision';
      if (moment === 'create' && toCreate === 0) moment = 'provision';
      const double = random() < 0.35;
      const before = { creates: s.clientCreates(), active: activeCount(s), provisions: s.provisionCalls(), requests: s.sandbox.requests().length };
      const createsLeft = plan.slice(interrupted).filter((m) => m === 'create').length;
      const target = randomInt(random, 1, Math.max(1, Math.floor((1.4 * toCreate) / (createsLeft + 1))));

      const journalBefore = journalLength(sc);
      // Provisioning in small batches, two at a time, so that there is a "while provisioning" to hit.
      const extra = moment === 'provision' ? ['--batch-size', '4', '--concurrency', '2'] : [];
      const runStarted = Date.now();
      const run = spawnImport(sc, extra);
      runs++;
      let ready: () => boolean;
      if (moment === 'start') {
        // Past Node's own start-up (400 ms of CPU; before it no Node program can handle SIGINT),
        // plus 0–1.2 s: while the CLI loads, reads the sheet, checks the rows, asks for a token.
        const delay = randomInt(random, 0, 1200);
        const spawnedAt = Date.now();
        let at: number | undefined;
        ready = () => {
          const cpu = cpuMsOf(run.child.pid);
          if (at === undefined && (cpu === null ? Date.now() - spawnedAt > 1500 : cpu >= 400)) at = Date.now() + delay;
          return at !== undefined && Date.now() >= at;
        };
      } else if (moment === 'registry') {
        ready = () => run.stderr().includes('Checking RCS numbers') || s.clientCreates() > before.creates;
      } else if (moment === 'create') {
        ready = () => s.clientCreates() >= before.creates + target || activeCount(s) > before.active;
      } else {
        const nth = randomInt(random, 1, 4);
        ready = () => s.provisionCalls() >= before.provisions + nth;
      }
      let reached = true;
      try {
        await run.waitUntil(ready, 60_000);
      } catch {
        reached = false;
      }
      if (reached) {
        run.kill('SIGINT');
        if (double) {
          await pause(randomInt(random, 0, 300));
          run.kill('SIGINT');
        }
      }
      const result = await run.done;
      // A SIGINT that lands while Node tears the process down (after the last line is written) ends
      // it by the signal: no handler runs any more. The shell reports 130 all the same, and
      // everything was done and written: counted apart, not as a failure. The last line is on
      // stdout after the table, or on stderr when the run stopped before sending anything.
      const endsWithClosing = (text: string) => CLOSING.test(text.replace(/\s+/g, ' ').trim());
      const whileExiting = result.signal === 'SIGINT' && (endsWithClosing(result.stdout) || endsWithClosing(result.stderr));
      if (whileExiting) diedWhileExiting++;
      const wasInterrupted = reached && result.code !== 0;
      if (wasInterrupted) {
        interrupted++;
        if (double) doubles++;
        byMoment[moment] = (byMoment[moment] ?? 0) + 1;
      }
      const duplicates = duplicateCount(s.clients());
      worstDuplicates = Math.max(worstDuplicates, duplicates);
      const problems: string[] = [];
      if (reached && result.code !== 130 && result.code !== 0 && !whileExiting) problems.push(`interrupted run ended ${ended(result)}, not exit 130`);
      if (!reached && result.code !== 0) problems.push(`run ended ${ended(result)}`);
      // exit 0 after a SIGINT: the run had finished everything before it came.
      if (reached && result.code === 0 && (s.clients().length < ROWS || activeCount(s) < ROWS)) problems.push('exit 0 with work left');
      // A run stopped before it called Banqup (while loading) may end silently, like any program.
      const calledBanqup = s.sandbox.requests().length > before.requests;
      if (result.code === 130 && !double && calledBanqup && !/Interrupted.*run the same command again/is.test(result.stdout + result.stderr)) {
        problems.push('exit 130 without saying how to resume');
      }
      if (result.code === 130 && !double) problems.push(...openSteps(sc, journalBefore).map((o) => `after a single Ctrl-C the journal leaves ${o} open`));
      if (existsSync(lock)) problems.push('the lock outlived the run');
      if (duplicates > 0) problems.push(`${duplicates} duplicate(s)`);
      figures.add({
        name: `run-${runs}/${moment}${double ? '/double' : ''}`,
        expected: 'exit 130 (exit 0 if it had finished), lock released, no duplicate',
        got: ended(result),
        passed: problems.length === 0,
        ms: Date.now() - runStarted,
        note: problems.length > 0 ? problems.join('; ') : `sandbox: ${s.clients().length} clients, ${activeCount(s)} active`,
      });
      expect(problems, `run ${runs} (${moment}${double ? ', double' : ''})${tail(result)}`).toEqual([]);
    }

    const { final, runs: resumeRuns } = await resumeImport(sc, figures, { runsBefore: runs, reruns: 2, recordUnfinished: false });
    runs += resumeRuns;
    expect(final.code, tail(final)).toBe(0);
    const faults = faultSummary(s.sandbox.faultsInjected());
    figures.extra('rows', ROWS);
    figures.extra('interruptions (exit 130)', interrupted);
    figures.extra('of which double Ctrl-C', doubles);
    figures.extra('interruptions by moment', Object.entries(byMoment).map(([m, n]) => `${m} ${n}`).join(', '));
    figures.extra('SIGINT during process teardown (after the last line; shell reports 130)', diedWhileExiting);
    figures.extra('runs', runs);
    figures.extra('random fault rate', FAULT_RATE);
    figures.extra('faults injected', faults.total);
    figures.extra('faults by kind', faults.text);
    const end = recordEndState(sc, figures, { worstDuplicates, started });
    expect(end.problems).toEqual([]);
    expect(interrupted).toBeGreaterThanOrEqual(INTERRUPTS);
  }, atScale(240_000, 1_500_000));

  it('Ctrl-C while a dry run checks a big sheet: exit 130, no table printed', async () => {
    // How much CPU the program takes to load here (`--version`), then a sheet that takes far longer
    // to check than that: the SIGINT lands in the (synchronous) check.
    const version = await runMeasured(['--version']);
    const loadCpu = version.cpuMs ?? 1000;
    const sheet = await writeClientSheet(Array.from({ length: atScale(4000, 8000) }, (_, i) => ({ companyNumber: `B${400000 + i}`, externalReference: `BIG-${i}` })));
    const run = spawnBuilt([sheet, '--dry-run'], { timeoutMs: 120_000 });
    const t = Date.now();
    await run.waitUntil(() => (cpuMsOf(run.child.pid) ?? Number.POSITIVE_INFINITY) >= loadCpu + 300, 60_000);
    run.kill('SIGINT');
    const result = await run.done;
    const ok = result.code === 130 && result.stdout === '' && /Interrupted before anything was sent/.test(result.stderr);
    figures.add({ name: 'dry-run/big-sheet', expected: 'exit 130, nothing on stdout', got: ended(result), passed: ok, ms: Date.now() - t, note: result.stderr.trim().split('\n')[0] ?? '' });
    expect(ok, tail(result)).toBe(true);
  }, 180_000);
});
