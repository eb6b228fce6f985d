import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import type { Client } from '../../src/api/types.js';
import { draft } from '../helpers/clientDraft.js';
import { stateDir } from '../helpers/importSheet.js';
import type { CliResult } from '../helpers/runCli.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';
import { activeCount, ended, FAST_ARGS, faultSummary, readJournalFile, spawnBuilt, tail } from './importRuns.js';
import { recordFigures } from './recordFigures.js';
import { atScale, randomInt, SEED, seededRandom } from './scale.js';

// Issue 13: `add` and `activate` under kill -9 at seeded moments, against a sandbox with random
// faults (every kind but `slow`), then run again until they finish. What must hold, counted in the
// sandbox after every run: one client per `add` however often it ran, each client activated
// once (its banqupSpaceId, set by the one activation, never changes), no client lost, and a
// journal that ends every client's story on `provisioned`.

const ADDS = atScale(3, 10);
const KILLS_PER_ADD = atScale(2, 3);
const INACTIVE = atScale(40, 150);
const ACTIVATE_KILLS = atScale(4, 12);
/** Random faults of every kind but `slow`: one add makes few calls, so its share is higher. */
const ADD_FAULT_RATE = 0.2;
const FAULT_RATE = 0.1;

const figures = recordFigures('add-activate', 'add and activate under kill -9 and faults (issue 13)');
const sandboxes: TestSandbox[] = [];
afterAll(async () => {
  figures.save();
  for (const s of sandboxes) await s.close();
  await removeTempFiles();
});

/** Every client's banqupSpaceId once it is ACTIVE: a second activation would give it another. */
class ActivationLedger {
  readonly spaceIds = new Map<string, string>();
  readonly problems: string[] = [];
  look(clients: readonly Client[], when: string): void {
    for (const c of clients) {
      if (c.status !== 'ACTIVE' || c.banqupSpaceId === null) continue;
      const first = this.spaceIds.get(c.id);
      if (first === undefined) this.spaceIds.set(c.id, c.banqupSpaceId);
      else if (first !== c.banqupSpaceId) this.problems.push(`${when}: client ${c.id} activated a second time`);
    }
  }
}

/** What the journal says last about each client it names; every one must end on `provisioned`. */
function openStories(path: string, clients: readonly Client[]): string[] {
  const held = new Set(clients.map((c) => c.id));
  const last = new Map<string, { step: string; clientId?: string }>();
  const problems: string[] = [];
  for (const e of readJournalFile(path).entries) {
    if (e.clientId !== undefined && !held.has(e.clientId)) problems.push(`journal names client ${e.clientId}, which the sandbox does not hold`);
    last.set(e.id, { step: e.step, ...(e.clientId !== undefined && { clientId: e.clientId }) });
  }
  for (const [id, entry] of last) if (entry.step !== 'provisioned') problems.push(`${id}: the journal ends on ${entry.step}`);
  return problems;
}

/** The flags of the i-th client to add. */
function addArgs(i: number, dir: string): string[] {
  return [
    'add',
    ...['--name', `Ajout ${i} S.à r.l.`, '--street', '1 rue de la Gare', '--zip', '1611', '--city', 'Luxembourg', '--country', 'LU'],
    ...['--rcs', `B${500100 + i}`, '--iban', 'LU28 0019 4006 4475 0000', '--language', 'fr', '--contact-name', 'Anne Schmit'],
    ...['--contact-language', 'fr', '--contact-email', `contact${i}@ajout.example`, '--ref', `ADD-${String(i).padStart(3, '0')}`],
    ...['--state-dir', dir, '--lang', 'en', ...FAST_ARGS.filter((a, j, all) => a !== '--batch-size' && all[j - 1] !== '--batch-size')],
  ];
}

/** Runs a command, killed with kill -9 once `moment()` holds (or left to finish if it never does). */
async function runKilledAt(args: readonly string[], env: Record<string, string>, moment: (() => boolean) | null): Promise<{ result: CliResult; killed: boolean; ms: number }> {
  const started = Date.now();
  const run = spawnBuilt(args, { env, timeoutMs: 120_000 });
  if (moment !== null) {
    try {
      await run.waitUntil(moment, 60_000);
      run.kill('SIGKILL');
    } catch {
      // It finished before the moment came.
    }
  }
  const result = await run.done;
  return { result, killed: result.signal === 'SIGKILL', ms: Date.now() - started };
}

describe('add and activate under kill -9 and faults', () => {
  it(`${ADDS} adds, each killed ${KILLS_PER_ADD} times at seeded moments, then run until done: one client each, activated once`, async () => {
    const started = Date.now();
    const s = await startTestSandbox({ latencyMs: 3, jitterMs: 6, faults: { random: { rate: ADD_FAULT_RATE, seed: SEED + 13 } } });
    sandboxes.push(s);
    const random = seededRandom('add-activate/add');
    const dir = stateDir();
    const ledger = new ActivationLedger();
    let kills = 0;
    let runs = 0;
    const byMoment: Record<string, number> = {};
    for (let i = 1; i <= ADDS; i++) {
      const ref = `ADD-${String(i).padStart(3, '0')}`;
      const mine = (): Client[] => s.clients().filter((c) => c.externalReference === ref);
      let final: CliResult | undefined;
      for (let attempt = 0; attempt < KILLS_PER_ADD + 6; attempt++) {
        const killing = attempt < KILLS_PER_ADD;
        const before = { creates: s.clientCreates(), provisions: s.provisionCalls() };
        const kind = ['starting', 'creating', 'activating'][randomInt(random, 0, 2)] ?? 'starting';
        const at = Date.now() + randomInt(random, 150, 900);
        const moment = !killing
          ? null
          : kind === 'starting'
            ? () => Date.now() >= at
            : kind === 'creating'
              ? () => s.clientCreates() > before.creates
              : () => s.provisionCalls() > before.provisions;
        const { result, killed, ms } = await runKilledAt(addArgs(i, dir), s.env, moment);
        runs++;
        if (killed) {
          kills++;
          byMoment[kind] = (byMoment[kind] ?? 0) + 1;
        }
        const count = mine().length;
        ledger.look(s.clients(), `${ref} run ${attempt + 1}`);
        // 4: a revoked token twice in a row is refused (banqup-api.md §2), as in the fault storm.
        const rightEnd = killed || [0, 4, 5, 6].includes(result.code ?? -1);
        figures.add({
          name: `add-${i}/run-${attempt + 1}${killing ? `/${kind}` : ''}`,
          expected: 'SIGKILL or exit 0/4/5/6; at most one client',
          got: ended(result),
          passed: rightEnd && count <= 1,
          ms,
          note: `${killed ? `killed while ${kind}` : 'ran to its end'}; ${count} client(s) for ${ref}, ${mine()[0]?.status ?? 'none'}`,
        });
        expect(count, `${ref} after run ${attempt + 1}`).toBeLessThanOrEqual(1);
        expect(rightEnd, `${ref} run ${attempt + 1} ended ${ended(result)}${tail(result)}`).toBe(true);
        if (!killing && result.code === 0) {
          final = result;
          break;
        }
      }
      expect(final?.code, `${ref} never finished`).toBe(0);
      expect(mine()).toMatchObject([{ status: 'ACTIVE' }]);
      // Once more, as a user who is not sure it went through: it is already there.
      const again = await runKilledAt(addArgs(i, dir), s.env, null);
      runs++;
      expect(again.result.code, tail(again.result)).toBe(0);
      expect(again.result.stdout).toContain('Already in Banqup');
      expect(mine()).toHaveLength(1);
    }
    ledger.look(s.clients(), 'end');
    const journal = openStories(join(dir, 'add.journal.ndjson'), s.clients());
    const faults = faultSummary(s.sandbox.faultsInjected());
    figures.extra('adds', ADDS);
    figures.extra('add: kills survived (kill -9)', kills);
    figures.extra('add: kills by moment', Object.entries(byMoment).map(([m, n]) => `${m} ${n}`).join(', '));
    figures.extra('add: runs', runs);
    figures.extra('add: faults injected', `${faults.total} (${faults.text})`);
    figures.extra('add: clients at the end (one per add)', s.clients().length);
    figures.extra('add: second activations', ledger.problems.length);
    figures.extra('add: wall time (s)', Math.round((Date.now() - started) / 100) / 10);
    expect(s.clients()).toHaveLength(ADDS);
    expect(ledger.problems).toEqual([]);
    expect(journal).toEqual([]);
  }, atScale(240_000, 900_000));

  it(`activate over ${INACTIVE} inactive clients, killed ${ACTIVATE_KILLS} times, then run until done: all active, each once, none lost`, async () => {
    const started = Date.now();
    const s = await startTestSandbox({ latencyMs: 3, jitterMs: 6 });
    sandboxes.push(s);
    const api = createBanqupApi({ baseUrl: s.url, clientId: 'demo-client', clientSecret: 'demo-secret', version: 'test', rate: 1000, concurrency: 8 });
    const [space] = await api.listSpaces();
    for (let i = 0; i < INACTIVE; i++) {
      const ref = `INA-${String(i + 1).padStart(3, '0')}`;
      await api.createClient(space!.id, draft({ legalName: `Inactif ${i + 1} S.A.`, companyNumber: `B${600100 + i}`, vatNumber: null, externalReference: ref }), ref);
    }
    await api.close();
    const ids = s.clients().map((c) => c.id);
    s.sandbox.setRandomFaults({ rate: FAULT_RATE, seed: SEED + 17 });
    const random = seededRandom('add-activate/activate');
    const dir = stateDir();
    // Small batches, one at a time while killing: there is a "while activating" to hit.
    const args = ['activate', '--yes', '--state-dir', dir, '--lang', 'en', ...FAST_ARGS, '--batch-size', '3'];
    const killArgs = [...args, '--concurrency', '1'];
    const ledger = new ActivationLedger();
    let kills = 0;
    let runs = 0;
    for (let attempt = 0; kills < ACTIVATE_KILLS && attempt < ACTIVATE_KILLS * 2; attempt++) {
      const inactive = INACTIVE - activeCount(s);
      if (inactive === 0) break;
      const before = { active: activeCount(s), provisions: s.provisionCalls() };
      const step = randomInt(random, 0, Math.max(0, Math.floor(inactive / (2 * (ACTIVATE_KILLS - kills + 1)))));
      const nth = randomInt(random, 1, 3);
      const at = Date.now() + randomInt(random, 150, 900);
      const kind = ['starting', 'batch', 'activated'][randomInt(random, 0, 2)] ?? 'batch';
      const moment =
        kind === 'starting' ? () => Date.now() >= at : kind === 'batch' ? () => s.provisionCalls() >= before.provisions + nth : () => activeCount(s) > before.active + step;
      const { result, killed, ms } = await runKilledAt(killArgs, s.env, moment);
      runs++;
      if (killed) kills++;
      ledger.look(s.clients(), `run ${runs}`);
      const held = s.clients().length;
      const rightEnd = killed || [0, 4, 5, 6].includes(result.code ?? -1);
      figures.add({
        name: `activate/run-${runs}/${kind}`,
        expected: 'SIGKILL or exit 0/4/5/6; no client lost or activated twice',
        got: ended(result),
        passed: rightEnd && held === INACTIVE && ledger.problems.length === 0,
        ms,
        note: `${killed ? `killed (${kind})` : 'ran to its end'}; ${activeCount(s)}/${INACTIVE} active`,
      });
      expect(held).toBe(INACTIVE);
      expect(rightEnd, `run ${runs} ended ${ended(result)}${tail(result)}`).toBe(true);
    }
    let final: CliResult | undefined;
    for (let rerun = 0; rerun < 6; rerun++) {
      final = (await runKilledAt(args, s.env, null)).result;
      runs++;
      ledger.look(s.clients(), `resume ${rerun + 1}`);
      if (final.code === 0 && activeCount(s) === INACTIVE) break;
    }
    figures.add({ name: 'activate/resume', expected: 'exit 0, every client ACTIVE', got: final === undefined ? 'none' : ended(final), passed: final?.code === 0 && activeCount(s) === INACTIVE });
    expect(final?.code, final === undefined ? '' : tail(final)).toBe(0);
    // Nothing left: a last run activates nothing and sends no provisioning call.
    const provisions = s.provisionCalls();
    const last = (await runKilledAt(args, s.env, null)).result;
    expect(last.code).toBe(0);
    expect(last.stdout).toContain('No inactive client: nothing to activate.');
    expect(s.provisionCalls()).toBe(provisions);
    ledger.look(s.clients(), 'end');
    const journal = openStories(join(dir, 'activate.journal.ndjson'), s.clients());
    const faults = faultSummary(s.sandbox.faultsInjected());
    figures.extra('activate: inactive clients', INACTIVE);
    figures.extra('activate: kills survived (kill -9)', kills);
    figures.extra('activate: runs', runs);
    figures.extra('activate: faults injected', `${faults.total} (${faults.text})`);
    figures.extra('activate: second activations', ledger.problems.length);
    figures.extra('activate: clients lost', ids.filter((id) => !s.clients().some((c) => c.id === id)).length);
    figures.extra('activate: wall time (s)', Math.round((Date.now() - started) / 100) / 10);
    expect(s.clients().map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(s.clients().every((c) => c.status === 'ACTIVE')).toBe(true);
    expect(ledger.spaceIds.size).toBe(INACTIVE);
    expect(ledger.problems).toEqual([]);
    expect(journal).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(ACTIVATE_KILLS);
  }, atScale(240_000, 900_000));
});
