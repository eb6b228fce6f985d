import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { mapFlag, mappingFor, mappingTarget, mergeMappings, parseMapFlag, parseMappingFile, usedMapping, type MappingEntry } from '../../src/input/columnMapping.js';

const entry = (header: string, target: MappingEntry['target'], source: MappingEntry['source'] = 'map'): MappingEntry => ({ header, target, source });

/** The code and params of the UsageError `run` throws. */
function refusal(run: () => unknown): { code: string; params: object } {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('nothing was refused');
}

describe('mappingTarget: a letter, an API field or a key, in any case; - leaves out', () => {
  it.each([
    ['F', 'companyNumber'],
    ['f', 'companyNumber'],
    [' N ', 'assigneeEmails'],
    ['legalName', 'legalName'],
    ['LEGALNAME', 'legalName'],
    ['address.postalCode', 'postalCode'],
    ['postalCode', 'postalCode'],
    ['contact.email', 'contactEmail'],
    ['documentSharing.deliveryChannel', 'deliveryChannel'],
    ['-', null],
    ['Z', undefined],
    ['RCS number', undefined],
    ['', undefined],
  ])('%j → %j', (text, key) => {
    expect(mappingTarget(text)).toBe(key);
  });
});

describe('parseMapFlag', () => {
  it.each([
    ['N° RCS=F', { header: 'N° RCS', target: 'companyNumber' }],
    ['Dénomination=legalName', { header: 'Dénomination', target: 'legalName' }],
    ['  Code postal  =  C ', { header: 'Code postal', target: 'postalCode' }],
    ['Remarques=-', { header: 'Remarques', target: null }],
    // The last "=" splits: a header may hold one.
    ['Solde = débit=-', { header: 'Solde = débit', target: null }],
  ])('%j', (raw, expected) => {
    expect(parseMapFlag(raw)).toEqual({ ...expected, source: 'map' });
  });

  it.each([
    ['N° RCS', 'mapping.bad_map'],
    ['=F', 'mapping.bad_map'],
    ['N° RCS=', 'mapping.bad_map'],
    ['* =F', 'mapping.bad_map'],
    ['N° RCS=Z', 'mapping.unknown_target'],
    ['N° RCS=rcs', 'mapping.unknown_target'],
  ])('refuses %j (%s, exit 2)', (raw, code) => {
    expect(refusal(() => parseMapFlag(raw)).code).toBe(code);
    expect(() => parseMapFlag(raw)).toThrow(UsageError);
  });
});

describe('parseMappingFile', () => {
  it('reads letters, fields, "-" and null, with or without a byte-order mark', () => {
    const text = '\uFEFF{"N° RCS": "F", "Dénomination": "legalName", "Notes": "-", "Téléphone": null}';
    expect(parseMappingFile(text, 'm.json')).toEqual([
      entry('N° RCS', 'companyNumber', 'file'),
      entry('Dénomination', 'legalName', 'file'),
      entry('Notes', null, 'file'),
      entry('Téléphone', null, 'file'),
    ]);
  });

  it('keeps a "__proto__" header a plain entry', () => {
    expect(parseMappingFile('{"__proto__": "A"}', 'm.json')).toEqual([entry('__proto__', 'legalName', 'file')]);
    expect(({} as Record<string, unknown>).legalName).toBeUndefined();
  });

  it.each([
    ['{x', 'mapping.file_not_json'],
    ['', 'mapping.file_not_json'],
    ['["F"]', 'mapping.file_not_object'],
    ['null', 'mapping.file_not_object'],
    ['"F"', 'mapping.file_not_object'],
    ['{"N° RCS": 6}', 'mapping.file_bad_entry'],
    ['{"N° RCS": ["F"]}', 'mapping.file_bad_entry'],
    ['{"": "F"}', 'mapping.file_bad_entry'],
    ['{"N° RCS": "RCS"}', 'mapping.unknown_target'],
  ])('refuses %j (%s)', (text, code) => {
    const refused = refusal(() => parseMappingFile(text, 'm.json'));
    expect(refused.code).toBe(code);
    if (code.startsWith('mapping.file')) expect(refused.params).toMatchObject({ path: 'm.json' });
  });
});

describe('mergeMappings: the file, then --map, then the prompt', () => {
  it('a later source wins for the same header, matched as the reader matches headers', () => {
    const merged = mergeMappings([entry('N° RCS', 'vatNumber', 'file'), entry('Nom', 'legalName', 'file')], [entry('n° rcs *', 'companyNumber')]);
    expect(mappingFor(merged, 'N° RCS')).toEqual(entry('n° rcs *', 'companyNumber'));
    expect(mappingFor(merged, 'NOM')?.target).toBe('legalName');
    expect(merged.size).toBe(2);
  });

  it('the same header twice in one source with the same target is one entry', () => {
    expect(mergeMappings([entry('N° RCS', 'companyNumber'), entry('N° RCS', 'companyNumber')]).size).toBe(1);
  });

  it.each([
    {
      what: 'one header, two targets in --map',
      sources: [[entry('N° RCS', 'companyNumber'), entry('n° rcs', 'vatNumber')]],
      code: 'mapping.header_twice',
      params: { header: 'n° rcs', first: 'F', second: 'G' },
    },
    {
      what: 'two headers for one column in --map',
      sources: [[entry('N° RCS', 'companyNumber'), entry('Registre', 'companyNumber')]],
      code: 'mapping.two_headers',
      params: { first: 'N° RCS', second: 'Registre', column: 'companyNumber' },
    },
    {
      what: 'two headers for one column across the file and --map',
      sources: [[entry('Registre', 'companyNumber', 'file')], [entry('N° RCS', 'companyNumber')]],
      code: 'mapping.two_headers',
      params: { first: 'Registre', second: 'N° RCS' },
    },
  ])('refuses $what', ({ sources, code, params }) => {
    const refused = refusal(() => mergeMappings(...sources));
    expect(refused).toMatchObject({ code, params });
  });

  it('two headers left out are no conflict', () => {
    expect(mergeMappings([entry('Notes', null), entry('Téléphone', null)]).size).toBe(2);
  });
});

describe('the --map shown in messages and the mapping saved', () => {
  it.each([
    ['N° RCS', 'companyNumber', '--map "N° RCS=F"'],
    ['Notes', null, '--map "Notes=-"'],
    ['Say "hi" $HOME', 'legalName', '--map "Say \\"hi\\" \\$HOME=A"'],
  ] as const)('%j → %s', (header, target, shown) => {
    expect(mapFlag(header, target)).toBe(shown);
  });

  it('saves every column read by API field in template order, then those left out', () => {
    const columns = {
      companyNumber: { index: 5, letter: 'F', header: 'N° RCS' },
      legalName: { index: 0, letter: 'A', header: 'Dénomination' },
      postalCode: { index: 2, letter: 'C', header: 'Code postal' },
    };
    const used = usedMapping(columns, mergeMappings([entry('N° RCS', 'companyNumber'), entry('Téléphone', null)]));
    expect(Object.entries(used)).toEqual([
      ['Dénomination', 'legalName'],
      ['Code postal', 'address.postalCode'],
      ['N° RCS', 'companyNumber'],
      ['Téléphone', '-'],
    ]);
  });
});
