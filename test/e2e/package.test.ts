import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runCli.js';

// What `npm pack` would put in the package: the product only (issue 10). --ignore-scripts: the
// prepack build must not rewrite dist/ under the other tests; `npm test` has just built it.

/** npm itself: the one running `npm test` when there is one, else the one on PATH. */
function npmCommand(args: readonly string[]): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli !== undefined && cli.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', [...args]];
}

let files: string[] = [];

beforeAll(async () => {
  const [command, args] = npmCommand(['pack', '--dry-run', '--json', '--ignore-scripts']);
  const { stdout } = await promisify(execFile)(command, args, { cwd: ROOT, maxBuffer: 1 << 24 });
  const [pack] = JSON.parse(stdout) as { files: { path: string }[] }[];
  files = (pack?.files ?? []).map((f) => f.path).sort();
});

describe('npm pack', () => {
  it('carries the entry points and the name index snapshot the runtime reads', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/banqup-import', 'dist/cli.js', 'dist/main.js', 'dist/domain/indexSnapshot.txt', 'README.md', 'package.json']));
  });

  it('carries no bench, demo, build tool, test, source or build leftover', () => {
    const unwanted = files.filter(
      (path) =>
        /(^|\/)(bench|demo|tools|build-tools|test|src|fixtures|\.bench|\.reliability)\//.test(path) ||
        /writeIndexSnapshot|\.tsbuildinfo$|\.ts$|\.map$|\.test\./.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('carries the blank template in each of its languages, for firms to hand out without the CLI', () => {
    expect(files).toEqual(expect.arrayContaining(['templates/clients-de.xlsx', 'templates/clients-en.xlsx', 'templates/clients-fr.xlsx', 'templates/clients-nl.xlsx']));
  });

  it('carries nothing but bin/, the compiled dist/, the templates, the README and package.json', () => {
    const other = files.filter(
      (path) => !/^(bin\/banqup-import|README\.md|package\.json|dist\/[\w/]+\.js|dist\/domain\/indexSnapshot\.txt|templates\/clients-(en|fr|nl|de)\.xlsx)$/.test(path),
    );
    expect(other).toEqual([]);
  });
});
