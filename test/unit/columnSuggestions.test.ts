import { describe, expect, it } from 'vitest';
import type { ColumnKey } from '../../src/domain/types.js';
import { COLUMNS } from '../../src/input/columns.js';
import { suggestByHeader } from '../../src/input/headerResemblance.js';
import { suggestByValues, valueKinds } from '../../src/input/valueResemblance.js';

const ALL_MISSING = new Set<ColumnKey>(COLUMNS.map((c) => c.key));
const missing = (...keys: ColumnKey[]) => new Set<ColumnKey>(keys);

describe('suggestByHeader: an unknown header like a template column’s name, in any of the four languages', () => {
  it.each<[string, ColumnKey]>([
    ['N° RCS', 'companyNumber'],
    ['N°RCS', 'companyNumber'],
    ['E-mails des assignés', 'assigneeEmails'],
    ['Zuständige E-Mails', 'assigneeEmails'],
    ['Code postal client', 'postalCode'],
    ['Postleitzal', 'postalCode'],
    ['Ondernemingsnr', 'companyNumber'],
    ['Numéro de TVA intracom', 'vatNumber'],
    ['BTW nr', 'vatNumber'],
    ['Dénomination sociale', 'legalName'],
    ['Adresse du siège', 'street'],
    ['Ville du siège', 'city'],
    ['Pays ISO', 'country'],
    ['IBAN principal', 'iban'],
    ['Langue de correspondance', 'language'],
    ['Nom du contact principal', 'contactName'],
    ['Kundennummer intern', 'externalReference'],
  ])('%j → %s', (header, key) => {
    expect(suggestByHeader(header, ALL_MISSING)?.key).toBe(key);
  });

  it.each(['Notes', 'Téléphone', 'Date de création', 'Prénom', 'Code interne', 'Solde', ''])('%j resembles nothing', (header) => {
    expect(suggestByHeader(header, ALL_MISSING)).toBeUndefined();
  });

  it('suggests only a column the sheet lacks, and nothing when the closest one is there already', () => {
    expect(suggestByHeader('N° RCS', missing('vatNumber'))).toBeUndefined();
    // "Nom du contact principal" is closest to Contact name: with that column present, not a Client name.
    expect(suggestByHeader('Nom du contact principal', missing('legalName'))).toBeUndefined();
  });
});

describe('suggestByValues: cells recognised by the domain validators', () => {
  it.each<[string, string[], string[]]>([
    ['IBANs', ['LU28 0019 4006 4475 0000', 'BE68539007547034'], ['iban']],
    ['IBANs with one typo among them', ['LU28 0019 4006 4475 0000', 'BE68539007547034', 'FR1420041010050500013M02606', 'DE89370400440532013000', 'LU28 0019 4006 4475 000'], ['iban']],
    ['VAT numbers with their prefix', ['LU15027442', 'BE0123456749'], ['vat']],
    ['BICs in capitals', ['BCEELULL', 'BGLLLULL'], ['bic']],
    ['e-mail addresses', ['anne@schmit.lu', 'jean@boulangerie.lu'], ['email']],
    ['lists of e-mail addresses', ['compta@fid.lu; paie@fid.lu', 'compta@fid.lu'], ['emails']],
    ['ISO country codes', ['LU', 'BE', 'FR'], ['country']],
    ['language codes with a region', ['fr-BE', 'nl_BE', 'de-LU'], ['language']],
    ['names (only codes are looked at: a name would build the name indexes for any column of words)', ['Français', 'Luxembourg'], []],
    ['codes both countries and languages', ['fr', 'nl', 'de'], ['country', 'language']],
    ['words that only have a BIC’s shape', ['virement', 'domiciliation'], []],
    ['register numbers (need a country: not guessed)', ['B123456', 'B654321'], []],
    ['phone numbers', ['+352 12 34 56', '+32 2 123 45 67'], []],
    ['nothing', [], []],
  ])('%s', (_what, samples, kinds) => {
    expect(valueKinds(samples)).toEqual(kinds);
  });

  it.each<[string, string[], ColumnKey[], ColumnKey | undefined]>([
    ['IBANs fill H', ['LU28 0019 4006 4475 0000'], ['iban'], 'iban'],
    ['IBANs with H present suggest nothing', ['LU28 0019 4006 4475 0000'], ['bic'], undefined],
    ['one address a cell: the contact first', ['anne@schmit.lu'], ['contactEmail', 'assigneeEmails'], 'contactEmail'],
    ['one address a cell, contact present: the assignees', ['anne@schmit.lu'], ['assigneeEmails', 'sharingEmail'], 'assigneeEmails'],
    ['several addresses a cell: the assignees only', ['a@fid.lu; b@fid.lu'], ['contactEmail', 'assigneeEmails'], 'assigneeEmails'],
    ['fr/nl/de with only the language missing', ['fr', 'nl', 'de'], ['language'], 'language'],
    ['fr/nl/de with only the country missing', ['fr', 'nl', 'de'], ['country'], 'country'],
    ['fr/nl/de with both missing: ambiguous', ['fr', 'nl', 'de'], ['country', 'language'], undefined],
    ['languages, J present: L', ['fr', 'de'], ['contactLanguage'], 'contactLanguage'],
  ])('%s', (_what, samples, absent, key) => {
    expect(suggestByValues(samples, missing(...absent))?.key).toBe(key);
  });
});
