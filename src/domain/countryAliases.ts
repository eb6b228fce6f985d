/**
 * Country spellings that neither ISO 3166-1 nor the name data (CLDR, i18n-iso-countries) resolve the
 * way our users mean them. Kept as data so that adding one is a one-line change with a test.
 */

/** Two-letter values that are not ISO codes but that people use as if they were. */
export const COUNTRY_CODE_ALIASES: Readonly<Record<string, string>> = {
  // Common usage and the .uk domain; ISO reserves UK but assigns GB.
  UK: 'GB',
  // Greece's EU VAT prefix, so accountants type it in every column.
  EL: 'GR',
};

/**
 * Names → codes, matched on the same keys as the name index (case, accents and punctuation do not
 * count). Several codes make the name ambiguous on purpose ("Korea" is both Koreas).
 */
export const COUNTRY_NAME_ALIASES: readonly (readonly [string, readonly string[]])[] = [
  // Parts of the United Kingdom, as French, Dutch and German speakers often write for the whole.
  ['England', ['GB']],
  ['Angleterre', ['GB']],
  ['Engeland', ['GB']],
  ['Scotland', ['GB']],
  ['Écosse', ['GB']],
  ['Schotland', ['GB']],
  ['Schottland', ['GB']],
  ['Wales', ['GB']],
  ['Pays de Galles', ['GB']],
  ['Northern Ireland', ['GB']],
  ['Irlande du Nord', ['GB']],
  ['Noord-Ierland', ['GB']],
  ['Nordirland', ['GB']],
  ['Great Britain', ['GB']],
  ['Grande-Bretagne', ['GB']],
  ['Groot-Brittannië', ['GB']],
  ['Großbritannien', ['GB']],
  ['Holland', ['NL']],
  ['Hollande', ['NL']],
  ['USA', ['US']],
  ['U.S.A.', ['US']],
  ['U.S.', ['US']],
  ['Korea', ['KR', 'KP']],
  ['Corée', ['KR', 'KP']],
  // Official long forms (letterheads, registry extracts), absent from CLDR.
  ['Grand-Duché de Luxembourg', ['LU']],
  ['Grand Duchy of Luxembourg', ['LU']],
  ['Großherzogtum Luxemburg', ['LU']],
  ['Groothertogdom Luxemburg', ['LU']],
  ['Groussherzogtum Lëtzebuerg', ['LU']],
  ['Royaume de Belgique', ['BE']],
  ['Kingdom of Belgium', ['BE']],
  ['Koninkrijk België', ['BE']],
  ['Königreich Belgien', ['BE']],
  ['République française', ['FR']],
  ['French Republic', ['FR']],
  ['Französische Republik', ['FR']],
  ['Franse Republiek', ['FR']],
  ['Bundesrepublik Deutschland', ['DE']],
  ['Federal Republic of Germany', ['DE']],
  ['République fédérale d’Allemagne', ['DE']],
  ['Bondsrepubliek Duitsland', ['DE']],
  ['Koninkrijk der Nederlanden', ['NL']],
  ['Kingdom of the Netherlands', ['NL']],
  ['Royaume des Pays-Bas', ['NL']],
  ['Confédération suisse', ['CH']],
  ['Swiss Confederation', ['CH']],
  ['Schweizerische Eidgenossenschaft', ['CH']],
  ['Principauté de Monaco', ['MC']],
  ['Principality of Monaco', ['MC']],
];
