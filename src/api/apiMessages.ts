import type { MessageCatalogue, MessageParams } from '../domain/types.js';

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
/** The call an answer was to (`GET /entitystore/v1/spaces`): the path only, never the query. */
function callOf(p: MessageParams, lang: 'en' | 'fr' = 'en'): string {
  if (typeof p.method === 'string' && typeof p.path === 'string') return `${p.method} ${p.path}`;
  return lang === 'fr' ? 'une requête' : 'a request';
}
function codeEn(p: MessageParams): string {
  return p.code === undefined || p.code === '' ? '' : `, ${p.code}`;
}

/** Messages of the API adapter: failed calls, space choice, API address, server-side violations. */
export const apiMessages: MessageCatalogue = {
  'api.network': {
    en: (p) => `Cannot reach Banqup (connection failed). Check the internet connection, then run again.${ridEn(p)}`,
    fr: (p) => `Impossible de joindre Banqup (connexion échouée). Vérifiez la connexion Internet, puis relancez.${ridFr(p)}`,
  },
  'api.timeout': {
    en: (p) => `Banqup did not answer in time. Wait a few minutes, then run again.${ridEn(p)}`,
    fr: (p) => `Banqup n’a pas répondu à temps. Attendez quelques minutes, puis relancez.${ridFr(p)}`,
  },
  'api.bad_response': {
    en: (p) => `Could not read Banqup’s answer to ${callOf(p)} (HTTP ${p.status}): cut short or not in the agreed form. Run again later.${ridEn(p)}`,
    fr: (p) => `Réponse de Banqup illisible pour ${callOf(p, 'fr')} (HTTP ${p.status}) : tronquée ou hors du format convenu. Relancez plus tard.${ridFr(p)}`,
  },
  'api.unusable': {
    en: (p) => `Banqup answered ${callOf(p)} with something banqup-import could not use (HTTP ${p.status}${codeEn(p)}). Run again later.${ridEn(p)}`,
    fr: (p) => `Banqup a répondu à ${callOf(p, 'fr')} par une réponse inutilisable (HTTP ${p.status}${codeEn(p)}). Relancez plus tard.${ridFr(p)}`,
  },
  'api.certificate': {
    en: (p) => `Banqup’s TLS certificate could not be verified (${p.reason}); nothing was sent. A test server? Set NODE_EXTRA_CA_CERTS to its CA file.${ridEn(p)}`,
    fr: (p) => `Certificat TLS de Banqup non vérifié (${p.reason}) ; rien n’a été envoyé. Serveur de test ? Mettez son AC dans NODE_EXTRA_CA_CERTS.${ridFr(p)}`,
  },
  'api.rate_limited': {
    en: (p) => `Banqup kept refusing requests as too many. Wait a few minutes, or lower --rate.${ridEn(p)}`,
    fr: (p) => `Banqup refuse encore les requêtes, trop nombreuses. Attendez quelques minutes ou baissez --rate.${ridFr(p)}`,
  },
  'api.server': {
    en: (p) => `Banqup had a server error (HTTP ${p.status}). Run again later.${ridEn(p)}`,
    fr: (p) => `Banqup a rencontré une erreur de serveur (HTTP ${p.status}). Relancez plus tard.${ridFr(p)}`,
  },
  'api.unauthorized': {
    en: (p) => `Banqup refused the credentials: check BANQUP_CLIENT_ID and BANQUP_CLIENT_SECRET.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé les identifiants : vérifiez BANQUP_CLIENT_ID et BANQUP_CLIENT_SECRET.${ridFr(p)}`,
  },
  'api.forbidden': {
    en: (p) => `This app may not use this Banqup space. Ask its administrator: Settings → External applications.${ridEn(p)}`,
    fr: (p) => `Cette application n’a pas accès à cet espace Banqup. Demandez à son administrateur : Paramètres → Applications externes.${ridFr(p)}`,
  },
  'api.not_found': {
    en: (p) => `Banqup does not know this space or client (HTTP 404). Check the --space value.${ridEn(p)}`,
    fr: (p) => `Banqup ne connaît pas cet espace ou ce client (HTTP 404). Vérifiez la valeur de --space.${ridFr(p)}`,
  },
  'api.conflict': {
    en: (p) => `Banqup refused: this client already exists there (HTTP 409${codeEn(p)}).${ridEn(p)}`,
    fr: (p) => `Refus de Banqup : ce client y existe déjà (HTTP 409${codeEn(p)}).${ridFr(p)}`,
  },
  'api.validation': {
    en: (p) => `Banqup refused these values: ${p.fields}. Correct them and run again.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé ces valeurs : ${p.fields}. Corrigez-les et relancez.${ridFr(p)}`,
  },
  'api.client_error': {
    en: (p) => `Banqup refused the request (HTTP ${p.status}${codeEn(p)}). Likely a bug in banqup-import: please report it.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé la requête (HTTP ${p.status}${codeEn(p)}). Sans doute un bogue de banqup-import : signalez-le.${ridFr(p)}`,
  },

  'space.none': {
    en: () => 'No Banqup space is open to this app: the firm’s space administrator must allow it in Settings → External applications.',
    fr: () => 'Aucun espace Banqup n’est ouvert à cette application : l’administrateur doit l’autoriser (Paramètres → Applications externes).',
  },
  'space.no_partner': {
    en: (p) => `This app sees ${p.count} space(s), but no Partner space. Ask the firm’s administrator to open the Partner space to it.`,
    fr: (p) => `Cette application voit ${p.count} espace(s), mais aucun espace Partner. Demandez à l’administrateur du cabinet d’y ouvrir l’accès.`,
  },
  'space.several': {
    en: (p) => `Several Partner spaces are open to this app: choose one with --space <id>.\n${p.spaces}`,
    fr: (p) => `Plusieurs espaces Partner sont ouverts à cette application : choisissez-en un avec --space <id>.\n${p.spaces}`,
  },
  'space.not_found': {
    en: (p) => `No space ${p.id} is open to this app. Use one of these with --space:\n${p.spaces}`,
    fr: (p) => `Aucun espace ${p.id} n’est ouvert à cette application. Utilisez l’un de ceux-ci avec --space :\n${p.spaces}`,
  },

  'api_url.invalid': {
    en: (p) => `The API address "${p.url}" is not a web address. Example: https://api.btx.eu.banqup.com`,
    fr: (p) => `L’adresse de l’API « ${p.url} » n’est pas une adresse web. Exemple : https://api.btx.eu.banqup.com`,
  },
  'api_url.insecure': {
    en: (p) => `The API address "${p.url}" must start with https:// (http:// only for this computer, e.g. 127.0.0.1).`,
    fr: (p) => `L’adresse de l’API « ${p.url} » doit commencer par https:// (http:// seulement pour cet ordinateur, p. ex. 127.0.0.1).`,
  },

  // Violations of a 400 VALIDATION_FAILED, keyed by the code the engine puts on the cell (violationMessageCode).
  'trn.invalid': {
    en: (p) => `Banqup did not find this number in the national business register: check it.${ridEn(p)}`,
    fr: (p) => `Banqup n’a pas trouvé ce numéro au registre national des entreprises : vérifiez-le.${ridFr(p)}`,
  },
  'api.violation.required': {
    en: (p) => `Banqup requires this value: fill in the cell.${ridEn(p)}`,
    fr: (p) => `Banqup exige cette valeur : remplissez la cellule.${ridFr(p)}`,
  },
  'api.violation.format': {
    en: (p) => `Banqup refused the format of this value: compare it with the template’s example.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé le format de cette valeur : comparez-la à l’exemple du modèle.${ridFr(p)}`,
  },
  'api.violation.length': {
    en: (p) => `Banqup refused the length of this value: shorten or complete it.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé la longueur de cette valeur : raccourcissez-la ou complétez-la.${ridFr(p)}`,
  },
  'api.violation.checksum': {
    en: (p) => `Banqup found the check digits wrong: look for a typo in the number.${ridEn(p)}`,
    fr: (p) => `Banqup a trouvé la clé de contrôle fausse : cherchez une faute de frappe dans le numéro.${ridFr(p)}`,
  },
  'api.violation.unsupported': {
    en: (p) => `Banqup does not accept this value here: choose one it supports.${ridEn(p)}`,
    fr: (p) => `Banqup n’accepte pas cette valeur ici : choisissez-en une qu’il prend en charge.${ridFr(p)}`,
  },
  'api.violation.other': {
    en: (p) => `Banqup refused this value (${p.code}): check it.${ridEn(p)}`,
    fr: (p) => `Banqup a refusé cette valeur (${p.code}) : vérifiez-la.${ridFr(p)}`,
  },
};

const KNOWN_VIOLATIONS = new Set(['required', 'format', 'length', 'checksum', 'unsupported']);

/** The catalogue key for a violation code of a 400 VALIDATION_FAILED (`trn.invalid` keeps its own). */
export function violationMessageCode(code: string): string {
  if (code === 'trn.invalid') return code;
  return KNOWN_VIOLATIONS.has(code) ? `api.violation.${code}` : 'api.violation.other';
}
