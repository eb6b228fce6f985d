// Preloaded into the CLI (NODE_OPTIONS=--import): writes the URL of every module the run loads to
// the file MODULE_RECORD names, the ES modules as they load (through a loader hook) and the
// CommonJS ones from require's cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const record = process.env.MODULE_RECORD;
if (record) {
  register(new URL('./moduleRecorderHooks.mjs', import.meta.url), { data: { record } });
  const { cache } = createRequire(import.meta.url);
  process.on('exit', () => {
    appendFileSync(record, Object.keys(cache).map((path) => `${pathToFileURL(path).href}\n`).join(''));
  });
}
