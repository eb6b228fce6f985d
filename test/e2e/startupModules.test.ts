import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'banqup-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RECORDER = new URL('../helpers/moduleRecorder.mjs', import.meta.url).href;

// Countries and languages as names: the check needs the name indexes.
const sheet = join(dir, 'clients.csv');
writeFileSync(
  sheet,
  [
    'Client name;Address;ZIP;City;Country;RCS;VAT;IBAN;BIC;Language;Contact name;Contact language;Contact email;Assignee emails',
    'Boulangerie Schmit S.à r.l.;1 rue de la Gare;L-1611;Luxembourg;Luxembourg;B123456;LU15027442;LU28 0019 4006 4475 0000;BCEELULL;Français;Anne Schmit;fr;anne@schmit.example;',
    'Brasserie du Parc SRL;Avenue Louise 1;1050;Ixelles;Belgique;0403.170.701;;BE68 5390 0754 7034;;Nederlands;Luc Peeters;Deutsch;luc@parc.example;',
  ].join('\r\n'),
);

/** The URLs of the modules a run of the CLI loads. */
async function modulesLoadedBy(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; loaded: string[] }> {
  const record = join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(record, '');
  const result = await runCli(args, { env: { NODE_OPTIONS: `--import ${RECORDER}`, MODULE_RECORD: record, ...env } });
  return { code: result.code, loaded: readFileSync(record, 'utf8').split('\n').filter(Boolean) };
}

const heavy = (loaded: readonly string[]) => loaded.filter((url) => /\/node_modules\/(zod|ora|chalk)\/|\/i18n-iso-countries\/langs\//.test(url));

describe('start-up: what a check loads', () => {
  it('a dry run into a pipe loads neither zod, ora nor chalk, nor the 80 locale files of country names', async () => {
    const { code, loaded } = await modulesLoadedBy([sheet, '--dry-run']);
    expect(code).toBe(0);
    // The recorder sees the run's own modules and the packages it does need.
    expect(loaded.some((url) => url.endsWith('/dist/domain/email.js'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/i18n-iso-countries/index.js'))).toBe(true);
    expect(heavy(loaded)).toEqual([]);
  });

  it('loads chalk when colour is asked for (the recorder would see the others too)', async () => {
    const { code, loaded } = await modulesLoadedBy([sheet, '--dry-run', '--color'], { NO_COLOR: undefined });
    expect(code).toBe(0);
    expect(loaded.some((url) => url.includes('/node_modules/chalk/'))).toBe(true);
    expect(heavy(loaded).filter((url) => !url.includes('/node_modules/chalk/'))).toEqual([]);
  });
});
