import { describe, expect, it } from 'vitest';
import { mappingMessages } from '../../src/input/mappingMessages.js';
import { messageCodes, renderMessage } from '../../src/messages.js';
import { itRendersEveryMessage } from '../helpers/expectCatalogue.js';

const PARAMS = {
  value: 'N° RCS', header: 'N° RCS', target: 'RCS', last: 'R', path: 'export.json', reason: 'EACCES', first: 'N° RCS', second: 'Registre',
  column: 'companyNumber', mapped: 'N° RCS', other: 'RCS', leaveOut: '--map "RCS=-"', sheet: 'Clients', headers: '"Dénomination", "N° RCS"',
  missing: 'iban,companyNumber|vatNumber', count: 2, columns: 'S "N° RCS"', suggested: 'S "N° RCS"', targets: 'companyNumber',
  maps: '--map "N° RCS=F"', example: '--map "N° RCS=F"', letter: 'S', kind: 'iban', map: '--map "Banque=H"', yes: 'oui', no: 'non',
};

describe('mappingMessages', () => {
  itRendersEveryMessage(mappingMessages, PARAMS);

  // LANGS holds en and fr until the catalogues are translated; this catalogue has Dutch and German already.
  it.each(Object.keys(mappingMessages))('%s: Dutch and German too, with the values English shows', (code) => {
    const template = mappingMessages[code]!;
    for (const lang of ['nl', 'de'] as const) {
      const render = template[lang];
      expect(typeof render, lang).toBe('function');
      const text = render(PARAMS);
      expect(text).not.toMatch(/undefined|NaN|\[object|\$\{|'/);
      for (const value of ['N° RCS', '--map "N° RCS=F"', 'export.json'].filter((v) => template.en(PARAMS).includes(v))) expect(text, lang).toContain(value);
    }
  });

  it('is part of the tool-wide catalogue, and takes no key of another catalogue', () => {
    const all = messageCodes();
    for (const code of Object.keys(mappingMessages)) expect(all).toContain(code);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['en', 'Sheet "Clients" has no column H IBAN, F RCS or G VAT of the template'],
    ['fr', 'La feuille « Clients » n’a pas de colonne H IBAN, F RCS ou G TVA du modèle'],
  ] as const)('names the missing columns in the language (%s)', (lang, start) => {
    expect(renderMessage('mapping.missing_columns', PARAMS, lang)).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('says what the cells look like in the language', () => {
    expect(renderMessage('file.column_looks_like', PARAMS, 'fr')).toBe(
      'La colonne S « N° RCS » n’est pas dans le modèle et n’a pas été importée, mais ses cellules ressemblent à des IBAN : pour l’importer comme F RCS, ajoutez --map "Banque=H".',
    );
  });
});
