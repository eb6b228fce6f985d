import type { MessageCatalogue, MessageParams } from '../domain/types.js';
import { kindDe, kindEn, kindFr, kindNl } from '../report/reportText.js';

const n = (p: MessageParams): number => Number(p.n ?? 0);
/** French: 0 and 1 take the singular. */
const frPlural = (p: MessageParams, one: string, many: string): string => `${n(p)} ${n(p) <= 1 ? one : many}`;
const enPlural = (p: MessageParams, one: string, many: string): string => `${n(p)} ${n(p) === 1 ? one : many}`;
/** Dutch and German: as English, only 1 takes the singular. */
const nlPlural = enPlural;
const dePlural = enPlural;

/** Messages and words of the import engine and the `import`/`status` commands, in every language. */
export const engineMessages: MessageCatalogue = {
  // The plan, per row.
  'plan.conflict': {
    en: (p) => `Banqup already holds this client with another value here${p.held ? ` ("${p.held}")` : ''}; nothing was changed. Make them match, then run again.`,
    fr: (p) => `Banqup a déjà ce client avec une autre valeur ici${p.held ? ` (« ${p.held} »)` : ''} ; rien n’a été modifié. Alignez-les, puis relancez.`,
    nl: (p) => `Banqup heeft deze klant al met een andere waarde hier${p.held ? ` (“${p.held}”)` : ''}; er is niets gewijzigd. Stem ze af en voer opnieuw uit.`,
    de: (p) => `Banqup führt diesen Kunden hier mit anderem Wert${p.held ? ` („${p.held}“)` : ''}; nichts geändert. Gleichen Sie ab und starten Sie neu.`,
  },
  'plan.duplicate': {
    en: (p) => `Same Banqup client as row ${p.row}: each client once. Remove one of the two rows.`,
    fr: (p) => `Même client Banqup qu’à la ligne ${p.row} : un client une seule fois. Supprimez l’une des deux lignes.`,
    nl: (p) => `Dezelfde Banqup-klant als rij ${p.row}: elke klant één keer. Verwijder een van beide rijen.`,
    de: (p) => `Derselbe Banqup-Kunde wie in Zeile ${p.row}: jeden Kunden nur einmal. Löschen Sie eine der beiden Zeilen.`,
  },
  'registry.not_found': {
    en: () => 'This RCS number does not exist in the Luxembourg business register: check it (e.g. B123456).',
    fr: () => 'Ce numéro RCS n’existe pas au registre de commerce luxembourgeois : vérifiez-le (p. ex. B123456).',
    nl: () => 'Dit RCS-nummer bestaat niet in het Luxemburgse handelsregister: controleer het (bv. B123456).',
    de: () => 'Diese RCS-Nummer gibt es im luxemburgischen Handelsregister nicht: Prüfen Sie sie (z. B. B123456).',
  },
  'registry.unknown': {
    en: () => 'Could not check this RCS number: the register did not answer. Banqup checks it on import.',
    fr: () => 'Numéro RCS non vérifié : le registre n’a pas répondu. Banqup le vérifiera lors de l’import.',
    nl: () => 'RCS-nummer niet gecontroleerd: het register antwoordde niet. Banqup controleert het bij de import.',
    de: () => 'RCS-Nummer nicht geprüft: Das Register hat nicht geantwortet. Banqup prüft sie beim Import.',
  },
  'provision.failed_final': {
    en: (p) => `Banqup could not activate this client (${p.code}): it no longer finds it. Run again to create it.`,
    fr: (p) => `Banqup n’a pas pu activer ce client (${p.code}) : il ne le trouve plus. Relancez pour le créer.`,
    nl: (p) => `Banqup kon deze klant niet activeren (${p.code}): het vindt hem niet meer. Voer opnieuw uit om hem aan te maken.`,
    de: (p) => `Banqup konnte diesen Kunden nicht aktivieren (${p.code}): Er ist nicht mehr auffindbar. Starten Sie erneut, um ihn anzulegen.`,
  },
  'provision.failed': {
    en: (p) => `Banqup could not activate this client (${p.code}). Run the same command again later.`,
    fr: (p) => `Banqup n’a pas pu activer ce client (${p.code}). Relancez la même commande plus tard.`,
    nl: (p) => `Banqup kon deze klant niet activeren (${p.code}). Voer dezelfde opdracht later opnieuw uit.`,
    de: (p) => `Banqup konnte diesen Kunden nicht aktivieren (${p.code}). Führen Sie denselben Befehl später erneut aus.`,
  },
  'run.not_reached': {
    en: () => 'Not sent: the run stopped before this row. Run the same command again to import it.',
    fr: () => 'Non envoyée : l’import s’est arrêté avant cette ligne. Relancez la même commande pour l’importer.',
    nl: () => 'Niet verstuurd: de import stopte vóór deze rij. Voer dezelfde opdracht opnieuw uit om ze te importeren.',
    de: () => 'Nicht gesendet: Der Import stoppte vor dieser Zeile. Führen Sie denselben Befehl erneut aus, um sie zu importieren.',
  },
  'run.left_behind': {
    en: (p) => `${enPlural(p, 'client was', 'clients were')} created by an earlier import for rows no longer in the sheet. Left as they are; check them in Banqup:`,
    fr: (p) => `${frPlural(p, 'client créé', 'clients créés')} par un import précédent pour des lignes qui ne sont plus dans le tableau. Laissés tels quels ; vérifiez-les dans Banqup :`,
    nl: (p) => `${nlPlural(p, 'klant', 'klanten')} aangemaakt door een vorige import voor rijen die niet meer in het blad staan. Ongewijzigd gelaten; controleer in Banqup:`,
    de: (p) => `${dePlural(p, 'Kunde', 'Kunden')} von einem früheren Import für Zeilen angelegt, die nicht mehr in der Tabelle stehen. Belassen; prüfen Sie in Banqup:`,
  },
  'run.left_behind_row': {
    en: (p) => `row ${p.row}: ${p.name === '' ? '(no longer listed)' : `“${p.name}”`}, client ${p.clientId}, ${p.state}`,
    fr: (p) => `ligne ${p.row} : ${p.name === '' ? '(plus listé)' : `« ${p.name} »`}, client ${p.clientId}, ${p.state}`,
    nl: (p) => `rij ${p.row}: ${p.name === '' ? '(niet meer vermeld)' : `“${p.name}”`}, klant ${p.clientId}, ${p.state}`,
    de: (p) => `Zeile ${p.row}: ${p.name === '' ? '(nicht mehr aufgeführt)' : `„${p.name}“`}, Kunde ${p.clientId}, ${p.state}`,
  },
  'run.invalid_row': {
    en: () => 'Not sent: this row has errors (listed above). Fix them, then run again.',
    fr: () => 'Non envoyée : cette ligne a des erreurs (listées plus haut). Corrigez-les, puis relancez.',
    nl: () => 'Niet verstuurd: deze rij bevat fouten (hierboven vermeld). Verbeter ze en voer opnieuw uit.',
    de: () => 'Nicht gesendet: Diese Zeile hat Fehler (oben aufgeführt). Korrigieren Sie sie und starten Sie erneut.',
  },
  'run.not_reached_rows': {
    en: (p) => `${p.n === 1 ? 'Row' : 'Rows'} ${p.rows}: not sent, the run stopped before ${p.n === 1 ? 'it' : 'them'}.`,
    fr: (p) => `${p.n === 1 ? 'Ligne' : 'Lignes'} ${p.rows} : non ${p.n === 1 ? 'envoyée' : 'envoyées'}, l’import s’est arrêté avant.`,
    nl: (p) => `${p.n === 1 ? 'Rij' : 'Rijen'} ${p.rows}: niet verstuurd, de import stopte ervoor.`,
    de: (p) => `${p.n === 1 ? 'Zeile' : 'Zeilen'} ${p.rows}: nicht gesendet, der Import stoppte davor.`,
  },
  'run.not_provisioned': {
    en: () => 'In Banqup, but not activated yet. Run the same command again to finish.',
    fr: () => 'Dans Banqup, mais pas encore activé. Relancez la même commande pour terminer.',
    nl: () => 'In Banqup, maar nog niet geactiveerd. Voer dezelfde opdracht opnieuw uit om af te ronden.',
    de: () => 'In Banqup, aber noch nicht aktiviert. Führen Sie denselben Befehl erneut aus, um abzuschließen.',
  },

  // The run as a whole.
  'run.interrupted_before': {
    en: () => 'Interrupted before anything was sent to Banqup. Run the same command again to start.',
    fr: () => 'Interrompu avant tout envoi à Banqup. Relancez la même commande pour commencer.',
    nl: () => 'Onderbroken voordat er iets naar Banqup werd verstuurd. Voer dezelfde opdracht opnieuw uit om te beginnen.',
    de: () => 'Abgebrochen, bevor etwas an Banqup gesendet wurde. Führen Sie denselben Befehl erneut aus, um zu beginnen.',
  },
  'run.interrupted': {
    en: () => 'Interrupted before the end: run the same command again to resume (nothing is created twice).',
    fr: () => 'Interrompu avant la fin : relancez la même commande pour reprendre (rien n’est créé deux fois).',
    nl: () => 'Onderbroken voor het einde: voer dezelfde opdracht opnieuw uit om verder te gaan (niets wordt twee keer aangemaakt).',
    de: () => 'Vor dem Ende abgebrochen: Führen Sie denselben Befehl erneut aus, um fortzusetzen (nichts wird doppelt angelegt).',
  },
  'run.stopped': {
    en: () => 'The import stopped: fix the problem above, then run the same command again to resume (nothing is created twice).',
    fr: () => 'L’import s’est arrêté : réglez le problème ci-dessus, puis relancez la même commande (rien n’est créé deux fois).',
    nl: () => 'De import stopte: los het probleem hierboven op en voer dezelfde opdracht opnieuw uit (niets wordt twee keer aangemaakt).',
    de: () => 'Der Import wurde gestoppt: Beheben Sie das Problem oben und starten Sie denselben Befehl neu (nichts wird doppelt angelegt).',
  },
  'run.done': {
    en: (p) => `Done: ${n(p) === 1 ? 'the client is' : `all ${n(p)} clients are`} in Banqup and activated.`,
    fr: (p) => `Terminé : ${n(p) <= 1 ? 'le client est' : `les ${n(p)} clients sont`} dans Banqup et activés.`,
    nl: (p) => `Klaar: ${n(p) === 1 ? 'de klant staat' : `alle ${n(p)} klanten staan`} in Banqup en zijn geactiveerd.`,
    de: (p) => `Fertig: ${n(p) === 1 ? 'Der Kunde ist' : `Alle ${n(p)} Kunden sind`} in Banqup und aktiviert.`,
  },
  'run.partial': {
    en: (p) => `${enPlural(p, 'row needs', 'rows need')} attention (see the messages). Fix, then run the same command again: rows already done are skipped.`,
    fr: (p) => `${frPlural(p, 'ligne demande', 'lignes demandent')} votre attention (voir les messages). Corrigez, puis relancez : les lignes faites sont sautées.`,
    nl: (p) => `${nlPlural(p, 'rij vraagt', 'rijen vragen')} aandacht (zie de meldingen). Verbeter en voer dezelfde opdracht opnieuw uit: afgewerkte rijen worden overgeslagen.`,
    de: (p) => `${dePlural(p, 'Zeile braucht', 'Zeilen brauchen')} Aufmerksamkeit (siehe Meldungen). Korrigieren Sie sie und starten Sie erneut: Erledigte Zeilen werden übersprungen.`,
  },
  'run.dry_run_ok': {
    en: (p) => `Dry run, nothing sent: ${p.create} to create, ${p.existing} already in Banqup. Run without --dry-run to import.`,
    fr: (p) => `Essai, rien d’envoyé : ${p.create} à créer, ${p.existing} déjà dans Banqup. Relancez sans --dry-run pour importer.`,
    nl: (p) => `Proefrun, niets verstuurd: ${p.create} aan te maken, ${p.existing} al in Banqup. Voer uit zonder --dry-run om te importeren.`,
    de: (p) => `Probelauf, nichts gesendet: ${p.create} anzulegen, ${p.existing} schon in Banqup. Starten Sie ohne --dry-run, um zu importieren.`,
  },
  'run.dry_run_blocked': {
    en: (p) => `Dry run, nothing sent: ${enPlural(p, 'row', 'rows')} would not be imported. Fix ${n(p) === 1 ? 'it' : 'them'}, then run again.`,
    fr: (p) => `Essai, rien d’envoyé : ${frPlural(p, 'ligne ne serait pas importée', 'lignes ne seraient pas importées')}. Corrigez, puis relancez.`,
    nl: (p) => `Proefrun, niets verstuurd: ${nlPlural(p, 'rij zou', 'rijen zouden')} niet geïmporteerd worden. Verbeter en voer opnieuw uit.`,
    de: (p) => `Probelauf, nichts gesendet: ${dePlural(p, 'Zeile würde', 'Zeilen würden')} nicht importiert. Korrigieren Sie sie und starten Sie erneut.`,
  },
  'run.stats': {
    en: (p) => `Time: ${p.time}. API calls: ${p.calls} (${p.retries} retried, ${p.rateLimited} slowed down by Banqup).`,
    fr: (p) => `Durée : ${p.time}. Appels API : ${p.calls} (${p.retries} répétés, ${p.rateLimited} freinés par Banqup).`,
    nl: (p) => `Duur: ${p.time}. API-oproepen: ${p.calls} (${p.retries} herhaald, ${p.rateLimited} afgeremd door Banqup).`,
    de: (p) => `Dauer: ${p.time}. API-Aufrufe: ${p.calls} (${p.retries} wiederholt, ${p.rateLimited} von Banqup gebremst).`,
  },

  // The journal and its lock.
  'lock.held': {
    en: (p) => `Another import of this sheet is running (process ${p.pid} on ${p.host}, since ${p.since}). Wait for it; if none runs, delete ${p.path}.`,
    fr: (p) => `Un autre import de ce tableau tourne (processus ${p.pid} sur ${p.host}, depuis ${p.since}). Attendez-le ; sinon, supprimez ${p.path}.`,
    nl: (p) => `Een andere import van dit blad loopt (proces ${p.pid} op ${p.host}, sinds ${p.since}). Wacht erop; loopt er geen, verwijder ${p.path}.`,
    de: (p) => `Ein anderer Import dieser Tabelle läuft (Prozess ${p.pid} auf ${p.host}, seit ${p.since}). Warten; läuft keiner, löschen Sie ${p.path}.`,
  },
  'lock.held_unknown': {
    en: (p) => `Another banqup-import run seems to be importing this sheet. Wait a minute and try again; if none is running, delete ${p.path}.`,
    fr: (p) => `Un autre import semble traiter ce tableau. Attendez une minute et réessayez ; si aucun ne tourne, supprimez ${p.path}.`,
    nl: (p) => `Een andere import lijkt dit blad te verwerken. Wacht een minuut en probeer opnieuw; loopt er geen, verwijder ${p.path}.`,
    de: (p) => `Ein anderer Import scheint diese Tabelle zu verarbeiten. Warten Sie eine Minute; läuft keiner, löschen Sie ${p.path}.`,
  },
  'lock.unwritable': {
    en: (p) => `Cannot create the lock file ${p.path} (${p.reason}). Give a folder you may write to with --state-dir.`,
    fr: (p) => `Impossible de créer le verrou ${p.path} (${p.reason}). Indiquez un dossier où vous pouvez écrire avec --state-dir.`,
    nl: (p) => `Kan het slotbestand ${p.path} niet aanmaken (${p.reason}). Geef met --state-dir een map op waarin u mag schrijven.`,
    de: (p) => `Die Sperrdatei ${p.path} kann nicht angelegt werden (${p.reason}). Geben Sie mit --state-dir einen beschreibbaren Ordner an.`,
  },
  'lock.took_over': {
    en: (p) => `An earlier run (process ${p.pid}) ended without releasing its lock; this run takes over.`,
    fr: (p) => `Un import précédent (processus ${p.pid}) s’est arrêté sans libérer son verrou ; cet import prend le relais.`,
    nl: (p) => `Een eerdere import (proces ${p.pid}) stopte zonder zijn slot vrij te geven; deze import neemt over.`,
    de: (p) => `Ein früherer Import (Prozess ${p.pid}) endete, ohne seine Sperre freizugeben; dieser Import übernimmt.`,
  },
  'state.not_folder': {
    en: (p) => `${p.path} is ${kindEn(p.kind)}, not a folder: the journal cannot be kept there. Give --state-dir a folder (it is created if missing).`,
    fr: (p) => `${p.path} est ${kindFr(p.kind)}, pas un dossier : le journal ne peut pas y être tenu. Donnez à --state-dir un dossier (créé s’il manque).`,
    nl: (p) => `${p.path} is ${kindNl(p.kind)}, geen map: het journaal kan daar niet bijgehouden worden. Geef --state-dir een map (aangemaakt indien nodig).`,
    de: (p) => `${p.path} ist ${kindDe(p.kind)}, kein Ordner: Das Journal kann dort nicht geführt werden. Geben Sie --state-dir einen Ordner (wird angelegt).`,
  },
  'state.not_a_file': {
    en: (p) => `${p.path} is ${kindEn(p.kind)}: the journal and its lock must be plain files. Move it away, or give another --state-dir.`,
    fr: (p) => `${p.path} est ${kindFr(p.kind)} : journal et verrou doivent être des fichiers ordinaires. Déplacez-le, ou donnez un autre --state-dir.`,
    nl: (p) => `${p.path} is ${kindNl(p.kind)}: journaal en slot moeten gewone bestanden zijn. Verplaats het, of geef een andere --state-dir.`,
    de: (p) => `${p.path} ist ${kindDe(p.kind)}: Journal und Sperre müssen normale Dateien sein. Verschieben Sie es oder wählen Sie ein anderes --state-dir.`,
  },
  'state.too_large': {
    en: (p) => `${p.path} holds ${p.size} MB, more than a journal ever needs (${p.max} MB). Start over with --restart (it keeps the old one).`,
    fr: (p) => `${p.path} fait ${p.size} Mo, plus qu’un journal n’en a jamais besoin (${p.max} Mo). Repartez avec --restart (l’ancien est conservé).`,
    nl: (p) => `${p.path} is ${p.size} MB, meer dan een journaal ooit nodig heeft (${p.max} MB). Begin opnieuw met --restart (het oude blijft bewaard).`,
    de: (p) => `${p.path} hat ${p.size} MB, mehr als ein Journal je braucht (${p.max} MB). Beginnen Sie neu mit --restart (das alte bleibt erhalten).`,
  },
  'journal.unwritable': {
    en: (p) => `Cannot write the journal ${p.path} (${p.reason}). Give a folder you may write to with --state-dir.`,
    fr: (p) => `Impossible d’écrire le journal ${p.path} (${p.reason}). Indiquez un dossier où vous pouvez écrire avec --state-dir.`,
    nl: (p) => `Kan het journaal ${p.path} niet schrijven (${p.reason}). Geef met --state-dir een map op waarin u mag schrijven.`,
    de: (p) => `Das Journal ${p.path} kann nicht geschrieben werden (${p.reason}). Geben Sie mit --state-dir einen beschreibbaren Ordner an.`,
  },
  'journal.unreadable': {
    en: (p) => `Cannot read the journal ${p.path} (${p.reason}). Check its permissions, or start over with --restart.`,
    fr: (p) => `Impossible de lire le journal ${p.path} (${p.reason}). Vérifiez ses droits, ou repartez de zéro avec --restart.`,
    nl: (p) => `Kan het journaal ${p.path} niet lezen (${p.reason}). Controleer de rechten, of begin opnieuw met --restart.`,
    de: (p) => `Das Journal ${p.path} kann nicht gelesen werden (${p.reason}). Prüfen Sie die Rechte oder beginnen Sie neu mit --restart.`,
  },
  'journal.ignored_lines': {
    en: (p) => `${enPlural(p, 'damaged line', 'damaged lines')} of the journal ignored (a run was cut off while writing); Banqup is checked instead.`,
    fr: (p) => `${frPlural(p, 'ligne abîmée', 'lignes abîmées')} du journal ignorée(s) (un import coupé en écrivant) ; Banqup est consulté à la place.`,
    nl: (p) => `${nlPlural(p, 'beschadigde regel', 'beschadigde regels')} van het journaal genegeerd (een import werd tijdens het schrijven onderbroken); Banqup wordt nagekeken.`,
    de: (p) => `${dePlural(p, 'beschädigte Zeile', 'beschädigte Zeilen')} des Journals ignoriert (ein Import brach beim Schreiben ab); stattdessen wird Banqup geprüft.`,
  },
  'journal.restarted': {
    en: (p) => `Starting a new journal; the earlier one is kept as ${p.path}.`,
    fr: (p) => `Nouveau journal ; l’ancien est conservé sous ${p.path}.`,
    nl: (p) => `Nieuw journaal; het vorige blijft bewaard als ${p.path}.`,
    de: (p) => `Neues Journal; das vorige bleibt als ${p.path} erhalten.`,
  },
  'journal.where': {
    en: (p) => `What this import did is kept in ${p.path}; running the same command again resumes from it.`,
    fr: (p) => `Ce que cet import a fait est conservé dans ${p.path} ; relancer la même commande reprend à partir de là.`,
    nl: (p) => `Wat deze import deed, staat in ${p.path}; dezelfde opdracht opnieuw uitvoeren gaat van daaruit verder.`,
    de: (p) => `Was dieser Import getan hat, steht in ${p.path}; derselbe Befehl setzt von dort aus fort.`,
  },
  'journal.resuming': {
    en: (p) => `Resuming from the journal ${p.path}.`,
    fr: (p) => `Reprise d’après le journal ${p.path}.`,
    nl: (p) => `Verder vanaf het journaal ${p.path}.`,
    de: (p) => `Fortsetzung anhand des Journals ${p.path}.`,
  },

  // Flags and commands.
  'usage.results_extension': {
    en: (p) => `The results file must end in .csv, .xlsx or .json ("${p.path}").`,
    fr: (p) => `Le fichier de résultats doit se terminer par .csv, .xlsx ou .json (« ${p.path} »).`,
    nl: (p) => `Het resultatenbestand moet eindigen op .csv, .xlsx of .json (“${p.path}”).`,
    de: (p) => `Die Ergebnisdatei muss auf .csv, .xlsx oder .json enden („${p.path}“).`,
  },
  'status.credentials_missing': {
    en: () => 'Seeing what Banqup holds needs API credentials: set BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET.',
    fr: () => 'Voir ce que Banqup contient demande des identifiants API : définissez BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET.',
    nl: () => 'Zien wat Banqup bevat vraagt API-toegangsgegevens: stel BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET in.',
    de: () => 'Um zu sehen, was Banqup enthält, braucht es API-Zugangsdaten: Setzen Sie BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET.',
  },
  'status.sheet_counts': {
    en: (p) =>
      `The sheet itself has ${enPlural({ n: p.errors ?? 0 }, 'error', 'errors')} and ${enPlural({ n: p.warnings ?? 0 }, 'warning', 'warnings')}: banqup-import ${p.file} --dry-run shows them.`,
    fr: (p) =>
      `Le tableau lui-même a ${frPlural({ n: p.errors ?? 0 }, 'erreur', 'erreurs')} et ${frPlural({ n: p.warnings ?? 0 }, 'avertissement', 'avertissements')} : banqup-import ${p.file} --dry-run les montre.`,
    nl: (p) =>
      `Het blad zelf heeft ${nlPlural({ n: p.errors ?? 0 }, 'fout', 'fouten')} en ${nlPlural({ n: p.warnings ?? 0 }, 'waarschuwing', 'waarschuwingen')}: banqup-import ${p.file} --dry-run toont ze.`,
    de: (p) =>
      `Die Tabelle selbst hat ${dePlural({ n: p.errors ?? 0 }, 'Fehler', 'Fehler')} und ${dePlural({ n: p.warnings ?? 0 }, 'Warnung', 'Warnungen')}: banqup-import ${p.file} --dry-run zeigt sie.`,
  },
  'status.summary': {
    en: (p) => `In Banqup: ${p.active} active, ${p.inactive} not activated, ${p.missing} not found.`,
    fr: (p) => `Dans Banqup : ${p.active} actif(s), ${p.inactive} non activé(s), ${p.missing} introuvable(s).`,
    nl: (p) => `In Banqup: ${p.active} actief, ${p.inactive} niet geactiveerd, ${p.missing} niet gevonden.`,
    de: (p) => `In Banqup: ${p.active} aktiv, ${p.inactive} nicht aktiviert, ${p.missing} nicht gefunden.`,
  },

  // Words of the tables.
  'word.row': { en: () => 'Row', fr: () => 'Ligne', nl: () => 'Rij', de: () => 'Zeile' },
  'word.client': { en: () => 'Client', fr: () => 'Client', nl: () => 'Klant', de: () => 'Kunde' },
  'word.status': { en: () => 'Status', fr: () => 'Statut', nl: () => 'Status', de: () => 'Status' },
  'word.plan': { en: () => 'Plan', fr: () => 'Prévu', nl: () => 'Gepland', de: () => 'Geplant' },
  'word.in_banqup': { en: () => 'In Banqup', fr: () => 'Dans Banqup', nl: () => 'In Banqup', de: () => 'In Banqup' },
  'word.client_id': { en: () => 'Client id', fr: () => 'Id. client', nl: () => 'Klant-id', de: () => 'Kunden-ID' },
  'word.message': { en: () => 'Message', fr: () => 'Message', nl: () => 'Melding', de: () => 'Meldung' },
  'word.heading_import': {
    en: (p) => `Import into the Banqup space "${p.space}"`,
    fr: (p) => `Import dans l’espace Banqup « ${p.space} »`,
    nl: (p) => `Import in de Banqup-omgeving “${p.space}”`,
    de: (p) => `Import in den Banqup-Bereich „${p.space}“`,
  },
  'word.heading_plan': {
    en: (p) => `Plan for the Banqup space "${p.space}" (dry run: nothing sent)`,
    fr: (p) => `Plan pour l’espace Banqup « ${p.space} » (essai : rien n’est envoyé)`,
    nl: (p) => `Plan voor de Banqup-omgeving “${p.space}” (proefrun: niets verstuurd)`,
    de: (p) => `Plan für den Banqup-Bereich „${p.space}“ (Probelauf: nichts wird gesendet)`,
  },
  'word.heading_status': {
    en: (p) => `What the Banqup space "${p.space}" holds for each row`,
    fr: (p) => `Ce que l’espace Banqup « ${p.space} » contient pour chaque ligne`,
    nl: (p) => `Wat de Banqup-omgeving “${p.space}” voor elke rij bevat`,
    de: (p) => `Was der Banqup-Bereich „${p.space}“ für jede Zeile enthält`,
  },
  'status.valid': { en: () => 'valid', fr: () => 'valide', nl: () => 'geldig', de: () => 'gültig' },
  'status.invalid': { en: () => 'invalid', fr: () => 'invalide', nl: () => 'ongeldig', de: () => 'ungültig' },
  'status.created': { en: () => 'created', fr: () => 'créé', nl: () => 'aangemaakt', de: () => 'angelegt' },
  'status.existing': { en: () => 'existing', fr: () => 'déjà là', nl: () => 'al aanwezig', de: () => 'schon vorhanden' },
  'status.provisioned': { en: () => 'provisioned', fr: () => 'activé', nl: () => 'geactiveerd', de: () => 'aktiviert' },
  'status.failed': { en: () => 'failed', fr: () => 'échec', nl: () => 'mislukt', de: () => 'fehlgeschlagen' },
  'status.skipped': { en: () => 'skipped', fr: () => 'ignoré', nl: () => 'overgeslagen', de: () => 'übersprungen' },
  'plan.word.create': { en: () => 'to create', fr: () => 'à créer', nl: () => 'aan te maken', de: () => 'anzulegen' },
  'plan.word.existing': { en: () => 'exists', fr: () => 'existe', nl: () => 'bestaat', de: () => 'vorhanden' },
  'plan.word.conflict': { en: () => 'conflict', fr: () => 'conflit', nl: () => 'conflict', de: () => 'Konflikt' },
  'plan.word.duplicate': { en: () => 'duplicate', fr: () => 'doublon', nl: () => 'dubbel', de: () => 'Duplikat' },
  'banqup.word.not-found': { en: () => 'not found', fr: () => 'introuvable', nl: () => 'niet gevonden', de: () => 'nicht gefunden' },
  'banqup.word.inactive': { en: () => 'inactive', fr: () => 'inactif', nl: () => 'inactief', de: () => 'inaktiv' },
  'banqup.word.active': { en: () => 'active', fr: () => 'actif', nl: () => 'actief', de: () => 'aktiv' },
  'count.line': {
    en: (p) => (p.parts ? `${p.rows}: ${p.parts}.` : `${p.rows}.`),
    fr: (p) => (p.parts ? `${p.rows} : ${p.parts}.` : `${p.rows}.`),
    nl: (p) => (p.parts ? `${p.rows}: ${p.parts}.` : `${p.rows}.`),
    de: (p) => (p.parts ? `${p.rows}: ${p.parts}.` : `${p.rows}.`),
  },
  'count.rows': { en: (p) => enPlural(p, 'row', 'rows'), fr: (p) => frPlural(p, 'ligne', 'lignes'), nl: (p) => nlPlural(p, 'rij', 'rijen'), de: (p) => dePlural(p, 'Zeile', 'Zeilen') },
  'count.provisioned': { en: (p) => `${n(p)} provisioned`, fr: (p) => frPlural(p, 'activée', 'activées'), nl: (p) => `${n(p)} geactiveerd`, de: (p) => `${n(p)} aktiviert` },
  'count.existing': { en: (p) => `${n(p)} already there`, fr: (p) => `${n(p)} déjà là`, nl: (p) => `${n(p)} al aanwezig`, de: (p) => `${n(p)} schon vorhanden` },
  'count.created': { en: (p) => `${n(p)} created (not activated yet)`, fr: (p) => `${n(p)} créée(s) sans activation`, nl: (p) => `${n(p)} aangemaakt (nog niet geactiveerd)`, de: (p) => `${n(p)} angelegt (noch nicht aktiviert)` },
  'count.failed': { en: (p) => `${n(p)} failed`, fr: (p) => frPlural(p, 'en échec', 'en échec'), nl: (p) => `${n(p)} mislukt`, de: (p) => `${n(p)} fehlgeschlagen` },
  'count.skipped': { en: (p) => `${n(p)} skipped`, fr: (p) => frPlural(p, 'ignorée', 'ignorées'), nl: (p) => `${n(p)} overgeslagen`, de: (p) => `${n(p)} übersprungen` },
  'count.not_sent': { en: (p) => `${n(p)} not sent`, fr: (p) => frPlural(p, 'non envoyée', 'non envoyées'), nl: (p) => `${n(p)} niet verstuurd`, de: (p) => `${n(p)} nicht gesendet` },
  'count.invalid': { en: (p) => `${n(p)} invalid`, fr: (p) => frPlural(p, 'invalide', 'invalides'), nl: (p) => `${n(p)} ongeldig`, de: (p) => `${n(p)} ungültig` },
  'count.valid': { en: (p) => `${n(p)} valid`, fr: (p) => frPlural(p, 'valide', 'valides'), nl: (p) => `${n(p)} geldig`, de: (p) => `${n(p)} gültig` },
  'count.plan.create': { en: (p) => `${n(p)} to create`, fr: (p) => `${n(p)} à créer`, nl: (p) => `${n(p)} aan te maken`, de: (p) => `${n(p)} anzulegen` },
  'count.plan.existing': { en: (p) => `${n(p)} already there`, fr: (p) => `${n(p)} déjà là`, nl: (p) => `${n(p)} al aanwezig`, de: (p) => `${n(p)} schon vorhanden` },
  'count.plan.conflict': { en: (p) => enPlural(p, 'conflict', 'conflicts'), fr: (p) => frPlural(p, 'conflit', 'conflits'), nl: (p) => nlPlural(p, 'conflict', 'conflicten'), de: (p) => dePlural(p, 'Konflikt', 'Konflikte') },
  'count.plan.duplicate': { en: (p) => enPlural(p, 'duplicate', 'duplicates'), fr: (p) => frPlural(p, 'doublon', 'doublons'), nl: (p) => `${n(p)} dubbel`, de: (p) => dePlural(p, 'Duplikat', 'Duplikate') },

  // The links of active clients, under the table (report/linksBlock.ts).
  'links.title': {
    en: (p) => `Links in Banqup (${enPlural(p, 'client', 'clients')}):`,
    fr: (p) => `Liens dans Banqup (${frPlural(p, 'client', 'clients')}) :`,
    nl: (p) => `Links in Banqup (${nlPlural(p, 'klant', 'klanten')}):`,
    de: (p) => `Links in Banqup (${dePlural(p, 'Kunde', 'Kunden')}):`,
  },
  'links.row': { en: (p) => `Row ${p.row}: ${p.name}`, fr: (p) => `Ligne ${p.row} : ${p.name}`, nl: (p) => `Rij ${p.row}: ${p.name}`, de: (p) => `Zeile ${p.row}: ${p.name}` },
  'links.banqup': { en: (p) => `Banqup: ${p.url}`, fr: (p) => `Banqup : ${p.url}`, nl: (p) => `Banqup: ${p.url}`, de: (p) => `Banqup: ${p.url}` },
  'links.banqup_files': { en: (p) => `Banqup Files: ${p.url}`, fr: (p) => `Banqup Files : ${p.url}`, nl: (p) => `Banqup Files: ${p.url}`, de: (p) => `Banqup Files: ${p.url}` },
  'links.banqup_files_off': {
    en: () => 'Banqup Files: none (document sharing is off)',
    fr: () => 'Banqup Files : aucun (partage des documents désactivé)',
    nl: () => 'Banqup Files: geen (delen van documenten staat uit)',
    de: () => 'Banqup Files: keiner (Teilen der Dokumente ist aus)',
  },
  'links.elsewhere': {
    en: (p) => `The Banqup links of ${enPlural(p, 'client', 'clients')} are in --results (.xlsx, .csv) and --json.`,
    fr: (p) => `Les liens Banqup de ${frPlural(p, 'client', 'clients')} sont dans --results (.xlsx, .csv) et --json.`,
    nl: (p) => `De Banqup-links van ${nlPlural(p, 'klant', 'klanten')} staan in --results (.xlsx, .csv) en --json.`,
    de: (p) => `Die Banqup-Links von ${dePlural(p, 'Kunde', 'Kunden')} stehen in --results (.xlsx, .csv) und --json.`,
  },

  // Progress on stderr.
  'progress.connect': { en: () => 'Connecting to Banqup', fr: () => 'Connexion à Banqup', nl: () => 'Verbinden met Banqup', de: () => 'Verbindung zu Banqup' },
  'progress.existing': { en: () => 'Reading the clients already in Banqup', fr: () => 'Lecture des clients déjà dans Banqup', nl: () => 'Klanten lezen die al in Banqup staan', de: () => 'Kunden lesen, die schon in Banqup sind' },
  'progress.registry': { en: () => 'Checking RCS numbers in the register', fr: () => 'Vérification des numéros RCS au registre', nl: () => 'RCS-nummers controleren in het register', de: () => 'RCS-Nummern im Register prüfen' },
  'progress.create': { en: () => 'Creating clients', fr: () => 'Création des clients', nl: () => 'Klanten aanmaken', de: () => 'Kunden anlegen' },
  'progress.provision': { en: () => 'Activating clients', fr: () => 'Activation des clients', nl: () => 'Klanten activeren', de: () => 'Kunden aktivieren' },
  'progress.failed': { en: (p) => `${n(p)} failed`, fr: (p) => `${n(p)} en échec`, nl: (p) => `${n(p)} mislukt`, de: (p) => `${n(p)} fehlgeschlagen` },
  // Each language's own punctuation: French puts a space before the colon.
  'progress.line': { en: (p) => `${p.phase}: ${p.detail}`, fr: (p) => `${p.phase} : ${p.detail}`, nl: (p) => `${p.phase}: ${p.detail}`, de: (p) => `${p.phase}: ${p.detail}` },
  'progress.rate': { en: (p) => `${p.rate}`, fr: (p) => `${p.rate}`, nl: (p) => `${p.rate}`, de: (p) => `${p.rate}` },
  'progress.eta': { en: (p) => `about ${p.time} left`, fr: (p) => `encore environ ${p.time}`, nl: (p) => `nog ongeveer ${p.time}`, de: (p) => `noch etwa ${p.time}` },
  'progress.found': { en: (p) => enPlural(p, 'client found', 'clients found'), fr: (p) => frPlural(p, 'client trouvé', 'clients trouvés'), nl: (p) => nlPlural(p, 'klant gevonden', 'klanten gevonden'), de: (p) => dePlural(p, 'Kunde gefunden', 'Kunden gefunden') },
  'progress.rate_limited': {
    en: (p) => `Banqup asks to slow down: every call waits ${p.seconds} s.`,
    fr: (p) => `Banqup demande de ralentir : chaque appel attend ${p.seconds} s.`,
    nl: (p) => `Banqup vraagt om te vertragen: elke oproep wacht ${p.seconds} s.`,
    de: (p) => `Banqup bittet um ein langsameres Tempo: Jeder Aufruf wartet ${p.seconds} s.`,
  },
  'progress.stopping_interrupt': {
    en: () => 'Stopping: waiting for the calls in flight to finish (Ctrl-C again quits at once; the journal stays safe).',
    fr: () => 'Arrêt : attente des appels en cours (un second Ctrl-C quitte aussitôt ; le journal reste sûr).',
    nl: () => 'Stoppen: wachten tot de lopende oproepen klaar zijn (nogmaals Ctrl-C stopt meteen; het journaal blijft veilig).',
    de: () => 'Anhalten: Warten auf laufende Aufrufe (erneut Strg-C beendet sofort; das Journal bleibt sicher).',
  },
  'progress.stopping_fatal': {
    en: () => 'Stopping: Banqup refused or stayed unavailable; waiting for the calls in flight.',
    fr: () => 'Arrêt : Banqup a refusé ou reste indisponible ; attente des appels en cours.',
    nl: () => 'Stoppen: Banqup weigerde of blijft onbereikbaar; wachten op de lopende oproepen.',
    de: () => 'Anhalten: Banqup hat abgelehnt oder bleibt nicht erreichbar; Warten auf laufende Aufrufe.',
  },
};
