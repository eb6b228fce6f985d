import type { MessageCatalogue, MessageParams } from '../domain/types.js';
import { kindEn, kindFr } from '../report/reportText.js';

const n = (p: MessageParams): number => Number(p.n ?? 0);
/** French: 0 and 1 take the singular. */
const frPlural = (p: MessageParams, one: string, many: string): string => `${n(p)} ${n(p) <= 1 ? one : many}`;
const enPlural = (p: MessageParams, one: string, many: string): string => `${n(p)} ${n(p) === 1 ? one : many}`;

/** Messages and words of the import engine and the `import`/`status` commands, EN + FR. */
export const engineMessages: MessageCatalogue = {
  // The plan, per row.
  'plan.conflict': {
    en: (p) => `Banqup already holds this client with another value here${p.held ? ` ("${p.held}")` : ''}; nothing was changed. Make them match, then run again.`,
    fr: (p) => `Banqup a déjà ce client avec une autre valeur ici${p.held ? ` (« ${p.held} »)` : ''} ; rien n’a été modifié. Alignez-les, puis relancez.`,
  },
  'plan.duplicate': {
    en: (p) => `Same Banqup client as row ${p.row}: each client once. Remove one of the two rows.`,
    fr: (p) => `Même client Banqup qu’à la ligne ${p.row} : un client une seule fois. Supprimez l’une des deux lignes.`,
  },
  'registry.not_found': {
    en: () => 'This RCS number does not exist in the Luxembourg business register: check it (e.g. B123456).',
    fr: () => 'Ce numéro RCS n’existe pas au registre de commerce luxembourgeois : vérifiez-le (p. ex. B123456).',
  },
  'registry.unknown': {
    en: () => 'Could not check this RCS number: the register did not answer. Banqup checks it on import.',
    fr: () => 'Numéro RCS non vérifié : le registre n’a pas répondu. Banqup le vérifiera lors de l’import.',
  },
  'provision.failed_final': {
    en: (p) => `Banqup could not activate this client (${p.code}): it no longer finds it. Run again to create it.`,
    fr: (p) => `Banqup n’a pas pu activer ce client (${p.code}) : il ne le trouve plus. Relancez pour le créer.`,
  },
  'provision.failed': {
    en: (p) => `Banqup could not activate this client (${p.code}). Run the same command again later.`,
    fr: (p) => `Banqup n’a pas pu activer ce client (${p.code}). Relancez la même commande plus tard.`,
  },
  'run.not_reached': {
    en: () => 'Not sent: the run stopped before this row. Run the same command again to import it.',
    fr: () => 'Non envoyée : l’import s’est arrêté avant cette ligne. Relancez la même commande pour l’importer.',
  },
  'run.left_behind': {
    en: (p) => `${enPlural(p, 'client was', 'clients were')} created by an earlier import for rows no longer in the sheet. Left as they are; check them in Banqup:`,
    fr: (p) => `${frPlural(p, 'client créé', 'clients créés')} par un import précédent pour des lignes qui ne sont plus dans le tableau. Laissés tels quels ; vérifiez-les dans Banqup :`,
  },
  'run.left_behind_row': {
    en: (p) => `row ${p.row}: ${p.name === '' ? '(no longer listed)' : `“${p.name}”`}, client ${p.clientId}, ${p.state}`,
    fr: (p) => `ligne ${p.row} : ${p.name === '' ? '(plus listé)' : `« ${p.name} »`}, client ${p.clientId}, ${p.state}`,
  },
  'run.invalid_row': {
    en: () => 'Not sent: this row has errors (listed above). Fix them, then run again.',
    fr: () => 'Non envoyée : cette ligne a des erreurs (listées plus haut). Corrigez-les, puis relancez.',
  },
  'run.not_reached_rows': {
    en: (p) => `${p.n === 1 ? 'Row' : 'Rows'} ${p.rows}: not sent, the run stopped before ${p.n === 1 ? 'it' : 'them'}.`,
    fr: (p) => `${p.n === 1 ? 'Ligne' : 'Lignes'} ${p.rows} : non ${p.n === 1 ? 'envoyée' : 'envoyées'}, l’import s’est arrêté avant.`,
  },
  'run.not_provisioned': {
    en: () => 'In Banqup, but not activated yet. Run the same command again to finish.',
    fr: () => 'Dans Banqup, mais pas encore activé. Relancez la même commande pour terminer.',
  },

  // The run as a whole.
  'run.interrupted_before': {
    en: () => 'Interrupted before anything was sent to Banqup. Run the same command again to start.',
    fr: () => 'Interrompu avant tout envoi à Banqup. Relancez la même commande pour commencer.',
  },
  'run.interrupted': {
    en: () => 'Interrupted before the end: run the same command again to resume (nothing is created twice).',
    fr: () => 'Interrompu avant la fin : relancez la même commande pour reprendre (rien n’est créé deux fois).',
  },
  'run.stopped': {
    en: () => 'The import stopped: fix the problem above, then run the same command again to resume (nothing is created twice).',
    fr: () => 'L’import s’est arrêté : réglez le problème ci-dessus, puis relancez la même commande (rien n’est créé deux fois).',
  },
  'run.done': {
    en: (p) => `Done: ${n(p) === 1 ? 'the client is' : `all ${n(p)} clients are`} in Banqup and activated.`,
    fr: (p) => `Terminé : ${n(p) <= 1 ? 'le client est' : `les ${n(p)} clients sont`} dans Banqup et activés.`,
  },
  'run.partial': {
    en: (p) => `${enPlural(p, 'row needs', 'rows need')} attention (see the messages). Fix, then run the same command again: rows already done are skipped.`,
    fr: (p) => `${frPlural(p, 'ligne demande', 'lignes demandent')} votre attention (voir les messages). Corrigez, puis relancez : les lignes faites sont sautées.`,
  },
  'run.dry_run_ok': {
    en: (p) => `Dry run, nothing sent: ${p.create} to create, ${p.existing} already in Banqup. Run without --dry-run to import.`,
    fr: (p) => `Essai, rien d’envoyé : ${p.create} à créer, ${p.existing} déjà dans Banqup. Relancez sans --dry-run pour importer.`,
  },
  'run.dry_run_blocked': {
    en: (p) => `Dry run, nothing sent: ${enPlural(p, 'row', 'rows')} would not be imported. Fix ${n(p) === 1 ? 'it' : 'them'}, then run again.`,
    fr: (p) => `Essai, rien d’envoyé : ${frPlural(p, 'ligne ne serait pas importée', 'lignes ne seraient pas importées')}. Corrigez, puis relancez.`,
  },
  'run.stats': {
    en: (p) => `Time: ${p.time}. API calls: ${p.calls} (${p.retries} retried, ${p.rateLimited} slowed down by Banqup).`,
    fr: (p) => `Durée : ${p.time}. Appels API : ${p.calls} (${p.retries} répétés, ${p.rateLimited} freinés par Banqup).`,
  },

  // The journal and its lock.
  'lock.held': {
    en: (p) => `Another import of this sheet is running (process ${p.pid} on ${p.host}, since ${p.since}). Wait for it; if none runs, delete ${p.path}.`,
    fr: (p) => `Un autre import de ce tableau tourne (processus ${p.pid} sur ${p.host}, depuis ${p.since}). Attendez-le ; sinon, supprimez ${p.path}.`,
  },
  'lock.held_unknown': {
    en: (p) => `Another banqup-import run seems to be importing this sheet. Wait a minute and try again; if none is running, delete ${p.path}.`,
    fr: (p) => `Un autre import semble traiter ce tableau. Attendez une minute et réessayez ; si aucun ne tourne, supprimez ${p.path}.`,
  },
  'lock.unwritable': {
    en: (p) => `Cannot create the lock file ${p.path} (${p.reason}). Give a folder you may write to with --state-dir.`,
    fr: (p) => `Impossible de créer le verrou ${p.path} (${p.reason}). Indiquez un dossier où vous pouvez écrire avec --state-dir.`,
  },
  'lock.took_over': {
    en: (p) => `An earlier run (process ${p.pid}) ended without releasing its lock; this run takes over.`,
    fr: (p) => `Un import précédent (processus ${p.pid}) s’est arrêté sans libérer son verrou ; cet import prend le relais.`,
  },
  'state.not_folder': {
    en: (p) => `${p.path} is ${kindEn(p.kind)}, not a folder: the journal cannot be kept there. Give --state-dir a folder (it is created if missing).`,
    fr: (p) => `${p.path} est ${kindFr(p.kind)}, pas un dossier : le journal ne peut pas y être tenu. Donnez à --state-dir un dossier (créé s’il manque).`,
  },
  'state.not_a_file': {
    en: (p) => `${p.path} is ${kindEn(p.kind)}: the journal and its lock must be plain files. Move it away, or give another --state-dir.`,
    fr: (p) => `${p.path} est ${kindFr(p.kind)} : journal et verrou doivent être des fichiers ordinaires. Déplacez-le, ou donnez un autre --state-dir.`,
  },
  'state.too_large': {
    en: (p) => `${p.path} holds ${p.size} MB, more than a journal ever needs (${p.max} MB). Start over with --restart (it keeps the old one).`,
    fr: (p) => `${p.path} fait ${p.size} Mo, plus qu’un journal n’en a jamais besoin (${p.max} Mo). Repartez avec --restart (l’ancien est conservé).`,
  },
  'journal.unwritable': {
    en: (p) => `Cannot write the journal ${p.path} (${p.reason}). Give a folder you may write to with --state-dir.`,
    fr: (p) => `Impossible d’écrire le journal ${p.path} (${p.reason}). Indiquez un dossier où vous pouvez écrire avec --state-dir.`,
  },
  'journal.unreadable': {
    en: (p) => `Cannot read the journal ${p.path} (${p.reason}). Check its permissions, or start over with --restart.`,
    fr: (p) => `Impossible de lire le journal ${p.path} (${p.reason}). Vérifiez ses droits, ou repartez de zéro avec --restart.`,
  },
  'journal.ignored_lines': {
    en: (p) => `${enPlural(p, 'damaged line', 'damaged lines')} of the journal ignored (a run was cut off while writing); Banqup is checked instead.`,
    fr: (p) => `${frPlural(p, 'ligne abîmée', 'lignes abîmées')} du journal ignorée(s) (un import coupé en écrivant) ; Banqup est consulté à la place.`,
  },
  'journal.restarted': {
    en: (p) => `Starting a new journal; the earlier one is kept as ${p.path}.`,
    fr: (p) => `Nouveau journal ; l’ancien est conservé sous ${p.path}.`,
  },
  'journal.where': {
    en: (p) => `What this import did is kept in ${p.path}; running the same command again resumes from it.`,
    fr: (p) => `Ce que cet import a fait est conservé dans ${p.path} ; relancer la même commande reprend à partir de là.`,
  },
  'journal.resuming': {
    en: (p) => `Resuming from the journal ${p.path}.`,
    fr: (p) => `Reprise d’après le journal ${p.path}.`,
  },

  // Flags and commands.
  'usage.results_extension': {
    en: (p) => `The results file must end in .csv, .xlsx or .json ("${p.path}").`,
    fr: (p) => `Le fichier de résultats doit se terminer par .csv, .xlsx ou .json (« ${p.path} »).`,
  },
  'status.credentials_missing': {
    en: () => 'Seeing what Banqup holds needs API credentials: set BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET.',
    fr: () => 'Voir ce que Banqup contient demande des identifiants API : définissez BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET.',
  },
  'status.sheet_counts': {
    en: (p) =>
      `The sheet itself has ${enPlural({ n: p.errors ?? 0 }, 'error', 'errors')} and ${enPlural({ n: p.warnings ?? 0 }, 'warning', 'warnings')}: banqup-import ${p.file} --dry-run shows them.`,
    fr: (p) =>
      `Le tableau lui-même a ${frPlural({ n: p.errors ?? 0 }, 'erreur', 'erreurs')} et ${frPlural({ n: p.warnings ?? 0 }, 'avertissement', 'avertissements')} : banqup-import ${p.file} --dry-run les montre.`,
  },
  'status.summary': {
    en: (p) => `In Banqup: ${p.active} active, ${p.inactive} not activated, ${p.missing} not found.`,
    fr: (p) => `Dans Banqup : ${p.active} actif(s), ${p.inactive} non activé(s), ${p.missing} introuvable(s).`,
  },

  // Words of the tables.
  'word.row': { en: () => 'Row', fr: () => 'Ligne' },
  'word.client': { en: () => 'Client', fr: () => 'Client' },
  'word.status': { en: () => 'Status', fr: () => 'Statut' },
  'word.plan': { en: () => 'Plan', fr: () => 'Prévu' },
  'word.in_banqup': { en: () => 'In Banqup', fr: () => 'Dans Banqup' },
  'word.client_id': { en: () => 'Client id', fr: () => 'Id. client' },
  'word.message': { en: () => 'Message', fr: () => 'Message' },
  'word.heading_import': {
    en: (p) => `Import into the Banqup space "${p.space}"`,
    fr: (p) => `Import dans l’espace Banqup « ${p.space} »`,
  },
  'word.heading_plan': {
    en: (p) => `Plan for the Banqup space "${p.space}" (dry run: nothing sent)`,
    fr: (p) => `Plan pour l’espace Banqup « ${p.space} » (essai : rien n’est envoyé)`,
  },
  'word.heading_status': {
    en: (p) => `What the Banqup space "${p.space}" holds for each row`,
    fr: (p) => `Ce que l’espace Banqup « ${p.space} » contient pour chaque ligne`,
  },
  'status.valid': { en: () => 'valid', fr: () => 'valide' },
  'status.invalid': { en: () => 'invalid', fr: () => 'invalide' },
  'status.created': { en: () => 'created', fr: () => 'créé' },
  'status.existing': { en: () => 'existing', fr: () => 'déjà là' },
  'status.provisioned': { en: () => 'provisioned', fr: () => 'activé' },
  'status.failed': { en: () => 'failed', fr: () => 'échec' },
  'status.skipped': { en: () => 'skipped', fr: () => 'ignoré' },
  'plan.word.create': { en: () => 'to create', fr: () => 'à créer' },
  'plan.word.existing': { en: () => 'exists', fr: () => 'existe' },
  'plan.word.conflict': { en: () => 'conflict', fr: () => 'conflit' },
  'plan.word.duplicate': { en: () => 'duplicate', fr: () => 'doublon' },
  'banqup.word.not-found': { en: () => 'not found', fr: () => 'introuvable' },
  'banqup.word.inactive': { en: () => 'inactive', fr: () => 'inactif' },
  'banqup.word.active': { en: () => 'active', fr: () => 'actif' },
  'count.line': {
    en: (p) => (p.parts ? `${p.rows}: ${p.parts}.` : `${p.rows}.`),
    fr: (p) => (p.parts ? `${p.rows} : ${p.parts}.` : `${p.rows}.`),
  },
  'count.rows': { en: (p) => enPlural(p, 'row', 'rows'), fr: (p) => frPlural(p, 'ligne', 'lignes') },
  'count.provisioned': { en: (p) => `${n(p)} provisioned`, fr: (p) => frPlural(p, 'activée', 'activées') },
  'count.existing': { en: (p) => `${n(p)} already there`, fr: (p) => `${n(p)} déjà là` },
  'count.created': { en: (p) => `${n(p)} created (not activated yet)`, fr: (p) => `${n(p)} créée(s) sans activation` },
  'count.failed': { en: (p) => `${n(p)} failed`, fr: (p) => frPlural(p, 'en échec', 'en échec') },
  'count.skipped': { en: (p) => `${n(p)} skipped`, fr: (p) => frPlural(p, 'ignorée', 'ignorées') },
  'count.not_sent': { en: (p) => `${n(p)} not sent`, fr: (p) => frPlural(p, 'non envoyée', 'non envoyées') },
  'count.invalid': { en: (p) => `${n(p)} invalid`, fr: (p) => frPlural(p, 'invalide', 'invalides') },
  'count.valid': { en: (p) => `${n(p)} valid`, fr: (p) => frPlural(p, 'valide', 'valides') },
  'count.plan.create': { en: (p) => `${n(p)} to create`, fr: (p) => `${n(p)} à créer` },
  'count.plan.existing': { en: (p) => `${n(p)} already there`, fr: (p) => `${n(p)} déjà là` },
  'count.plan.conflict': { en: (p) => enPlural(p, 'conflict', 'conflicts'), fr: (p) => frPlural(p, 'conflit', 'conflits') },
  'count.plan.duplicate': { en: (p) => enPlural(p, 'duplicate', 'duplicates'), fr: (p) => frPlural(p, 'doublon', 'doublons') },

  // The links of active clients, under the table (report/linksBlock.ts).
  'links.title': {
    en: (p) => `Links in Banqup (${enPlural(p, 'client', 'clients')}):`,
    fr: (p) => `Liens dans Banqup (${frPlural(p, 'client', 'clients')}) :`,
  },
  'links.row': { en: (p) => `Row ${p.row}: ${p.name}`, fr: (p) => `Ligne ${p.row} : ${p.name}` },
  'links.banqup': { en: (p) => `Banqup: ${p.url}`, fr: (p) => `Banqup : ${p.url}` },
  'links.banqup_files': { en: (p) => `Banqup Files: ${p.url}`, fr: (p) => `Banqup Files : ${p.url}` },
  'links.banqup_files_off': {
    en: () => 'Banqup Files: none (document sharing is off)',
    fr: () => 'Banqup Files : aucun (partage des documents désactivé)',
  },
  'links.elsewhere': {
    en: (p) => `The Banqup links of ${enPlural(p, 'client', 'clients')} are in --results (.xlsx, .csv) and --json.`,
    fr: (p) => `Les liens Banqup de ${frPlural(p, 'client', 'clients')} sont dans --results (.xlsx, .csv) et --json.`,
  },

  // Progress on stderr.
  'progress.connect': { en: () => 'Connecting to Banqup', fr: () => 'Connexion à Banqup' },
  'progress.existing': { en: () => 'Reading the clients already in Banqup', fr: () => 'Lecture des clients déjà dans Banqup' },
  'progress.registry': { en: () => 'Checking RCS numbers in the register', fr: () => 'Vérification des numéros RCS au registre' },
  'progress.create': { en: () => 'Creating clients', fr: () => 'Création des clients' },
  'progress.provision': { en: () => 'Activating clients', fr: () => 'Activation des clients' },
  'progress.failed': { en: (p) => `${n(p)} failed`, fr: (p) => `${n(p)} en échec` },
  // Each language's own punctuation: French puts a space before the colon.
  'progress.line': { en: (p) => `${p.phase}: ${p.detail}`, fr: (p) => `${p.phase} : ${p.detail}` },
  'progress.rate': { en: (p) => `${p.rate}`, fr: (p) => `${p.rate}` },
  'progress.eta': { en: (p) => `about ${p.time} left`, fr: (p) => `encore environ ${p.time}` },
  'progress.found': { en: (p) => enPlural(p, 'client found', 'clients found'), fr: (p) => frPlural(p, 'client trouvé', 'clients trouvés') },
  'progress.rate_limited': {
    en: (p) => `Banqup asks to slow down: every call waits ${p.seconds} s.`,
    fr: (p) => `Banqup demande de ralentir : chaque appel attend ${p.seconds} s.`,
  },
  'progress.stopping_interrupt': {
    en: () => 'Stopping: waiting for the calls in flight to finish (Ctrl-C again quits at once; the journal stays safe).',
    fr: () => 'Arrêt : attente des appels en cours (un second Ctrl-C quitte aussitôt ; le journal reste sûr).',
  },
  'progress.stopping_fatal': {
    en: () => 'Stopping: Banqup refused or stayed unavailable; waiting for the calls in flight.',
    fr: () => 'Arrêt : Banqup a refusé ou reste indisponible ; attente des appels en cours.',
  },
};
