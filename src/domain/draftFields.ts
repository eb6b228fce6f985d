import type { ClientDraft } from './types.js';

/**
 * Exactly the contract's client fields, in a fixed order: the body a create sends (a retry must
 * send the same JSON value, for a replay) and what a row's content hash is made of. Nothing else
 * the given object carries (a Client's id, status …) comes along. No sharing is left out rather
 * than sent as null (the contract's default): a server of version 1 never sees the field, and a
 * row's hash stays what it was before sharing existed, so journals of earlier versions still match.
 */
export function draftFields(draft: ClientDraft): ClientDraft {
  return {
    legalName: draft.legalName,
    address: {
      street: draft.address.street,
      postalCode: draft.address.postalCode,
      city: draft.address.city,
      country: draft.address.country,
    },
    companyNumber: draft.companyNumber,
    vatNumber: draft.vatNumber,
    iban: draft.iban,
    bic: draft.bic,
    language: draft.language,
    contact: { name: draft.contact.name, email: draft.contact.email, language: draft.contact.language },
    assigneeEmails: [...draft.assigneeEmails],
    externalReference: draft.externalReference,
    ...(draft.documentSharing != null && {
      documentSharing: {
        enabled: draft.documentSharing.enabled,
        deliveryChannel: draft.documentSharing.deliveryChannel,
        email: draft.documentSharing.email,
      },
    }),
  };
}
