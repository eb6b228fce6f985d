/**
 * The environment every test runs the CLI in: the test run's PATH and HOME, an English UTF-8
 * locale and no colour, so that what the CLI prints does not depend on the machine's settings;
 * then `env` on top, where `undefined` removes a variable (NO_COLOR, to test colour).
 */
export function cleanCliEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const merged: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    ...env,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}
