import { appendFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activeCount,
  duplicateCount,
  ended,
  faultSummary,
  ignoredJournalLines,
  recordEndState,
  recordImportScenario,
  resumeImport,
  spawnImport,
  tail,
} from './importRuns.js';
import { atScale, randomInt, SEED, seededRandom } from './scale.js';

// Scenario 1 of issue 4: kill -9 the CLI at random moments (while it starts and checks, while it
// creates clients, while it provisions them) against a sandbox with random faults on, then run it
// again until it finishes. At the end: exactly one ACTIVE client per row, and a journal that
// explains every row. Seeded: RELIABILITY_SEED picks the moments and the faults.

const ROWS = atScale(120, 500);
const KILLS = atScale(6, 20);
const FAULT_RATE = 0.05;
const { figures, setUp } = recordImportScenario('crash-resume', 'Crash and resume (issue 4, scenario 1)');

type Moment = 'starting' | 'creating' | 'provisioning';

/** The phase the CLI said it was in last (stderr progress lines), for the figures. */
function phaseSaid(stderr: string): string {
  const phases: [string, string][] = [
    ['Activating clients', 'provision'],
    ['Creating clients', 'create'],
    ['Checking RCS numbers', 'registry'],
    ['Reading the clients', 'existing'],
  ];
  let best = { at: -1, phase: 'start' };
  for (const [text, phase] of phases) {
    const at = stderr.lastIndexOf(text);
    if (at > best.at) best = { at, phase };
  }
  return best.phase;
}

describe('crash and resume (kill -9)', () => {
  it(`survives ${KILLS} kills at random moments over ${ROWS} rows: one ACTIVE client per row, nothing unexplained`, async () => {
    const started = Date.now();
    const sc = await setUp(ROWS, { faults: { random: { rate: FAULT_RATE, seed: SEED } }, latencyMs: 3, jitterMs: 6 });
    const { s } = sc;
    const random = seededRandom('crash-resume');
    // Where the kills go: about half while creating, a third while provisioning, the rest at start-up.
    let createKills = Math.ceil(KILLS * 0.5);
    let provisionKills = Math.floor(KILLS * 0.33);
    let startKills = KILLS - createKills - provisionKills;
    let kills = 0;
    let runs = 0;
    let worstDuplicates = 0;
    let tornByHand = 0;
    const byMoment: Record<string, number> = {};

    for (let attempt = 0; kills < KILLS && attempt < KILLS * 2; attempt++) {
      const held = s.clients();
      const toCreate = ROWS - held.length;
      const inactive = held.filter((c) => c.status !== 'ACTIVE').length;
      if (toCreate === 0 && inactive === 0) break; // nothing left to interrupt
      // A start-up kill now and then; else the phase that still has work, creating first.
      let moment: Moment;
      if (startKills > 0 && random() < startKills / (startKills + createKills + provisionKills)) moment = 'starting';
      else if (toCreate > 0 && createKills > 0) moment = 'creating';
      else if (provisionKills > 0 || toCreate === 0) moment = 'provisioning';
      else moment = 'creating';

      const before = { creates: s.clientCreates(), active: activeCount(s), provisions: s.provisionCalls() };
      let ready: () => boolean;
      if (moment === 'starting') {
        const at = Date.now() + randomInt(random, 150, 900);
        ready = () => Date.now() >= at;
      } else if (moment === 'creating') {
        const step = randomInt(random, 1, Math.max(1, Math.floor((1.6 * toCreate) / (createKills + 1))));
        ready = () => s.clientCreates() >= before.creates + step || activeCount(s) > before.active;
      } else if (random() < 0.5) {
        // Right as a provisioning call reaches the sandbox: its answer is never read.
        const nth = randomInt(random, 1, 3);
        ready = () => s.provisionCalls() >= before.provisions + nth;
      } else {
        const step = randomInt(random, 0, Math.max(0, Math.floor(Math.max(inactive, toCreate) / (provisionKills + 1))));
        ready = () => activeCount(s) > before.active + step;
      }

      const runStarted = Date.now();
      // Provisioning in smaller batches, three at a time, so that there is a "while provisioning" to hit.
      const run = spawnImport(sc, moment === 'provisioning' ? ['--batch-size', '10', '--concurrency', '3'] : []);
      runs++;
      let reached = true;
      try {
        await run.waitUntil(ready, 60_000);
      } catch {
        reached = false; // it finished before the moment came
      }
      if (reached) run.kill('SIGKILL');
      const result = await run.done;
      const killed = result.signal === 'SIGKILL';
      if (killed) {
        kills++;
        if (moment === 'starting') startKills--;
        else if (moment === 'creating') createKills--;
        else provisionKills--;
      }
      const phase = phaseSaid(result.stderr);
      if (killed) byMoment[phase] = (byMoment[phase] ?? 0) + 1;
      const duplicates = duplicateCount(s.clients());
      worstDuplicates = Math.max(worstDuplicates, duplicates);
      const rightEnd = killed || result.code === 0;
      figures.add({
        name: `run-${runs}/${moment}`,
        expected: 'SIGKILL (or exit 0 if it finished first), no duplicate',
        got: ended(result),
        passed: rightEnd && duplicates === 0,
        ms: Date.now() - runStarted,
        note: `${killed ? `killed while in phase "${phase}"` : 'finished before the kill'}; sandbox: ${s.clients().length} clients, ${activeCount(s)} active`,
      });
      // Once, as if the power went at the moment the journal was written: half a line at its end.
      if (killed && kills === 2 && existsSync(sc.journalPath)) {
        appendFileSync(sc.journalPath, '{"v":1,"at":"2026-');
        tornByHand++;
      }
      expect(duplicates, `after run ${runs}`).toBe(0);
      expect(rightEnd, `run ${runs} ended ${ended(result)}${tail(result)}`).toBe(true);
    }

    // Then run it again until it finishes (faults are still on).
    const { final, runs: resumeRuns } = await resumeImport(sc, figures, { runsBefore: runs, reruns: 3, recordUnfinished: true });
    runs += resumeRuns;
    expect(final.code, tail(final)).toBe(0);

    const faults = faultSummary(s.sandbox.faultsInjected());
    figures.extra('rows', ROWS);
    figures.extra('kills survived (kill -9)', kills);
    figures.extra('kills by phase', Object.entries(byMoment).map(([p, n]) => `${p} ${n}`).join(', '));
    figures.extra('runs', runs);
    figures.extra('random fault rate', FAULT_RATE);
    figures.extra('faults injected', faults.total);
    figures.extra('faults by kind', faults.text);
    figures.extra('torn journal lines (ignored on resume)', ignoredJournalLines(sc));
    figures.extra('of which written by the test (power cut)', tornByHand);
    const end = recordEndState(sc, figures, { worstDuplicates, started });
    expect(end.problems).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
  }, atScale(240_000, 1_500_000));
});
