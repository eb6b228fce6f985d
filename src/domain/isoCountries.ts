import { createRequire } from 'node:module';
import type * as IsoCountryModule from 'i18n-iso-countries';

type IsoCountries = typeof IsoCountryModule;

const require = createRequire(import.meta.url);

/**
 * i18n-iso-countries without its locales (the package's index.js): the codes need none, and the
 * package's entry registers 80 locale files, 30 ms of every start-up.
 */
export const isoCodes = require('i18n-iso-countries/index.js') as IsoCountries;

/**
 * The same library with every locale registered, loaded on first need: the names, for building the
 * index live, suggestions and messages without full ICU. (The entry registers them on the index's
 * one instance.)
 */
export function isoNames(): IsoCountries {
  return require('i18n-iso-countries') as IsoCountries;
}
