import { UsageError } from '../errors.js';

/** `--env` (banqup-api.md §1). */
export type ApiEnv = 'prod' | 'uat' | 'sandbox';
/** `--region`: firms registered in France use `fr`. */
export type ApiRegion = 'eu' | 'fr';

/** Hosts per environment (banqup-api.md §1); `{region}` is `eu` or `fr`. */
const HOSTS: Readonly<Record<ApiEnv, string>> = {
  prod: 'api.btx.{region}.banqup.com',
  uat: 'api.uat.btx.{region}.banqup.com',
  sandbox: 'api.cve.btx.{region}.banqup.com',
};

/** The flags and environment that decide the base URL. */
export interface BaseUrlOptions {
  readonly env: ApiEnv;
  readonly region: ApiRegion;
  /** `BANQUP_API_URL` / `--api-url`: replaces the whole base URL (tests, the local sandbox). */
  readonly apiUrl?: string;
}

/**
 * The base URL of the API, without a trailing slash. An override must be https, except on this
 * computer (127.0.0.0/8, localhost, [::1]) where http is accepted: the sandbox runs there, and
 * nothing else may see the client secret in clear.
 */
export function resolveBaseUrl(options: BaseUrlOptions): string {
  if (options.apiUrl === undefined || options.apiUrl.trim() === '') {
    return `https://${HOSTS[options.env].replace('{region}', options.region)}`;
  }
  const text = options.apiUrl.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError('api_url.invalid', { url: redactUserinfo(text) });
  }
  // user:password@ would be a credential in a log line; a query or fragment would be dropped silently.
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new UsageError('api_url.invalid', { url: redactUserinfo(text) });
  }
  if (url.protocol === 'https:') return stripSlash(url);
  if (url.protocol === 'http:') {
    if (isLoopback(url.hostname)) return stripSlash(url);
    throw new UsageError('api_url.insecure', { url: text });
  }
  throw new UsageError('api_url.invalid', { url: redactUserinfo(text) });
}

/** Whether a URL hostname names this computer. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

function stripSlash(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function redactUserinfo(text: string): string {
  return text.replace(/\/\/[^/@]*@/, '//***@');
}
