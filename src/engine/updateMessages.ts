import type { MessageCatalogue, MessageParams } from '../domain/types.js';

const n = (p: MessageParams): number => Number(p.n ?? 0);

/** Messages and words of `--update` and `export` (issue 14), in every language the tool speaks. */
export const updateMessages: MessageCatalogue = {
  // Words of the tables.
  'plan.word.update': { en: () => 'update', fr: () => 'à modifier', nl: () => 'bijwerken', de: () => 'aktualisieren' },
  'status.updated': { en: () => 'updated', fr: () => 'modifié', nl: () => 'bijgewerkt', de: () => 'aktualisiert' },
  'count.plan.update': {
    en: (p) => `${n(p)} to update`,
    fr: (p) => `${n(p)} à modifier`,
    nl: (p) => `${n(p)} bij te werken`,
    de: (p) => `${n(p)} zu aktualisieren`,
  },
  'count.updated': {
    en: (p) => `${n(p)} updated`,
    fr: (p) => `${n(p)} ${n(p) <= 1 ? 'modifié' : 'modifiés'}`,
    nl: (p) => `${n(p)} bijgewerkt`,
    de: (p) => `${n(p)} aktualisiert`,
  },
  // One changed field under its row: `B Address: “12 rue de la Gare” → “14 rue de la Gare”`.
  'update.change': {
    en: (p) => `${p.column} ${p.header}: “${p.from}” → “${p.to}”`,
    fr: (p) => `${p.column} ${p.header} : « ${p.from} » → « ${p.to} »`,
    nl: (p) => `${p.column} ${p.header}: “${p.from}” → “${p.to}”`,
    de: (p) => `${p.column} ${p.header}: „${p.from}“ → „${p.to}“`,
  },
  'run.dry_run_update_ok': {
    en: (p) => `Dry run, nothing sent: ${p.create} to create, ${p.update} to update, ${p.existing} already in Banqup. Run without --dry-run (keep --update) to import.`,
    fr: (p) => `Essai, rien d’envoyé : ${p.create} à créer, ${p.update} à modifier, ${p.existing} déjà dans Banqup. Relancez sans --dry-run (gardez --update) pour importer.`,
    nl: (p) => `Proefrun, niets verzonden: ${p.create} aan te maken, ${p.update} bij te werken, ${p.existing} al in Banqup. Start zonder --dry-run (houd --update) om te importeren.`,
    de: (p) => `Probelauf, nichts gesendet: ${p.create} anzulegen, ${p.update} zu aktualisieren, ${p.existing} schon in Banqup. Ohne --dry-run (mit --update) importieren.`,
  },
  'update.empty': { en: () => '(empty)', fr: () => '(vide)', nl: () => '(leeg)', de: () => '(leer)' },

  // What stops an update, per row.
  'update.changed_elsewhere': {
    en: () => 'Changed in Banqup during the import (by someone else): nothing was overwritten. Check the client, then run again.',
    fr: () => 'Modifié dans Banqup pendant l’import (par quelqu’un d’autre) : rien n’a été écrasé. Vérifiez le client, puis relancez.',
    nl: () => 'Gewijzigd in Banqup tijdens de import (door iemand anders): niets is overschreven. Controleer de klant en start opnieuw.',
    de: () => 'Während des Imports in Banqup geändert (von jemand anderem): nichts wurde überschrieben. Prüfen Sie den Kunden, dann erneut starten.',
  },
  'update.key_changed': {
    en: (p) => `Banqup holds this client under “${p.held}”. A new key means another client, so nothing was updated.`,
    fr: (p) => `Banqup a ce client sous « ${p.held} ». Une nouvelle clé désigne un autre client : rien n’a été modifié.`,
    nl: (p) => `Banqup kent deze klant als “${p.held}”. Een nieuwe sleutel is een andere klant: er is niets bijgewerkt.`,
    de: (p) => `Banqup führt diesen Kunden unter „${p.held}“. Ein neuer Schlüssel ist ein anderer Kunde: nichts wurde aktualisiert.`,
  },
  'update.client_gone': {
    en: () => 'This client is no longer in Banqup: nothing was updated. Run again to create it.',
    fr: () => 'Ce client n’est plus dans Banqup : rien n’a été modifié. Relancez pour le créer.',
    nl: () => 'Deze klant staat niet meer in Banqup: er is niets bijgewerkt. Start opnieuw om hem aan te maken.',
    de: () => 'Dieser Kunde ist nicht mehr in Banqup: nichts wurde aktualisiert. Starten Sie erneut, um ihn anzulegen.',
  },
  'update.no_etag': {
    en: () => 'Banqup gave no version (ETag) for this client, so it cannot be updated safely. Nothing was changed.',
    fr: () => 'Banqup n’a pas donné de version (ETag) pour ce client : impossible de le modifier sans risque. Rien n’a été changé.',
    nl: () => 'Banqup gaf geen versie (ETag) voor deze klant: veilig bijwerken is niet mogelijk. Er is niets gewijzigd.',
    de: () => 'Banqup lieferte keine Version (ETag) für diesen Kunden: sicheres Aktualisieren ist nicht möglich. Nichts wurde geändert.',
  },
  'progress.update': { en: () => 'Updating clients', fr: () => 'Modification des clients', nl: () => 'Klanten bijwerken', de: () => 'Kunden aktualisieren' },

  // export
  'export.written': {
    en: (p) => `${n(p)} ${n(p) === 1 ? 'client' : 'clients'} of the space written to ${p.path}.`,
    fr: (p) => `${n(p)} ${n(p) <= 1 ? 'client' : 'clients'} de l’espace ${n(p) <= 1 ? 'écrit' : 'écrits'} dans ${p.path}.`,
    nl: (p) => `${n(p)} ${n(p) === 1 ? 'klant' : 'klanten'} van de ruimte geschreven naar ${p.path}.`,
    de: (p) => `${n(p)} ${n(p) === 1 ? 'Kunde' : 'Kunden'} des Bereichs in ${p.path} geschrieben.`,
  },
  'export.exists': {
    en: (p) => `${p.path} already exists: choose another name with -o, or add --force to replace it.`,
    fr: (p) => `${p.path} existe déjà : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer.`,
    nl: (p) => `${p.path} bestaat al: kies een andere naam met -o, of voeg --force toe om het te vervangen.`,
    de: (p) => `${p.path} existiert bereits: wählen Sie mit -o einen anderen Namen, oder ersetzen Sie sie mit --force.`,
  },
  'export.extension': {
    en: (p) => `Cannot export to ${p.path}: give a file ending in .xlsx, .csv or .json (or - for CSV on standard output).`,
    fr: (p) => `Impossible d’exporter vers ${p.path} : donnez un fichier en .xlsx, .csv ou .json (ou - pour du CSV sur la sortie standard).`,
    nl: (p) => `Kan niet exporteren naar ${p.path}: geef een bestand op .xlsx, .csv of .json (of - voor CSV op standaarduitvoer).`,
    de: (p) => `Export nach ${p.path} nicht möglich: geben Sie eine Datei auf .xlsx, .csv oder .json an (oder - für CSV auf der Standardausgabe).`,
  },
  'export.no_credentials': {
    en: () => 'export reads the space in Banqup: set BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET first.',
    fr: () => 'export lit l’espace dans Banqup : définissez d’abord BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET.',
    nl: () => 'export leest de ruimte in Banqup: stel eerst BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET in.',
    de: () => 'export liest den Bereich in Banqup: setzen Sie zuerst BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET.',
  },
  'export.status.ACTIVE': { en: () => 'active', fr: () => 'actif', nl: () => 'actief', de: () => 'aktiv' },
  'export.status.INACTIVE': { en: () => 'inactive', fr: () => 'inactif', nl: () => 'inactief', de: () => 'inaktiv' },
  'export.yes': { en: () => 'yes', fr: () => 'oui', nl: () => 'ja', de: () => 'ja' },
  'export.no': { en: () => 'no', fr: () => 'non', nl: () => 'nee', de: () => 'nein' },
  'export.sheet_name': { en: () => 'Clients', fr: () => 'Clients', nl: () => 'Klanten', de: () => 'Kunden' },
};
