import type { HandlerContext, SandboxRequest } from './handlerContext.js';
import { jsonResponse, problemResponse, validationFailed, type SandboxResponse, type SandboxViolation } from './sandboxResponse.js';

const PARAMS = new Set(['country', 'companyNumber', 'vatNumber']);

/**
 * `GET /registry/v1/companies?country=LU&companyNumber=B123456` (or `vatNumber=`), banqup-api.md
 * §4.4. The sandbox's register knows every number but `invalidCompanyNumbers`; with
 * `registryUnavailable` it answers 503 REGISTRY_UNAVAILABLE ("could not check", never "invalid").
 */
export function handleRegistry(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
  const violations: SandboxViolation[] = [];
  for (const name of new Set(req.query.keys())) {
    if (!PARAMS.has(name)) violations.push({ field: name, code: 'unsupported', message: `${name} - is not a parameter` });
  }
  const country = req.query.get('country') ?? '';
  const companyNumber = req.query.get('companyNumber') || undefined;
  const vatNumber = req.query.get('vatNumber') || undefined;
  if (!/^[A-Z]{2}$/.test(country)) violations.push({ field: 'country', code: 'required', message: 'country - ISO 3166-1 alpha-2' });
  if (companyNumber === undefined && vatNumber === undefined) {
    violations.push({ field: 'companyNumber', code: 'required', message: 'companyNumber or vatNumber - is required' });
  }
  if (violations.length > 0) return validationFailed(ctx, violations);
  if (ctx.options.registryUnavailable) {
    return problemResponse(ctx, 503, 'REGISTRY_UNAVAILABLE', 'The national business register did not answer');
  }
  const unknown = [companyNumber, vatNumber].some((n) => n !== undefined && ctx.invalidCompanyNumbers.has(n));
  const results = unknown
    ? []
    : [{ legalName: `Registered company ${companyNumber ?? vatNumber}`, country, companyNumber: companyNumber ?? null, vatNumber: vatNumber ?? null }];
  return jsonResponse(200, { results });
}
