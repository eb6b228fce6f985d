import type { ColumnFinding, DeliveryChannel, DocumentSharing, MessageCatalogue, Normalised } from './types.js';

// Folded: lower case, no accents, no spaces, dots, dashes or underscores.
const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s._-]+/g, '');

// What people write for yes and no in the four languages of Banqup, and what spreadsheets store.
const YES = new Set(['yes', 'y', 'oui', 'o', 'ja', 'j', 'true', 'vrai', 'waar', 'wahr', '1', 'x', 'on']);
const NO = new Set(['no', 'n', 'non', 'nee', 'nein', 'false', 'faux', 'onwaar', 'falsch', '0', 'off']);

/** Column P "Share documents": yes or no in English, French, Dutch or German, 1/0, true/false. */
export function normaliseYesNo(input: string): Normalised<boolean> {
  const key = fold(input);
  if (key === '') return { value: null, findings: [] };
  if (YES.has(key)) return { value: true, findings: [] };
  if (NO.has(key)) return { value: false, findings: [] };
  return { value: null, findings: [{ code: 'sharing.yes_no', severity: 'error' }] };
}

// The channel names of the help article and of Banqup's history (Banqup Files was Billtobox Files).
const CHANNELS: Readonly<Record<string, DeliveryChannel>> = {
  banqupfiles: 'BANQUP_FILES',
  billtoboxfiles: 'BANQUP_FILES',
  files: 'BANQUP_FILES',
  email: 'EMAIL',
  mail: 'EMAIL',
  courriel: 'EMAIL',
};

/** Column Q "Delivery channel" and `--delivery-channel`: `banqup-files`, "Banqup Files", "Billtobox Files", `email`, "e-mail". */
export function normaliseDeliveryChannel(input: string): Normalised<DeliveryChannel> {
  const key = fold(input);
  if (key === '') return { value: null, findings: [] };
  const channel = CHANNELS[key];
  return channel === undefined ? { value: null, findings: [{ code: 'sharing.channel', severity: 'error' }] } : { value: channel, findings: [] };
}

/** The run's sharing (`--share-documents`, `--delivery-channel`), for rows that say nothing themselves. */
export interface SharingDefaults {
  readonly email?: string;
  readonly channel?: DeliveryChannel;
}

/** The three sharing cells of a row, normalised (null when empty or in error). */
export interface SharingCells {
  readonly share: boolean | null;
  readonly channel: DeliveryChannel | null;
  readonly email: string | null;
  /** Whether the cells were typed at all (a cell in error is typed). */
  readonly shareTyped: boolean;
  readonly channelTyped: boolean;
  readonly emailTyped: boolean;
}

/**
 * A row's document sharing (the help article's "Partager les documents avec votre cabinet
 * comptable"). The row's cells win over the run's flags: "no" turns it off whatever the flags say;
 * an empty "Share documents" takes the flags, or is "yes" when the row gives a sharing e-mail.
 * Sharing on needs the e-mail the firm uses to log in to Banqup Files: without one, an error on
 * the row's sharing e-mail cell, with the fix.
 */
export function resolveSharing(cells: SharingCells, defaults: SharingDefaults): { value: DocumentSharing | null; findings: ColumnFinding[] } {
  const findings: ColumnFinding[] = [];
  if (cells.share === false) return { value: null, findings };
  const implied = cells.share === null && !cells.shareTyped && (cells.emailTyped || cells.channelTyped) && defaults.email === undefined;
  const on = cells.share === true || defaults.email !== undefined || implied;
  if (!on || (cells.shareTyped && cells.share === null)) return { value: null, findings };
  if (implied) findings.push({ column: 'shareDocuments', code: 'sharing.implied', severity: 'warning' });
  const email = cells.email ?? defaults.email ?? null;
  if (email === null) {
    // A sharing e-mail typed but in error already has its own message.
    if (!cells.emailTyped) findings.push({ column: 'sharingEmail', code: 'sharing.email_required', severity: 'error' });
    return { value: null, findings };
  }
  if (cells.channelTyped && cells.channel === null) return { value: null, findings };
  return { value: { enabled: true, deliveryChannel: cells.channel ?? defaults.channel ?? 'BANQUP_FILES', email }, findings };
}

/** The same sharing, whatever way Banqup or the sheet says "off": null, absent, or enabled false. */
export function sharingKey(sharing: DocumentSharing | null | undefined): string {
  if (sharing === null || sharing === undefined || !sharing.enabled) return '';
  return `${sharing.deliveryChannel ?? ''} ${(sharing.email ?? '').toLowerCase()}`;
}

/** Messages of columns P–R (document sharing). */
export const sharingMessages: MessageCatalogue = {
  'sharing.yes_no': {
    en: () => 'Write yes or no (also oui/non, ja/nee, ja/nein, 1/0).',
    fr: () => 'Écrivez oui ou non (aussi yes/no, ja/nee, ja/nein, 1/0).',
    nl: () => 'Schrijf ja of nee (ook yes/no, oui/non, ja/nein, 1/0).',
    de: () => 'Schreiben Sie ja oder nein (auch yes/no, oui/non, ja/nee, 1/0).',
  },
  'sharing.channel': {
    en: () => 'Unknown delivery channel: write Banqup Files or e-mail.',
    fr: () => 'Canal de livraison inconnu : écrivez Banqup Files ou e-mail.',
    nl: () => 'Onbekend leveringskanaal: schrijf Banqup Files of e-mail.',
    de: () => 'Unbekannter Zustellkanal: Schreiben Sie Banqup Files oder E-Mail.',
  },
  'sharing.email_required': {
    en: () => 'Sharing documents needs the e-mail the firm uses to log in to Banqup Files: fill this cell, or run with --share-documents <e-mail>.',
    fr: () => 'Le partage des documents demande l’e-mail de connexion du cabinet à Banqup Files : remplissez cette cellule, ou lancez avec --share-documents <e-mail>.',
    nl: () => 'Documenten delen vraagt het e-mailadres waarmee het kantoor zich aanmeldt bij Banqup Files: vul deze cel in, of voer uit met --share-documents <e-mail>.',
    de: () => 'Das Teilen der Dokumente braucht die Anmelde-E-Mail der Kanzlei bei Banqup Files: Füllen Sie diese Zelle aus oder starten Sie mit --share-documents <E-Mail>.',
  },
  'sharing.implied': {
    en: () => 'Empty, but the row gives a sharing e-mail or channel: sharing is turned on. Write "no" to keep it off.',
    fr: () => 'Vide, mais la ligne donne un e-mail ou un canal de partage : le partage est activé. Écrivez « non » pour le laisser désactivé.',
    nl: () => 'Leeg, maar de rij geeft een e-mailadres of kanaal om te delen: delen wordt aangezet. Schrijf “nee” om het uit te laten.',
    de: () => 'Leer, aber die Zeile nennt eine E-Mail oder einen Kanal zum Teilen: Das Teilen wird eingeschaltet. Schreiben Sie „nein“, um es auszulassen.',
  },
};
