import type { MessageParams } from './domain/types.js';

/** The exit codes of decisions.md; exitCodeFor.ts decides which one a run ends with. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  validation: 3,
  auth: 4,
  partial: 5,
  unavailable: 6,
  interrupted: 130,
} as const;

/**
 * The one error hierarchy. Each error that ends a run carries its exit code (decisions.md) and a
 * message code rendered in the user's language by `renderMessage`; `exitCodeFor` (exitCodeFor.ts) is
 * the only place that turns an error or a run into an exit code.
 */
export abstract class BanqupImportError extends Error {
  abstract readonly exitCode: number;
  constructor(
    /** Message code in the catalogue, e.g. `input.not_spreadsheet`. */
    readonly code: string,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}

/** Bad flag or argument: exit 2. */
export class UsageError extends BanqupImportError {
  readonly exitCode = EXIT.usage;
}

/** Missing, unreadable or unrecognised input file or sheet: exit 2. */
export class InputError extends BanqupImportError {
  readonly exitCode = EXIT.usage;
}

/** Authentication or permission refused, or no Partner space: exit 4. */
export class AuthError extends BanqupImportError {
  readonly exitCode = EXIT.auth;
}

/** The API stayed unavailable or rate-limited beyond the retries: exit 6. */
export class ApiUnavailableError extends BanqupImportError {
  readonly exitCode = EXIT.unavailable;
}

/** The user interrupted the run: exit 130. */
export class InterruptedError extends BanqupImportError {
  readonly exitCode = EXIT.interrupted;
}
