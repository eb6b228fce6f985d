import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Regression (issue 4, ctrlCStorm): cli.ts installed its SIGINT handler only once the whole
// program had loaded (a second or more on a loaded machine: the country index is built at load),
// so a Ctrl-C in that time killed the process by the signal instead of exiting 130. The handlers
// now come first. Here the program's loading is held up on purpose (a module hook delays
// dist/main.js and says when it starts to), and a Ctrl-C sent then must give exit 130.

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'banqup-cli-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Ctrl-C while the CLI is still loading', () => {
  it('exits 130 (not killed by the signal) and prints nothing', async () => {
    const hooks = join(dir, 'hooks.mjs');
    const loading = join(dir, 'loading-main');
    writeFileSync(
      hooks,
      `import { writeFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.endsWith('/dist/main.js')) {
    writeFileSync(${JSON.stringify(loading)}, 'now');
    await new Promise((r) => setTimeout(r, 1000));
  }
  return next(url, context);
}\n`,
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const child = spawn(process.execPath, ['--import', pathToFileURL(register).href, CLI, '--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + 20_000;
    while (!existsSync(loading) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    const result = await done;
    expect(result).toEqual({ code: 130, signal: null });
    expect(out).toBe('');
  }, 30_000);

  it('a Ctrl-C while the process winds down ends it with the run’s own code, not by the signal', async () => {
    // Regression (issue 4, ctrlCStorm): after main returned, cli.ts removed its handlers while the
    // process still had sockets to close; a late second Ctrl-C then killed it by the signal. Here a
    // preload holds the process a second once the program is done ('beforeExit'), and says so.
    const done = join(dir, 'winding-down');
    const preload = join(dir, 'hold.mjs');
    writeFileSync(
      preload,
      `import { writeFileSync } from 'node:fs';
let held = false;
process.on('beforeExit', () => {
  if (held) return;
  held = true;
  writeFileSync(${JSON.stringify(done)}, 'now');
  setTimeout(() => {}, 1500);
});\n`,
    );
    const child = spawn(process.execPath, ['--import', pathToFileURL(preload).href, CLI, '--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + 20_000;
    while (!existsSync(done) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    expect(await ended).toEqual({ code: 0, signal: null });
    expect(out).toMatch(/\d+\.\d+\.\d+/);
  }, 30_000);
});
