import { ApiError } from '../api/apiErrors.js';
import { violationMessageCode } from '../api/apiMessages.js';
import type { MessageParams } from '../domain/types.js';
import { heldValue } from './differingFields.js';
import type { PlannedRow } from './planImport.js';
import type { RowProblem } from './rowOutcome.js';

/**
 * The problems a failed call leaves on its row. A 400 VALIDATION_FAILED gives one per violation,
 * on its field (the command puts it on the cell); anything else one about the whole row. The code
 * is the API's own when it sent one, so that scripts can rely on it.
 */
export function problemsFromApiError(error: ApiError): RowProblem[] {
  const requestId: Record<string, string> = error.requestId === undefined ? {} : { requestId: error.requestId };
  if (error.kind === 'validation' && error.violations !== undefined && error.violations.length > 0) {
    return error.violations.map((v): RowProblem => ({
      code: v.code === '' ? 'VALIDATION_FAILED' : v.code,
      messageCode: violationMessageCode(v.code),
      severity: 'error',
      // `trn.invalid` is about the register number whatever field the server names (banqup-api.md §4.1).
      field: v.code === 'trn.invalid' ? 'companyNumber' : v.field,
      params: { ...requestId, code: v.code, field: v.field },
    }));
  }
  return [{ code: error.code ?? error.messageCode, messageCode: error.messageCode, severity: 'error', params: error.messageParams }];
}

/** A problem with fixed code and message (the engine's own: plan, register, run). */
export function problem(code: string, params: MessageParams = {}, field?: string, severity: 'error' | 'warning' = 'error'): RowProblem {
  return { code, messageCode: code, severity, params, ...(field !== undefined && { field }) };
}

/** The problems the plan puts on a row: one per conflicting field, or the duplicate. */
export function planProblems(row: PlannedRow): RowProblem[] {
  if (row.action === 'conflict') {
    const held = row.existing;
    return row.conflicts.map((field) =>
      problem('plan.conflict', { field, held: held === null ? '' : heldValue(held, field), clientId: held?.id ?? '' }, field),
    );
  }
  if (row.action === 'duplicate') {
    const field = row.matchedBy ?? identityField(row);
    return [problem('plan.duplicate', { row: row.duplicateOf ?? 0 }, field)];
  }
  return [];
}

function identityField(row: PlannedRow): string {
  if (row.draft.externalReference !== null) return 'externalReference';
  return row.draft.vatNumber !== null ? 'vatNumber' : 'companyNumber';
}

/** Whether a thrown value is one of the adapter's errors. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
