import type { MessageCatalogue } from '../domain/types.js';

/** Messages of `banqup-import sandbox`, EN + FR. The demo credentials are public values, fine to show. */
export const sandboxMessages: MessageCatalogue = {
  'sandbox.share_invalid': {
    en: (p) => `${p.option} takes a share from 0 to 1 (0.1 = one request in ten); "${p.value}" is not one.`,
    fr: (p) => `${p.option} attend une part de 0 à 1 (0.1 = une requête sur dix) ; « ${p.value} » n’en est pas une.`,
  },
  'sandbox.rate_limit_invalid': {
    en: (p) => `--rate-limit takes requests per second, optionally with a burst: 5 or 5:10; "${p.value}" is neither.`,
    fr: (p) => `--rate-limit attend des requêtes par seconde, avec une rafale en option : 5 ou 5:10 ; « ${p.value} » n’est ni l’un ni l’autre.`,
  },
  'sandbox.fault_spec_invalid': {
    en: (p) => `--fault takes kind[@nth][:METHOD[:path]], e.g. dropAfter@3:POST:/partner/v1/spaces/*/clients; "${p.value}" is not one.`,
    fr: (p) => `--fault attend type[@n][:MÉTHODE[:chemin]], p. ex. dropAfter@3:POST:/partner/v1/spaces/*/clients ; « ${p.value} » n’en est pas un.`,
  },
  'sandbox.fault_unknown': {
    en: (p) => `Unknown fault "${p.kind}". Known faults: ${p.kinds}.`,
    fr: (p) => `Panne inconnue « ${p.kind} ». Pannes connues : ${p.kinds}.`,
  },
  'sandbox.host_not_loopback': {
    en: (p) => `The sandbox listens only on this computer (127.0.0.1, ::1 or localhost), not on ${p.host}: it gives a token to anyone who asks.`,
    fr: (p) => `Le bac à sable n’écoute que sur cet ordinateur (127.0.0.1, ::1 ou localhost), pas sur ${p.host} : il donne un jeton à qui le demande.`,
  },
  'sandbox.port_in_use': {
    en: (p) => `Port ${p.port} is already in use on ${p.host}. Choose another with --port, or --port 0 for a free one.`,
    fr: (p) => `Le port ${p.port} est déjà utilisé sur ${p.host}. Choisissez-en un autre avec --port, ou --port 0 pour un port libre.`,
  },
  'sandbox.listen_failed': {
    en: (p) => `The sandbox cannot listen on ${p.host} port ${p.port} (${p.reason}).`,
    fr: (p) => `Le bac à sable ne peut pas écouter sur ${p.host} port ${p.port} (${p.reason}).`,
  },
  'sandbox.state_unreadable': {
    en: (p) => `Cannot use the sandbox state file ${p.path} (${p.reason}). Remove it to start empty, or give another --state-file.`,
    fr: (p) => `Fichier d’état du bac à sable inutilisable : ${p.path} (${p.reason}). Supprimez-le pour repartir à vide, ou indiquez un autre --state-file.`,
  },
  'sandbox.state_unwritable': {
    en: (p) => `Cannot write the sandbox state file ${p.path} (${p.reason}). Check the folder exists and that you may write there.`,
    fr: (p) => `Impossible d’écrire le fichier d’état du bac à sable ${p.path} (${p.reason}). Vérifiez que le dossier existe et que vous pouvez y écrire.`,
  },
  'sandbox.started': {
    en: (p) =>
      `Banqup sandbox listening on ${p.url} (${p.spaces}). Demo credentials: ${p.clientId} / ${p.clientSecret}.\n` +
      'The export lines on standard output set BANQUP_API_URL and the credentials. Stop it with Ctrl-C.',
    fr: (p) =>
      `Bac à sable Banqup à l’écoute sur ${p.url} (${p.spaces}). Identifiants de démonstration : ${p.clientId} / ${p.clientSecret}.\n` +
      'Les lignes export de la sortie standard définissent BANQUP_API_URL et les identifiants. Arrêtez-le avec Ctrl-C.',
  },
  'sandbox.spaces': {
    en: (p) => `${p.n} space(s) for the app${p.first ? `, Partner space ${p.first}` : ''}`,
    fr: (p) => `${p.n} espace(s) pour l’application${p.first ? `, espace Partner ${p.first}` : ''}`,
  },
  'sandbox.state_loaded': {
    en: (p) => `State file ${p.path}: ${p.clients} client(s) held.`,
    fr: (p) => `Fichier d’état ${p.path} : ${p.clients} client(s) enregistré(s).`,
  },
  'sandbox.stopped': {
    en: (p) => `Sandbox stopped after ${p.requests} request(s); it held ${p.clients} client(s).`,
    fr: (p) => `Bac à sable arrêté après ${p.requests} requête(s) ; il contenait ${p.clients} client(s).`,
  },
};
