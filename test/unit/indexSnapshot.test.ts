import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCountryIndex, hasFullIcu, probeIcuLocales } from '../../src/domain/countryIndex.js';
import { parseSnapshot, serialiseSnapshot, snapshotKey, type IndexSnapshot } from '../../src/domain/indexSnapshot.js';
import { buildLanguageIndex } from '../../src/domain/languageIndex.js';
import { lookupName, type NameIndex } from '../../src/domain/nameIndex.js';
import { snapshotKey as builtSnapshotKey } from '#dist/domain/indexSnapshot.js';
import { writeIndexSnapshot } from '../../tools/writeIndexSnapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'banqup-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const small = (entries: [string, string][]): NameIndex => ({ exact: new Map(entries), folded: new Map(entries.map(([k, v]) => [k.normalize('NFD').replace(/\p{M}/gu, ''), v])) });
const tiny: IndexSnapshot = {
  key: 'the key',
  locales: ['en', 'fr'],
  country: small([['belgique', 'BE'], ['lëtzebuerg', 'LU'], ['congo', 'CD CG']]),
  language: small([['français', 'fr']]),
};

describe('the name index snapshot', () => {
  it('is written by the build with exactly the indexes ICU gives this process', () => {
    const target = pathToFileURL(join(dir, 'indexSnapshot.json'));
    // The writer (tools/) runs the compiled modules of dist/: its key is the one dist/ computes.
    const written = writeIndexSnapshot(target);
    expect(written.key).toBe(builtSnapshotKey(hasFullIcu()));
    const read = parseSnapshot(readFileSync(target, 'utf8'), written.key);
    expect(read).not.toBeNull();
    expect(read?.locales).toEqual(probeIcuLocales());
    expect(read?.country).toEqual(buildCountryIndex(hasFullIcu()));
    expect(read?.language).toEqual(buildLanguageIndex());
    // What users type finds the same countries through it.
    for (const name of ['Belgique', 'Letzebuerg', 'Allemagne', 'Royaume-Uni', 'Люксембург', 'Congo']) {
      expect(lookupName(read!.country, name)).toEqual(lookupName(buildCountryIndex(hasFullIcu()), name));
    }
  });

  it('reads back what it wrote', () => {
    expect(parseSnapshot(serialiseSnapshot(tiny), 'the key')).toEqual(tiny);
    expect(lookupName(parseSnapshot(serialiseSnapshot(tiny), 'the key')!.country, 'Letzebuerg')).toEqual(['LU']);
  });

  it.each([
    ['made for another key (another ICU, release or index code)', serialiseSnapshot({ ...tiny, key: 'another key' })],
    ['cut short', serialiseSnapshot(tiny).slice(0, 60)],
    ['empty', ''],
    ['not an object', '[1, 2]'],
    ['null', 'null'],
    ['without the language index', JSON.stringify({ ...JSON.parse(serialiseSnapshot(tiny)), language: undefined })],
    ['with a pair that is not two strings', serialiseSnapshot(tiny).replace('["belgique","BE"]', '["belgique",7]')],
    ['with locales that are not strings', JSON.stringify({ ...JSON.parse(serialiseSnapshot(tiny)), locales: [1] })],
  ])('is not used when it is %s (the indexes are then built live)', (_label, text) => {
    expect(parseSnapshot(text, 'the key')).toBeNull();
  });

  it('is keyed by the ICU flavour and version, the i18n-iso-countries release and the index code', () => {
    const key = snapshotKey(true);
    expect(key).toContain(`icu ${process.versions.icu} full`);
    expect(key).toContain('i18n-iso-countries 7.');
    expect(key).toMatch(/\| [0-9a-f]{16}$/);
    expect(snapshotKey(false)).not.toBe(key);
    expect(snapshotKey(true)).toBe(key);
  });
});
