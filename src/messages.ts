import { apiMessages } from './api/apiMessages.js';
import { bicMessages } from './domain/bic.js';
import { companyNumberMessages } from './domain/companyNumber.js';
import { countryMessages } from './domain/country.js';
import { crossFieldMessages } from './domain/crossFieldRules.js';
import { sharingMessages } from './domain/documentSharing.js';
import { emailMessages } from './domain/email.js';
import { ibanMessages } from './domain/iban.js';
import { languageMessages } from './domain/language.js';
import { postalCodeMessages } from './domain/postalCode.js';
import { rowMessages } from './domain/rowMessages.js';
import type { Lang, MessageCatalogue, MessageParams, MessageTemplate } from './domain/types.js';
import { vatMessages } from './domain/vat.js';
import { cliMessages } from './cliMessages.js';
import { addActivateMessages } from './commands/addActivateMessages.js';
import { engineMessages } from './engine/engineMessages.js';
import { updateMessages } from './engine/updateMessages.js';
import { mappingMessages } from './input/mappingMessages.js';
import { readerMessages } from './input/readerMessages.js';
import { sandboxMessages } from './sandbox/sandboxMessages.js';
import { reportMessages } from './report/reportText.js';
import { pacingMessages } from './report/pacingMessages.js';

/** Every catalogue of the tool, merged into the one table that renderMessage reads. */
const CATALOGUES: readonly MessageCatalogue[] = [
  countryMessages,
  languageMessages,
  companyNumberMessages,
  vatMessages,
  ibanMessages,
  bicMessages,
  emailMessages,
  postalCodeMessages,
  crossFieldMessages,
  sharingMessages,
  rowMessages,
  readerMessages,
  mappingMessages,
  reportMessages,
  cliMessages,
  apiMessages,
  engineMessages,
  updateMessages,
  sandboxMessages,
  addActivateMessages,
  pacingMessages,
];

const table = Object.create(null) as Record<string, MessageTemplate>;
for (const catalogue of CATALOGUES) Object.assign(table, catalogue);
const CATALOGUE: MessageCatalogue = Object.freeze(table);

/** Every message code the tool can print; tests check that each has every language of LANGS. */
export function messageCodes(): string[] {
  return Object.keys(CATALOGUE);
}

/** Renders a message code in the user's language; an unknown code is a bug, but must still print something useful. */
export function renderMessage(code: string, params: MessageParams, lang: Lang): string {
  const template = CATALOGUE[code];
  if (!template) return `${code} ${JSON.stringify(params)}`;
  return template[lang](params);
}

/** A renderer bound to one language, as the report functions take it. */
export function rendererFor(lang: Lang): (code: string, params: MessageParams) => string {
  return (code, params) => renderMessage(code, params, lang);
}
