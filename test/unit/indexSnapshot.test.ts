import { createHash } from 'node:crypto';
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

/** An index as plain Maps, whatever its tables are: what a built and a read index are compared by. */
const asMaps = (index: NameIndex | undefined) => index && { exact: new Map(index.exact.entries()), folded: new Map(index.folded.entries()) };
const small = (entries: [string, string][]): NameIndex => ({ exact: new Map(entries), folded: new Map(entries.map(([k, v]) => [k.normalize('NFD').replace(/\p{M}/gu, ''), v])) });
const tiny: IndexSnapshot = {
  key: 'the key',
  locales: ['en', 'fr'],
  country: small([['belgique', 'BE'], ['lëtzebuerg', 'LU'], ['congo', 'CD CG']]),
  language: small([['français', 'fr']]),
};

/** A snapshot text with its body changed and its header's checksum made to fit: what only a bug could write. */
function withHeader(text: string, changeBody: (body: string) => string, headerChanges: object = {}): string {
  const at = text.indexOf('\n');
  const body = changeBody(text.slice(at + 1));
  const header = { ...(JSON.parse(text.slice(0, at)) as object), sha256: createHash('sha256').update(body).digest('hex'), ...headerChanges };
  return `${JSON.stringify(header)}\n${body}`;
}

describe('the name index snapshot', () => {
  it('is written by the build with exactly the indexes ICU gives this process', () => {
    const target = pathToFileURL(join(dir, 'indexSnapshot.txt'));
    // The writer (tools/) runs the compiled modules of dist/: its key is the one dist/ computes.
    const written = writeIndexSnapshot(target);
    expect(written.key).toBe(builtSnapshotKey(hasFullIcu()));
    const read = parseSnapshot(readFileSync(target, 'utf8'), written.key);
    expect(read).not.toBeNull();
    expect(read?.locales).toEqual(probeIcuLocales());
    expect(asMaps(read?.country)).toEqual(buildCountryIndex(hasFullIcu()));
    expect(asMaps(read?.language)).toEqual(buildLanguageIndex());
    // What users type finds the same countries through it.
    for (const name of ['Belgique', 'Letzebuerg', 'Allemagne', 'Royaume-Uni', 'Люксембург', 'Congo']) {
      expect(lookupName(read!.country, name)).toEqual(lookupName(buildCountryIndex(hasFullIcu()), name));
    }
  });

  it('reads back what it wrote', () => {
    const read = parseSnapshot(serialiseSnapshot(tiny), 'the key');
    expect(read?.locales).toEqual(tiny.locales);
    expect(asMaps(read?.country)).toEqual(tiny.country);
    expect(asMaps(read?.language)).toEqual(tiny.language);
    expect(lookupName(read!.country, 'Letzebuerg')).toEqual(['LU']);
    expect(lookupName(read!.country, 'Congo')).toEqual(['CD', 'CG']);
    expect(lookupName(read!.country, 'Atlantis')).toEqual([]);
  });

  it.each([
    ['made for another key (another ICU, release or index code)', serialiseSnapshot({ ...tiny, key: 'another key' })],
    ['cut short', serialiseSnapshot(tiny).slice(0, 60)],
    ['empty', ''],
    ['not an object', '[1, 2]'],
    ['null', 'null'],
    ['with a line changed after it was written', serialiseSnapshot(tiny).replace('belgique\tBE', 'belgique\tDE')],
    ['without its checksum', serialiseSnapshot(tiny).replace(/"sha256":"[0-9a-f]+"/, '"sha256":null')],
    ['with a table missing (checksum and all)', withHeader(serialiseSnapshot(tiny), (body) => body.split('\f').slice(1).join('\f'))],
    ['with a table too many (checksum and all)', withHeader(serialiseSnapshot(tiny), (body) => `${body}\fextra\tXX`)],
    ['with locales that are not strings', withHeader(serialiseSnapshot(tiny), (body) => body, { locales: [1] })],
    ['the JSON of the first release', JSON.stringify({ key: 'the key', locales: ['en'], country: { exact: [], folded: [] }, language: { exact: [], folded: [] } })],
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
