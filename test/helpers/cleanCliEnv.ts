import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the CLI keeps its journals in tests that give no --state-dir: never the developer's own state folder. */
export const TEST_STATE_HOME = join(tmpdir(), `banqup-import-test-state-${process.pid}`);

/**
 * The environment every test runs the CLI in: the test run's PATH and HOME, an English UTF-8
 * locale, no colour and a state folder of the test run's own, so that what the CLI prints and
 * keeps does not depend on the machine's settings; then `env` on top, where `undefined` removes
 * a variable (NO_COLOR, to test colour).
 */
export function cleanCliEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const merged: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    XDG_STATE_HOME: TEST_STATE_HOME,
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    ...env,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}
