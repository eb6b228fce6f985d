/**
 * A client as the sandbox holds and serves it (banqup-api.md §4, contract version 2). The sandbox
 * keeps its own copy of the contract's shape rather than the adapter's types: it stands for the
 * server, so the two sides can disagree and the tests then show it.
 */

/** banqup-api.md §4: the client's and its contact's language. */
export type SandboxLanguage = 'fr' | 'en' | 'nl' | 'de';

/** The channels `documentSharing.deliveryChannel` accepts; any other name is 400 `unsupported`. */
export const DELIVERY_CHANNELS = ['BANQUP_FILES', 'EMAIL'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** Sharing the client's documents with the firm; with `enabled: false` the other two may be null. */
export interface DocumentSharing {
  readonly enabled: boolean;
  readonly deliveryChannel: DeliveryChannel | null;
  readonly email: string | null;
}

/** The two buttons of the web app once the client is ACTIVE; `banqupFiles` null while sharing is off. */
export interface ClientLinks {
  readonly banqup: string;
  readonly banqupFiles: string | null;
}

/** What create takes and PATCH may change: the client without its read-only fields. */
export interface SandboxClientDraft {
  readonly legalName: string;
  readonly address: { readonly street: string; readonly postalCode: string; readonly city: string; readonly country: string };
  readonly companyNumber: string | null;
  readonly vatNumber: string | null;
  readonly iban: string;
  readonly bic: string | null;
  readonly language: SandboxLanguage;
  readonly contact: { readonly name: string; readonly email: string; readonly language: SandboxLanguage };
  readonly assigneeEmails: readonly string[];
  readonly externalReference: string | null;
  readonly documentSharing: DocumentSharing | null;
}

export interface SandboxClient extends SandboxClientDraft {
  readonly id: string;
  readonly status: 'INACTIVE' | 'ACTIVE';
  readonly banqupSpaceId: string | null;
  readonly links: ClientLinks | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The fields only the server sets: refused in a create body (`unsupported`) and in a PATCH (`format`). */
export const READ_ONLY_FIELDS = ['id', 'status', 'banqupSpaceId', 'links', 'createdAt', 'updatedAt'] as const;

/** Only the contract's draft fields, in its order (the value was checked to hold no others); `documentSharing` left out is null. */
export function copyDraft(d: SandboxClientDraft): SandboxClientDraft {
  const sharing = d.documentSharing ?? null;
  return {
    legalName: d.legalName,
    address: { street: d.address.street, postalCode: d.address.postalCode, city: d.address.city, country: d.address.country },
    companyNumber: d.companyNumber,
    vatNumber: d.vatNumber,
    iban: d.iban,
    bic: d.bic,
    language: d.language,
    contact: { name: d.contact.name, email: d.contact.email, language: d.contact.language },
    assigneeEmails: [...d.assigneeEmails],
    externalReference: d.externalReference,
    documentSharing: sharing === null ? null : { enabled: sharing.enabled, deliveryChannel: sharing.deliveryChannel, email: sharing.email },
  };
}
