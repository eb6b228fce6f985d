import type { MessageCatalogue } from '../domain/types.js';

/** Messages of `banqup-import sandbox`, in every language. The demo credentials are public values, fine to show. */
export const sandboxMessages: MessageCatalogue = {
  'sandbox.share_invalid': {
    en: (p) => `${p.option} takes a share from 0 to 1 (0.1 = one request in ten); "${p.value}" is not one.`,
    fr: (p) => `${p.option} attend une part de 0 à 1 (0.1 = une requête sur dix) ; « ${p.value} » n’en est pas une.`,
    nl: (p) => `${p.option} verwacht een aandeel van 0 tot 1 (0.1 = één verzoek op tien); “${p.value}” is dat niet.`,
    de: (p) => `${p.option} erwartet einen Anteil von 0 bis 1 (0.1 = eine Anfrage von zehn); „${p.value}“ ist keiner.`,
  },
  'sandbox.rate_limit_invalid': {
    en: (p) => `--rate-limit takes requests per second, optionally with a burst: 5 or 5:10; "${p.value}" is neither.`,
    fr: (p) => `--rate-limit attend des requêtes par seconde, avec une rafale en option : 5 ou 5:10 ; « ${p.value} » n’est ni l’un ni l’autre.`,
    nl: (p) => `--rate-limit verwacht verzoeken per seconde, eventueel met een piek: 5 of 5:10; “${p.value}” is geen van beide.`,
    de: (p) => `--rate-limit erwartet Anfragen pro Sekunde, optional mit Spitze: 5 oder 5:10; „${p.value}“ ist keins von beiden.`,
  },
  'sandbox.fault_spec_invalid': {
    en: (p) => `--fault takes kind[@nth][:METHOD[:path]], e.g. dropAfter@3:POST:/partner/v1/spaces/*/clients; "${p.value}" is not one.`,
    fr: (p) => `--fault attend type[@n][:MÉTHODE[:chemin]], p. ex. dropAfter@3:POST:/partner/v1/spaces/*/clients ; « ${p.value} » n’en est pas un.`,
    nl: (p) => `--fault verwacht soort[@n][:METHODE[:pad]], bv. dropAfter@3:POST:/partner/v1/spaces/*/clients; “${p.value}” is dat niet.`,
    de: (p) => `--fault erwartet Art[@n][:METHODE[:Pfad]], z. B. dropAfter@3:POST:/partner/v1/spaces/*/clients; „${p.value}“ ist keine.`,
  },
  'sandbox.fault_unknown': {
    en: (p) => `Unknown fault "${p.kind}". Known faults: ${p.kinds}.`,
    fr: (p) => `Panne inconnue « ${p.kind} ». Pannes connues : ${p.kinds}.`,
    nl: (p) => `Onbekende storing “${p.kind}”. Bekende storingen: ${p.kinds}.`,
    de: (p) => `Unbekannte Störung „${p.kind}“. Bekannte Störungen: ${p.kinds}.`,
  },
  'sandbox.host_not_loopback': {
    en: (p) => `The sandbox listens only on this computer (127.0.0.1, ::1 or localhost), not on ${p.host}: it gives a token to anyone who asks.`,
    fr: (p) => `Le bac à sable n’écoute que sur cet ordinateur (127.0.0.1, ::1 ou localhost), pas sur ${p.host} : il donne un jeton à qui le demande.`,
    nl: (p) => `De sandbox luistert alleen op deze computer (127.0.0.1, ::1 of localhost), niet op ${p.host}: hij geeft een token aan wie erom vraagt.`,
    de: (p) => `Die Sandbox lauscht nur auf diesem Computer (127.0.0.1, ::1 oder localhost), nicht auf ${p.host}: Sie gibt jedem ein Token, der fragt.`,
  },
  'sandbox.port_in_use': {
    en: (p) => `Port ${p.port} is already in use on ${p.host}. Choose another with --port, or --port 0 for a free one.`,
    fr: (p) => `Le port ${p.port} est déjà utilisé sur ${p.host}. Choisissez-en un autre avec --port, ou --port 0 pour un port libre.`,
    nl: (p) => `Poort ${p.port} is al in gebruik op ${p.host}. Kies een andere met --port, of --port 0 voor een vrije poort.`,
    de: (p) => `Port ${p.port} ist auf ${p.host} schon belegt. Wählen Sie mit --port einen anderen, oder --port 0 für einen freien.`,
  },
  'sandbox.listen_failed': {
    en: (p) => `The sandbox cannot listen on ${p.host} port ${p.port} (${p.reason}).`,
    fr: (p) => `Le bac à sable ne peut pas écouter sur ${p.host} port ${p.port} (${p.reason}).`,
    nl: (p) => `De sandbox kan niet luisteren op ${p.host} poort ${p.port} (${p.reason}).`,
    de: (p) => `Die Sandbox kann nicht auf ${p.host} Port ${p.port} lauschen (${p.reason}).`,
  },
  'sandbox.state_unreadable': {
    en: (p) => `Cannot use the sandbox state file ${p.path} (${p.reason}). Remove it to start empty, or give another --state-file.`,
    fr: (p) => `Fichier d’état du bac à sable inutilisable : ${p.path} (${p.reason}). Supprimez-le pour repartir à vide, ou indiquez un autre --state-file.`,
    nl: (p) => `Kan het statusbestand van de sandbox ${p.path} niet gebruiken (${p.reason}). Verwijder het om leeg te beginnen, of geef een ander --state-file.`,
    de: (p) => `Die Zustandsdatei der Sandbox ${p.path} ist unbrauchbar (${p.reason}). Löschen Sie sie, um leer zu starten, oder geben Sie ein anderes --state-file an.`,
  },
  'sandbox.state_unwritable': {
    en: (p) => `Cannot write the sandbox state file ${p.path} (${p.reason}). Check the folder exists and that you may write there.`,
    fr: (p) => `Impossible d’écrire le fichier d’état du bac à sable ${p.path} (${p.reason}). Vérifiez que le dossier existe et que vous pouvez y écrire.`,
    nl: (p) => `Kan het statusbestand van de sandbox ${p.path} niet schrijven (${p.reason}). Controleer of de map bestaat en of u er mag schrijven.`,
    de: (p) => `Die Zustandsdatei der Sandbox ${p.path} kann nicht geschrieben werden (${p.reason}). Prüfen Sie, ob der Ordner existiert und beschreibbar ist.`,
  },
  'sandbox.started': {
    en: (p) =>
      `Banqup sandbox listening on ${p.url} (${p.spaces}). Demo credentials: ${p.clientId} / ${p.clientSecret}.\n` +
      'The export lines on standard output set BANQUP_API_URL and the credentials. Stop it with Ctrl-C.',
    fr: (p) =>
      `Bac à sable Banqup à l’écoute sur ${p.url} (${p.spaces}). Identifiants de démonstration : ${p.clientId} / ${p.clientSecret}.\n` +
      'Les lignes export de la sortie standard définissent BANQUP_API_URL et les identifiants. Arrêtez-le avec Ctrl-C.',
    nl: (p) =>
      `Banqup-sandbox luistert op ${p.url} (${p.spaces}). Demotoegangsgegevens: ${p.clientId} / ${p.clientSecret}.\n` +
      'De export-regels op de standaarduitvoer stellen BANQUP_API_URL en de toegangsgegevens in. Stop hem met Ctrl-C.',
    de: (p) =>
      `Banqup-Sandbox lauscht auf ${p.url} (${p.spaces}). Demo-Zugangsdaten: ${p.clientId} / ${p.clientSecret}.\n` +
      'Die export-Zeilen der Standardausgabe setzen BANQUP_API_URL und die Zugangsdaten. Beenden mit Strg-C.',
  },
  'sandbox.spaces': {
    en: (p) => `${p.n} space(s) for the app${p.first ? `, Partner space ${p.first}` : ''}`,
    fr: (p) => `${p.n} espace(s) pour l’application${p.first ? `, espace Partner ${p.first}` : ''}`,
    nl: (p) => `${p.n} omgeving(en) voor de app${p.first ? `, Partner-omgeving ${p.first}` : ''}`,
    de: (p) => `${p.n} Bereich(e) für die App${p.first ? `, Partner-Bereich ${p.first}` : ''}`,
  },
  'sandbox.state_loaded': {
    en: (p) => `State file ${p.path}: ${p.clients} client(s) held.`,
    fr: (p) => `Fichier d’état ${p.path} : ${p.clients} client(s) enregistré(s).`,
    nl: (p) => `Statusbestand ${p.path}: ${p.clients} klant(en) bewaard.`,
    de: (p) => `Zustandsdatei ${p.path}: ${p.clients} Kunde(n) gespeichert.`,
  },
  'sandbox.stopped': {
    en: (p) => `Sandbox stopped after ${p.requests} request(s); it held ${p.clients} client(s).`,
    fr: (p) => `Bac à sable arrêté après ${p.requests} requête(s) ; il contenait ${p.clients} client(s).`,
    nl: (p) => `Sandbox gestopt na ${p.requests} verzoek(en); hij bevatte ${p.clients} klant(en).`,
    de: (p) => `Sandbox nach ${p.requests} Anfrage(n) beendet; sie enthielt ${p.clients} Kunde(n).`,
  },
};
