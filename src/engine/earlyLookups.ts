import type { BanqupApi, RegistryAnswer } from '../api/types.js';
import type { ClientDraft } from '../domain/types.js';
import type { PlanRowInput } from './planImport.js';
import { pacingOf, runPool } from './runPool.js';

/** Whether the row's register number is looked up before it is created (banqup-api.md §4.4: the LU register only). */
export function hasRegisterToCheck(draft: ClientDraft): draft is ClientDraft & { readonly companyNumber: string } {
  return draft.address.country === 'LU' && draft.companyNumber !== null;
}

/** Register look-ups sent before the plan is known; the plan takes the answers it needs. */
export interface EarlyLookups {
  /** Answers so far, by register number. */
  readonly answers: ReadonlyMap<string, RegistryAnswer>;
  /** Settles once every look-up started has its answer. */
  readonly done: Promise<void>;
  /** Calls `onAnswer` after each answer from now on (the register phase's progress). */
  listen(onAnswer: (companyNumber: string) => void): void;
  /** Starts no more look-ups. */
  stop(): void;
}

/**
 * On a first run (no journal), every LU row with a register number is looked up while the space
 * and its clients are still being read: the look-ups do not depend on them, and the import need
 * not wait two round trips (the spaces, the space's clients) after the token before its first
 * one. A row that turns out to be in Banqup already has cost one GET to spare.
 */
export function earlyLookups(
  api: Pick<BanqupApi, 'registryLookup'> & Partial<Pick<BanqupApi, 'inFlightLimit' | 'currentRate' | 'holdRate'>>,
  rows: readonly PlanRowInput[],
  concurrency: number,
  signal: AbortSignal | undefined,
): EarlyLookups {
  const numbers = new Set<string>();
  for (const { draft } of rows) if (hasRegisterToCheck(draft)) numbers.add(draft.companyNumber);
  const answers = new Map<string, RegistryAnswer>();
  let stopped = false;
  let onAnswer: (companyNumber: string) => void = () => {};
  const done = runPool(
    [...numbers],
    concurrency,
    async (companyNumber) => {
      answers.set(companyNumber, await api.registryLookup({ country: 'LU', companyNumber }));
      onAnswer(companyNumber);
    },
    () => stopped || signal?.aborted === true,
    pacingOf(api),
  );
  // Awaited once the plan is known; until then a rejection (a bug) must not count as unhandled.
  done.catch(() => undefined);
  return {
    answers,
    done,
    listen: (listener) => {
      onAnswer = listener;
    },
    stop: () => {
      stopped = true;
    },
  };
}
