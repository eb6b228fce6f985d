import type { Lang, MessageCatalogue, MessageParams } from '../domain/types.js';

/** Banqup support finds a call by its X-Request-Id, so every API message ends with it when there is one. */
function ridEn(p: MessageParams): string {
  return typeof p.requestId === 'string' && p.requestId !== ''
    ? ` (request id ${p.requestId}; give it to Banqup support)`
    : '';
}
function ridFr(p: MessageParams): string {
  return typeof p.requestId === 'string' && p.requestId !== ''
    ? ` (identifiant de requête ${p.requestId} ; donnez-le au support Banqup)`
    : '';
}
function ridNl(p: MessageParams): string {
  return typeof p.requestId === 'string' && p.requestId !== ''
    ? ` (request-id ${p.requestId}; geef het aan de support van Banqup)`
    : '';
}
function ridDe(p: MessageParams): string {
  return typeof p.requestId === 'string' && p.requestId !== ''
    ? ` (Anfrage-ID ${p.requestId}; geben Sie sie dem Banqup-Support)`
    : '';
}
const A_REQUEST: Readonly<Record<Lang, string>> = { en: 'a request', fr: 'une requête', nl: 'een verzoek', de: 'eine Anfrage' };
/** The call an answer was to (`GET /entitystore/v1/spaces`): the path only, never the query. */
function callOf(p: MessageParams, lang: Lang = 'en'): string {
  if (typeof p.method === 'string' && typeof p.path === 'string') return `${p.method} ${p.path}`;
  return A_REQUEST[lang];
}
function codeEn(p: MessageParams): string {
  return p.code === undefined || p.code === '' ? '' : `, ${p.code}`;
}

/** Messages of the API adapter: failed calls, space choice, API address, server-side violations. */
export const apiMessages: MessageCatalogue = {
  'api.network': {
    en: (p) => `Cannot reach Banqup (connection failed). Check the internet connection, then run again.${ridEn(p)}`,
    fr: (p) => `Impossible de joindre Banqup (connexion échouée). Vérifiez la connexion Internet, puis relancez.${ridFr(p)}`,
    nl: (p) => `Banqup is niet bereikbaar (verbinding mislukt). Controleer de internetverbinding en probeer opnieuw.${ridNl(p)}`,
    de: (p) => `Banqup ist nicht erreichbar (Verbindung fehlgeschlagen). Prüfen Sie die Internetverbindung und starten Sie erneut.${ridDe(p)}`,
  },
  'api.timeout': {
    en: (p) => `Banqup did not answer in time. Wait a few minutes, then run again.${ridEn(p)}`,
    fr: (p) => `Banqup n’a pas répondu à temps. Attendez quelques minutes, puis relancez.${ridFr(p)}`,
    nl: (p) => `Banqup antwoordde niet op tijd. Wacht enkele minuten en probeer opnieuw.${ridNl(p)}`,
    de: (p) => `Banqup hat nicht rechtzeitig geantwortet. Warten Sie einige Minuten und starten Sie erneut.${ridDe(p)}`,
  },
  'api.bad_response': {
    en: (p) => `Could not read Banqup’s answer to ${callOf(p)} (HTTP ${p.status}): cut short or not in the agreed form. Run again later.${ridEn(p)}`,
    fr: (p) => `Réponse de Banqup illisible pour ${callOf(p, 'fr')} (HTTP ${p.status}) : tronquée ou hors du format convenu. Relancez plus tard.${ridFr(p)}`,
    nl: (p) => `Antwoord van Banqup op ${callOf(p, 'nl')} onleesbaar (HTTP ${p.status}): afgebroken of in een ander formaat. Probeer later opnieuw.${ridNl(p)}`,
    de: (p) => `Antwort von Banqup auf ${callOf(p, 'de')} unlesbar (HTTP ${p.status}): abgeschnitten oder im falschen Format. Starten Sie später erneut.${ridDe(p)}`,
  },
  'api.unusable': {
    en: (p) => `Banqup answered ${callOf(p)} with something banqup-import could not use (HTTP ${p.status}${codeEn(p)}). Run again later.${ridEn(p)}`,
    fr: (p) => `Banqup a répondu à ${callOf(p, 'fr')} par une réponse inutilisable (HTTP ${p.status}${codeEn(p)}). Relancez plus tard.${ridFr(p)}`,
    nl: (p) => `Banqup gaf op ${callOf(p, 'nl')} een onbruikbaar antwoord (HTTP ${p.status}${codeEn(p)}). Probeer later opnieuw.${ridNl(p)}`,
    de: (p) => `Banqup antwortete auf ${callOf(p, 'de')} mit einer unbrauchbaren Antwort (HTTP ${p.status}${codeEn(p)}). Starten Sie später erneut.${ridDe(p)}`,
  },
  'api.certificate': {
    en: (p) => `Banqup’s TLS certificate could not be verified (${p.reason}); nothing was sent. A test server? Set NODE_EXTRA_CA_CERTS to its CA file.${ridEn(p)}`,
    fr: (p) => `Certificat TLS de Banqup non vérifié (${p.reason}) ; rien n’a été envoyé. Serveur de test ? Mettez son AC dans NODE_EXTRA_CA_CERTS.${ridFr(p)}`,
    nl: (p) => `TLS-certificaat van Banqup niet geverifieerd (${p.reason}); niets verstuurd. Testserver? Zet zijn CA in NODE_EXTRA_CA_CERTS.${ridNl(p)}`,
    de: (p) => `TLS-Zertifikat von Banqup nicht geprüft (${p.reason}); nichts gesendet. Ein Testserver? Tragen Sie seine CA in NODE_EXTRA_CA_CERTS ein.${ridDe(p)}`,
  },
  'api.rate_limited': {
    en: (p) => `Banqup kept refusing requests as too many. Wait a few minutes, or lower --rate.${ridEn(p)}`,
    fr: (p) => `Banqup refuse encore les requêtes, trop nombreuses. Attendez quelques minutes ou baissez --rate.${ridFr(p)}`,
    nl: (p) => `Banqup bleef verzoeken weigeren omdat het er te veel waren. Wacht enkele minuten, of verlaag --rate.${ridNl(p)}`,
    de: (p) => `Banqup lehnte weiterhin Anfragen als zu zahlreich ab. Warten Sie einige Minuten oder senken Sie --rate.${ridDe(p)}`,
  },
  'api.server': {
    en: (p) => `Banqup had a server error (HTTP ${p.status}). Run again later.${ridEn(p)}`,
    fr: (p) => `Banqup a rencontré une erreur de serveur (HTTP ${p.status}). Relancez plus tard.${ridFr(p)}`,
    nl: (p) => `Banqup had een serverfout (HTTP ${p.status}). Probeer later opnieuw.${ridNl(p)}`,
    de: (p) => `Banqup hatte einen Serverfehler (HTTP ${p.status}). Starten Sie später erneut.${ridDe(p)}`,
  },
  'api.unauthorized': {
    en: (p) => `Banqup refused the credentials: check BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé les identifiants : vérifiez BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET.${ridFr(p)}`,
    nl: (p) => `Banqup weigerde de toegangsgegevens: controleer BANQUP_CLIENT_ID en BANQUP_CLIENT_SECRET.${ridNl(p)}`,
    de: (p) => `Banqup hat die Zugangsdaten abgelehnt: Prüfen Sie BANQUP_CLIENT_ID und BANQUP_CLIENT_SECRET.${ridDe(p)}`,
  },
  'api.forbidden': {
    en: (p) => `This app may not use this Banqup space. Ask its administrator: Settings → External applications.${ridEn(p)}`,
    fr: (p) => `Cette application n’a pas accès à cet espace Banqup. Demandez à son administrateur : Paramètres → Applications externes.${ridFr(p)}`,
    nl: (p) => `Deze app heeft geen toegang tot deze Banqup-omgeving. Vraag het aan de beheerder: Instellingen → Externe toepassingen.${ridNl(p)}`,
    de: (p) => `Diese App darf diesen Banqup-Bereich nicht nutzen. Fragen Sie den Administrator: Einstellungen → Externe Anwendungen.${ridDe(p)}`,
  },
  'api.not_found': {
    en: (p) => `Banqup does not know this space or client (HTTP 404). Check the --space value.${ridEn(p)}`,
    fr: (p) => `Banqup ne connaît pas cet espace ou ce client (HTTP 404). Vérifiez la valeur de --space.${ridFr(p)}`,
    nl: (p) => `Banqup kent deze omgeving of klant niet (HTTP 404). Controleer de waarde van --space.${ridNl(p)}`,
    de: (p) => `Banqup kennt diesen Bereich oder Kunden nicht (HTTP 404). Prüfen Sie den Wert von --space.${ridDe(p)}`,
  },
  'api.conflict': {
    en: (p) => `Banqup refused: this client already exists there (HTTP 409${codeEn(p)}).${ridEn(p)}`,
    fr: (p) => `Refus de Banqup : ce client y existe déjà (HTTP 409${codeEn(p)}).${ridFr(p)}`,
    nl: (p) => `Banqup weigerde: deze klant bestaat daar al (HTTP 409${codeEn(p)}).${ridNl(p)}`,
    de: (p) => `Banqup hat abgelehnt: Dieser Kunde existiert dort bereits (HTTP 409${codeEn(p)}).${ridDe(p)}`,
  },
  'api.validation': {
    en: (p) => `Banqup refused these values: ${p.fields}. Correct them and run again.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé ces valeurs : ${p.fields}. Corrigez-les et relancez.${ridFr(p)}`,
    nl: (p) => `Banqup weigerde deze waarden: ${p.fields}. Verbeter ze en probeer opnieuw.${ridNl(p)}`,
    de: (p) => `Banqup hat diese Werte abgelehnt: ${p.fields}. Korrigieren Sie sie und starten Sie erneut.${ridDe(p)}`,
  },
  'api.client_error': {
    en: (p) => `Banqup refused the request (HTTP ${p.status}${codeEn(p)}). Likely a bug in banqup-import: please report it.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé la requête (HTTP ${p.status}${codeEn(p)}). Sans doute un bogue de banqup-import : signalez-le.${ridFr(p)}`,
    nl: (p) => `Banqup weigerde het verzoek (HTTP ${p.status}${codeEn(p)}). Wellicht een fout in banqup-import: meld het a.u.b.${ridNl(p)}`,
    de: (p) => `Banqup hat die Anfrage abgelehnt (HTTP ${p.status}${codeEn(p)}). Wohl ein Fehler in banqup-import: Bitte melden Sie ihn.${ridDe(p)}`,
  },

  'space.none': {
    en: () => 'No Banqup space is open to this app: the firm’s space administrator must allow it in Settings → External applications.',
    fr: () => 'Aucun espace Banqup n’est ouvert à cette application : l’administrateur doit l’autoriser (Paramètres → Applications externes).',

    nl: () => 'Geen enkele Banqup-omgeving staat open voor deze app: de beheerder van het kantoor moet ze toestaan (Instellingen → Externe toepassingen).',

    de: () => 'Kein Banqup-Bereich ist für diese App freigegeben: Der Administrator muss sie zulassen (Einstellungen → Externe Anwendungen).',
  },
  'space.no_partner': {
    en: (p) => `This app sees ${p.count} space(s), but no Partner space. Ask the firm’s administrator to open the Partner space to it.`,
    fr: (p) => `Cette application voit ${p.count} espace(s), mais aucun espace Partner. Demandez à l’administrateur du cabinet d’y ouvrir l’accès.`,
    nl: (p) => `Deze app ziet ${p.count} omgeving(en), maar geen Partner-omgeving. Vraag de beheerder van het kantoor om die open te stellen.`,
    de: (p) => `Diese App sieht ${p.count} Bereich(e), aber keinen Partner-Bereich. Bitten Sie den Administrator der Kanzlei, ihn freizugeben.`,
  },
  'space.several': {
    en: (p) => `Several Partner spaces are open to this app: choose one with --space <id>.\n${p.spaces}`,
    fr: (p) => `Plusieurs espaces Partner sont ouverts à cette application : choisissez-en un avec --space <id>.\n${p.spaces}`,
    nl: (p) => `Meerdere Partner-omgevingen staan open voor deze app: kies er een met --space <id>.\n${p.spaces}`,
    de: (p) => `Mehrere Partner-Bereiche sind für diese App freigegeben: Wählen Sie einen mit --space <id>.\n${p.spaces}`,
  },
  'space.not_found': {
    en: (p) => `No space ${p.id} is open to this app. Use one of these with --space:\n${p.spaces}`,
    fr: (p) => `Aucun espace ${p.id} n’est ouvert à cette application. Utilisez l’un de ceux-ci avec --space :\n${p.spaces}`,
    nl: (p) => `Geen omgeving ${p.id} staat open voor deze app. Gebruik een van deze met --space:\n${p.spaces}`,
    de: (p) => `Kein Bereich ${p.id} ist für diese App freigegeben. Verwenden Sie einen dieser mit --space:\n${p.spaces}`,
  },

  'api_url.invalid': {
    en: (p) => `The API address "${p.url}" is not a web address. Example: https://api.btx.eu.banqup.com`,
    fr: (p) => `L’adresse de l’API « ${p.url} » n’est pas une adresse web. Exemple : https://api.btx.eu.banqup.com`,

    nl: (p) => `Het API-adres “${p.url}” is geen webadres. Voorbeeld: https://api.btx.eu.banqup.com`,

    de: (p) => `Die API-Adresse „${p.url}“ ist keine Webadresse. Beispiel: https://api.btx.eu.banqup.com`,
  },
  'api_url.insecure': {
    en: (p) => `The API address "${p.url}" must start with https:// (http:// only for this computer, e.g. 127.0.0.1).`,
    fr: (p) => `L’adresse de l’API « ${p.url} » doit commencer par https:// (http:// seulement pour cet ordinateur, p. ex. 127.0.0.1).`,
    nl: (p) => `Het API-adres “${p.url}” moet beginnen met https:// (http:// alleen voor deze computer, bv. 127.0.0.1).`,
    de: (p) => `Die API-Adresse „${p.url}“ muss mit https:// beginnen (http:// nur für diesen Computer, z. B. 127.0.0.1).`,
  },

  // Violations of a 400 VALIDATION_FAILED, keyed by the code the engine puts on the cell (violationMessageCode).
  'trn.invalid': {
    en: (p) => `Banqup did not find this number in the national business register: check it.${ridEn(p)}`,
    fr: (p) => `Banqup n’a pas trouvé ce numéro au registre national des entreprises : vérifiez-le.${ridFr(p)}`,
    nl: (p) => `Banqup vond dit nummer niet in het nationale ondernemingsregister: controleer het.${ridNl(p)}`,
    de: (p) => `Banqup hat diese Nummer im nationalen Handelsregister nicht gefunden: Prüfen Sie sie.${ridDe(p)}`,
  },
  'api.violation.required': {
    en: (p) => `Banqup requires this value: fill in the cell.${ridEn(p)}`,
    fr: (p) => `Banqup exige cette valeur : remplissez la cellule.${ridFr(p)}`,
    nl: (p) => `Banqup vereist deze waarde: vul de cel in.${ridNl(p)}`,
    de: (p) => `Banqup verlangt diesen Wert: Füllen Sie die Zelle aus.${ridDe(p)}`,
  },
  'api.violation.format': {
    en: (p) => `Banqup refused the format of this value: compare it with the template’s example.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé le format de cette valeur : comparez-la à l’exemple du modèle.${ridFr(p)}`,
    nl: (p) => `Banqup weigerde het formaat van deze waarde: vergelijk met het voorbeeld in het sjabloon.${ridNl(p)}`,
    de: (p) => `Banqup hat das Format dieses Werts abgelehnt: Vergleichen Sie ihn mit dem Beispiel der Vorlage.${ridDe(p)}`,
  },
  'api.violation.length': {
    en: (p) => `Banqup refused the length of this value: shorten or complete it.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé la longueur de cette valeur : raccourcissez-la ou complétez-la.${ridFr(p)}`,
    nl: (p) => `Banqup weigerde de lengte van deze waarde: maak ze korter of vul ze aan.${ridNl(p)}`,
    de: (p) => `Banqup hat die Länge dieses Werts abgelehnt: Kürzen oder ergänzen Sie ihn.${ridDe(p)}`,
  },
  'api.violation.checksum': {
    en: (p) => `Banqup found the check digits wrong: look for a typo in the number.${ridEn(p)}`,
    fr: (p) => `Banqup a trouvé la clé de contrôle fausse : cherchez une faute de frappe dans le numéro.${ridFr(p)}`,
    nl: (p) => `Banqup vond de controlecijfers fout: zoek een tikfout in het nummer.${ridNl(p)}`,
    de: (p) => `Banqup hat falsche Prüfziffern festgestellt: Suchen Sie einen Tippfehler in der Nummer.${ridDe(p)}`,
  },
  'api.violation.unsupported': {
    en: (p) => `Banqup does not accept this value here: choose one it supports.${ridEn(p)}`,
    fr: (p) => `Banqup n’accepte pas cette valeur ici : choisissez-en une qu’il prend en charge.${ridFr(p)}`,
    nl: (p) => `Banqup aanvaardt deze waarde hier niet: kies er een die het ondersteunt.${ridNl(p)}`,
    de: (p) => `Banqup akzeptiert diesen Wert hier nicht: Wählen Sie einen unterstützten Wert.${ridDe(p)}`,
  },
  'api.violation.other': {
    en: (p) => `Banqup refused this value (${p.code}): check it.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé cette valeur (${p.code}) : vérifiez-la.${ridFr(p)}`,
    nl: (p) => `Banqup weigerde deze waarde (${p.code}): controleer ze.${ridNl(p)}`,
    de: (p) => `Banqup hat diesen Wert abgelehnt (${p.code}): Prüfen Sie ihn.${ridDe(p)}`,
  },
};

const KNOWN_VIOLATIONS = new Set(['required', 'format', 'length', 'checksum', 'unsupported']);

/** The catalogue key for a violation code of a 400 VALIDATION_FAILED (`trn.invalid` keeps its own). */
export function violationMessageCode(code: string): string {
  if (code === 'trn.invalid') return code;
  return KNOWN_VIOLATIONS.has(code) ? `api.violation.${code}` : 'api.violation.other';
}
