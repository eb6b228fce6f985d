import { InterruptedError } from '../errors.js';
import type { Io } from '../io.js';

// The one prompt library (@inquirer/prompts), on the process's own streams: questions go to
// stderr, so that stdout stays the product. Loaded only when someone is asked something.

/** Ctrl-C in a prompt (inquirer's ExitPromptError) or the run's abort (AbortPromptError): nothing was changed. */
function interruptedFrom(error: unknown): unknown {
  const name = error instanceof Error ? error.name : '';
  return name === 'ExitPromptError' || name === 'AbortPromptError' ? new InterruptedError('interrupted.nothing_changed') : error;
}

function contextOf(io: Io): { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal?: AbortSignal } {
  return { input: io.stdin, output: io.stderr as unknown as NodeJS.WritableStream, ...(io.signal !== undefined && { signal: io.signal }) };
}

/** Asks for one line of text; `required` refuses an empty answer with that message. */
export async function askText(io: Io, message: string, required: string | null): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  try {
    const answer = await input({ message, ...(required !== null && { validate: (value: string) => (value.trim() === '' ? required : true) }) }, contextOf(io));
    return answer.trim();
  } catch (error) {
    throw interruptedFrom(error);
  }
}

/** Asks a yes/no question; the default is no. */
export async function askConfirm(io: Io, message: string): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  try {
    return await confirm({ message, default: false }, contextOf(io));
  } catch (error) {
    throw interruptedFrom(error);
  }
}
