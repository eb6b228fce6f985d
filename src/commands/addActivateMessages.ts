import type { MessageCatalogue, MessageParams } from '../domain/types.js';

const n = (p: MessageParams): number => Number(p.n ?? 0);

/** Messages of `add`, `activate` and `status` without a sheet (issue 13), in the four languages. */
export const addActivateMessages: MessageCatalogue = {
  // add
  'add.missing_flags': {
    en: (p) => `Missing: ${p.flags}. Give them as flags (banqup-import add --help), or run in a terminal to be asked.`,
    fr: (p) => `Il manque : ${p.flags}. Donnez-les en options (banqup-import add --help), ou lancez dans un terminal pour qu’ils vous soient demandés.`,
    nl: (p) => `Ontbreekt: ${p.flags}. Geef ze als opties (banqup-import add --help), of start in een terminal om ernaar gevraagd te worden.`,
    de: (p) => `Es fehlt: ${p.flags}. Geben Sie die Werte als Optionen an (banqup-import add --help) oder starten Sie im Terminal, um danach gefragt zu werden.`,
  },
  'add.rcs_or_vat': {
    en: () => '--rcs or --vat',
    fr: () => '--rcs ou --vat',
    nl: () => '--rcs of --vat',
    de: () => '--rcs oder --vat',
  },
  'add.prompt_intro': {
    en: () => 'A few values are missing; type them in (Ctrl-C stops, nothing is sent):',
    fr: () => 'Il manque quelques valeurs ; saisissez-les (Ctrl-C arrête, rien n’est envoyé) :',
    nl: () => 'Er ontbreken enkele waarden; vul ze in (Ctrl-C stopt, er wordt niets verstuurd):',
    de: () => 'Einige Werte fehlen; bitte eingeben (Strg-C bricht ab, nichts wird gesendet):',
  },
  'add.prompt': {
    en: (p) => `${p.label} (${p.flag})`,
    fr: (p) => `${p.label} (${p.flag})`,
    nl: (p) => `${p.label} (${p.flag})`,
    de: (p) => `${p.label} (${p.flag})`,
  },
  'add.prompt_optional': {
    en: (p) => `${p.label} (${p.flag}, leave empty if you give ${p.other})`,
    fr: (p) => `${p.label} (${p.flag}, laissez vide si vous donnez ${p.other})`,
    nl: (p) => `${p.label} (${p.flag}, leeg laten als u ${p.other} geeft)`,
    de: (p) => `${p.label} (${p.flag}, leer lassen, wenn Sie ${p.other} angeben)`,
  },
  'add.prompt_required': {
    en: () => 'This value is required.',
    fr: () => 'Cette valeur est obligatoire.',
    nl: () => 'Deze waarde is verplicht.',
    de: () => 'Dieser Wert ist erforderlich.',
  },
  'add.credentials_missing': {
    en: () => 'Adding a client needs Banqup API credentials: set BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET (or use --dry-run to check the values only).',
    fr: () => 'Ajouter un client demande les identifiants de l’API Banqup : définissez BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET (ou utilisez --dry-run pour vérifier les valeurs seulement).',
    nl: () => 'Een klant toevoegen vraagt Banqup API-gegevens: stel BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET in (of gebruik --dry-run om alleen de waarden te controleren).',
    de: () => 'Zum Anlegen eines Kunden braucht es Banqup-API-Zugangsdaten: setzen Sie BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET (oder prüfen Sie mit --dry-run nur die Werte).',
  },
  'add.invalid': {
    en: () => 'Nothing was sent. Correct these values, then run the command again:',
    fr: () => 'Rien n’a été envoyé. Corrigez ces valeurs, puis relancez la commande :',
    nl: () => 'Er is niets verstuurd. Verbeter deze waarden en start de opdracht opnieuw:',
    de: () => 'Es wurde nichts gesendet. Korrigieren Sie diese Werte und starten Sie den Befehl erneut:',
  },
  'add.issue': {
    en: (p) => `${p.flag ? `${p.flag}: ` : ''}${p.message}${p.value ? ` (you gave "${p.value}")` : ''}`,
    fr: (p) => `${p.flag ? `${p.flag} : ` : ''}${p.message}${p.value ? ` (vous avez donné « ${p.value} »)` : ''}`,
    nl: (p) => `${p.flag ? `${p.flag}: ` : ''}${p.message}${p.value ? ` (u gaf "${p.value}")` : ''}`,
    de: (p) => `${p.flag ? `${p.flag}: ` : ''}${p.message}${p.value ? ` (Sie gaben „${p.value}“ an)` : ''}`,
  },
  'add.warnings': {
    en: () => 'Note:',
    fr: () => 'À noter :',
    nl: () => 'Let op:',
    de: () => 'Hinweis:',
  },
  'add.changed': {
    en: (p) => `${p.flag}: "${p.from}" is sent as "${p.to}".`,
    fr: (p) => `${p.flag} : « ${p.from} » est envoyé sous la forme « ${p.to} ».`,
    nl: (p) => `${p.flag}: "${p.from}" wordt verstuurd als "${p.to}".`,
    de: (p) => `${p.flag}: „${p.from}“ wird als „${p.to}“ gesendet.`,
  },
  'add.valid': {
    en: () => 'The values are valid; nothing was sent (--dry-run).',
    fr: () => 'Les valeurs sont valides ; rien n’a été envoyé (--dry-run).',
    nl: () => 'De waarden zijn geldig; er is niets verstuurd (--dry-run).',
    de: () => 'Die Werte sind gültig; es wurde nichts gesendet (--dry-run).',
  },
  'add.would_create': {
    en: (p) => `Banqup holds no such client in ${p.space}: it would be created${p.activate ? ' and activated' : ''}. Nothing was sent (--dry-run).`,
    fr: (p) => `Banqup n’a pas ce client dans ${p.space} : il serait créé${p.activate ? ' et activé' : ''}. Rien n’a été envoyé (--dry-run).`,
    nl: (p) => `Banqup heeft deze klant niet in ${p.space}: hij zou worden aangemaakt${p.activate ? ' en geactiveerd' : ''}. Er is niets verstuurd (--dry-run).`,
    de: (p) => `Banqup hat diesen Kunden nicht in ${p.space}: Er würde angelegt${p.activate ? ' und aktiviert' : ''}. Es wurde nichts gesendet (--dry-run).`,
  },
  'add.created': {
    en: (p) => `Added and activated: ${p.name} (client id ${p.id}).`,
    fr: (p) => `Ajouté et activé : ${p.name} (identifiant client ${p.id}).`,
    nl: (p) => `Toegevoegd en geactiveerd: ${p.name} (klant-id ${p.id}).`,
    de: (p) => `Angelegt und aktiviert: ${p.name} (Kunden-ID ${p.id}).`,
  },
  'add.created_inactive': {
    en: (p) => `Added, not activated (--no-activate): ${p.name} (client id ${p.id}). banqup-import activate activates it later.`,
    fr: (p) => `Ajouté, non activé (--no-activate) : ${p.name} (identifiant client ${p.id}). banqup-import activate l’activera plus tard.`,
    nl: (p) => `Toegevoegd, niet geactiveerd (--no-activate): ${p.name} (klant-id ${p.id}). banqup-import activate activeert hem later.`,
    de: (p) => `Angelegt, nicht aktiviert (--no-activate): ${p.name} (Kunden-ID ${p.id}). banqup-import activate aktiviert ihn später.`,
  },
  'add.already_there': {
    en: (p) => `Already in Banqup: ${p.name} (client id ${p.id}), ${p.state}. No second client was made.`,
    fr: (p) => `Déjà dans Banqup : ${p.name} (identifiant client ${p.id}), ${p.state}. Aucun second client n’a été créé.`,
    nl: (p) => `Al in Banqup: ${p.name} (klant-id ${p.id}), ${p.state}. Er is geen tweede klant aangemaakt.`,
    de: (p) => `Bereits in Banqup: ${p.name} (Kunden-ID ${p.id}), ${p.state}. Es wurde kein zweiter Kunde angelegt.`,
  },
  'add.activated_now': {
    en: () => 'activated now',
    fr: () => 'activé à l’instant',
    nl: () => 'nu geactiveerd',
    de: () => 'soeben aktiviert',
  },
  'add.would_exist': {
    en: (p) => `Already in Banqup: ${p.name} (client id ${p.id}), ${p.state}. Nothing would be created (--dry-run).`,
    fr: (p) => `Déjà dans Banqup : ${p.name} (identifiant client ${p.id}), ${p.state}. Rien ne serait créé (--dry-run).`,
    nl: (p) => `Al in Banqup: ${p.name} (klant-id ${p.id}), ${p.state}. Er zou niets worden aangemaakt (--dry-run).`,
    de: (p) => `Bereits in Banqup: ${p.name} (Kunden-ID ${p.id}), ${p.state}. Es würde nichts angelegt (--dry-run).`,
  },
  'add.conflict': {
    en: (p) => `Banqup already holds this client (client id ${p.id}) with other values; nothing was changed:`,
    fr: (p) => `Banqup a déjà ce client (identifiant client ${p.id}) avec d’autres valeurs ; rien n’a été modifié :`,
    nl: (p) => `Banqup heeft deze klant al (klant-id ${p.id}) met andere waarden; er is niets gewijzigd:`,
    de: (p) => `Banqup hat diesen Kunden bereits (Kunden-ID ${p.id}) mit anderen Werten; nichts wurde geändert:`,
  },
  'add.failed': {
    en: () => 'Banqup did not take the client:',
    fr: () => 'Banqup n’a pas accepté le client :',
    nl: () => 'Banqup heeft de klant niet aanvaard:',
    de: () => 'Banqup hat den Kunden nicht angenommen:',
  },
  'add.not_activated': {
    en: (p) => `Added (client id ${p.id}) but not activated yet: run the same command again to activate it.`,
    fr: (p) => `Ajouté (identifiant client ${p.id}) mais pas encore activé : relancez la même commande pour l’activer.`,
    nl: (p) => `Toegevoegd (klant-id ${p.id}) maar nog niet geactiveerd: start dezelfde opdracht opnieuw om hem te activeren.`,
    de: (p) => `Angelegt (Kunden-ID ${p.id}), aber noch nicht aktiviert: Starten Sie denselben Befehl erneut, um ihn zu aktivieren.`,
  },
  'add.not_sent': {
    en: () => 'Stopped before the client was sent: run the same command again.',
    fr: () => 'Arrêté avant l’envoi du client : relancez la même commande.',
    nl: () => 'Gestopt voordat de klant werd verstuurd: start dezelfde opdracht opnieuw.',
    de: () => 'Abgebrochen, bevor der Kunde gesendet wurde: Starten Sie denselben Befehl erneut.',
  },
  // activate
  'activate.needs_yes': {
    en: () => 'Not in a terminal, so nobody can confirm: add --yes to activate the clients (or --dry-run to list them).',
    fr: () => 'Pas de terminal, donc personne pour confirmer : ajoutez --yes pour activer les clients (ou --dry-run pour les lister).',
    nl: () => 'Geen terminal, dus niemand kan bevestigen: voeg --yes toe om de klanten te activeren (of --dry-run om ze op te sommen).',
    de: () => 'Kein Terminal, also kann niemand bestätigen: Fügen Sie --yes hinzu, um die Kunden zu aktivieren (oder --dry-run, um sie aufzulisten).',
  },
  'activate.confirm': {
    en: (p) => `Activate ${n(p)} inactive client${n(p) === 1 ? '' : 's'} in ${p.space}?`,
    fr: (p) => `Activer ${n(p)} client${n(p) <= 1 ? '' : 's'} inactif${n(p) <= 1 ? '' : 's'} dans ${p.space} ?`,
    nl: (p) => `${n(p)} inactieve klant${n(p) === 1 ? '' : 'en'} in ${p.space} activeren?`,
    de: (p) => `${n(p)} inaktive${n(p) === 1 ? 'n Kunden' : ' Kunden'} in ${p.space} aktivieren?`,
  },
  'activate.declined': {
    en: () => 'Nothing was activated.',
    fr: () => 'Rien n’a été activé.',
    nl: () => 'Er is niets geactiveerd.',
    de: () => 'Es wurde nichts aktiviert.',
  },
  'activate.none': {
    en: () => 'No inactive client: nothing to activate.',
    fr: () => 'Aucun client inactif : rien à activer.',
    nl: () => 'Geen inactieve klant: niets te activeren.',
    de: () => 'Kein inaktiver Kunde: nichts zu aktivieren.',
  },
  'activate.sheet_counts': {
    en: (p) => `Of the sheet's ${p.rows} rows: ${p.inactive} inactive in Banqup, ${p.active} active already, ${p.missing} not in Banqup.`,
    fr: (p) => `Sur les ${p.rows} lignes de la feuille : ${p.inactive} inactive(s) dans Banqup, ${p.active} déjà active(s), ${p.missing} absente(s) de Banqup.`,
    nl: (p) => `Van de ${p.rows} rijen van het blad: ${p.inactive} inactief in Banqup, ${p.active} al actief, ${p.missing} niet in Banqup.`,
    de: (p) => `Von den ${p.rows} Zeilen des Blatts: ${p.inactive} inaktiv in Banqup, ${p.active} bereits aktiv, ${p.missing} nicht in Banqup.`,
  },
  'activate.heading': {
    en: (p) => `Activation in the Banqup space "${p.space}"`,
    fr: (p) => `Activation dans l’espace Banqup « ${p.space} »`,
    nl: (p) => `Activering in de Banqup-ruimte "${p.space}"`,
    de: (p) => `Aktivierung im Banqup-Bereich „${p.space}“`,
  },
  'activate.heading_list': {
    en: (p) => `Inactive clients of the Banqup space "${p.space}"`,
    fr: (p) => `Clients inactifs de l’espace Banqup « ${p.space} »`,
    nl: (p) => `Inactieve klanten van de Banqup-ruimte "${p.space}"`,
    de: (p) => `Inaktive Kunden des Banqup-Bereichs „${p.space}“`,
  },
  'space.heading': {
    en: (p) => `Clients of the Banqup space "${p.space}"`,
    fr: (p) => `Clients de l’espace Banqup « ${p.space} »`,
    nl: (p) => `Klanten van de Banqup-ruimte "${p.space}"`,
    de: (p) => `Kunden des Banqup-Bereichs „${p.space}“`,
  },
  'space.credentials_missing': {
    en: () => 'Reading the Banqup space needs API credentials: set BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET.',
    fr: () => 'Lire l’espace Banqup demande les identifiants de l’API : définissez BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET.',
    nl: () => 'De Banqup-ruimte lezen vraagt API-gegevens: stel BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET in.',
    de: () => 'Zum Lesen des Banqup-Bereichs braucht es API-Zugangsdaten: setzen Sie BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET.',
  },
  'count.clients': {
    en: (p) => `${n(p)} client${n(p) === 1 ? '' : 's'}`,
    fr: (p) => `${n(p)} client${n(p) <= 1 ? '' : 's'}`,
    nl: (p) => `${n(p)} klant${n(p) === 1 ? '' : 'en'}`,
    de: (p) => `${n(p)} Kunde${n(p) === 1 ? '' : 'n'}`,
  },
};
