import { randomInt } from '../scale.js';

/*
 * Wrong answers for the shape fuzz (issue 11): each takes a right answer of one endpoint and
 * breaks it in one way that banqup-api.md does not allow. Fields the contract makes optional are
 * never removed (their absence is right); a value is only replaced by one of another JSON type, so
 * that the result is wrong whatever the field's own rules.
 */

/** The endpoints whose answers are broken, as the proxy and the adapter name them. */
export const ENDPOINTS = ['token', 'spaces', 'listing', 'client', 'create', 'provisioning', 'registry'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** How an answer is broken. `trickle` and `huge` are done by the server, not by `mutate`. */
export const MUTATIONS = ['missing-field', 'wrong-type', 'extra-nesting', 'wrong-total', 'page-size', 'empty-body', 'not-json', 'huge', 'trickle', 'attack-1'] as const;
export type Mutation = (typeof MUTATIONS)[number];

/** Which mutations make sense for an endpoint (totals and page sizes only for the listing). */
export function mutationsFor(endpoint: Endpoint): Mutation[] {
  return MUTATIONS.filter((m) => (m !== 'wrong-total' && m !== 'page-size' && m !== 'attack-1') || endpoint === 'listing');
}

/** Keys the contract lets an answer leave out, per endpoint. */
const OPTIONAL: Readonly<Record<Endpoint, ReadonlySet<string>>> = {
  token: new Set(['token_type', 'expires_in', 'expires_at']),
  spaces: new Set(['segment']),
  listing: new Set(['links', 'documentSharing']),
  client: new Set(['links', 'documentSharing']),
  create: new Set(['links', 'documentSharing']),
  provisioning: new Set(['links', 'detail']),
  registry: new Set(['companyNumber', 'vatNumber']),
};

type Path = readonly (string | number)[];

function walk(value: unknown, path: Path, out: { path: Path; value: unknown }[]): void {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items.length === 0 ? undefined : items[randomInt(random, 0, items.length - 1)];
}

function setAt(root: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

/** A value of another JSON type than `value` (so never a valid replacement, nullable or not). */
function otherType(value: unknown, random: () => number): unknown {
  if (typeof value === 'string') return pick([42, {}, [], true], random);
  if (typeof value === 'number') return pick(['x', {}, [], false], random);
  if (typeof value === 'boolean') return pick(['yes', 1, {}], random);
  if (Array.isArray(value)) return pick([{}, 'x', 7], random);
  if (value === null) return pick([42, [], true], random);
  return pick(['x', [], 3], random);
}

/** A broken copy of `body`, a right answer of `endpoint`; a string for the kinds that are not JSON. */
export function mutate(body: unknown, endpoint: Endpoint, mutation: Mutation, random: () => number): unknown {
  const nodes: { path: Path; value: unknown }[] = [];
  walk(body, [], nodes);
  switch (mutation) {
    case 'missing-field': {
      const removable = nodes.filter((n) => typeof n.path.at(-1) === 'string' && !OPTIONAL[endpoint].has(n.path.at(-1) as string) && !n.path.includes('detail'));
      const target = pick(removable, random);
      return target === undefined ? {} : setAt(body, target.path, (parent, key) => delete parent[key]);
    }
    case 'wrong-type': {
      // `detail` is free text the contract does not read (a problem's, a failed item's).
      const target = pick(nodes.filter((n) => n.path.length > 0 && !n.path.includes('detail')), random);
      return target === undefined ? 'x' : setAt(body, target.path, (parent, key) => (parent[key] = otherType(target.value, random)));
    }
    case 'extra-nesting':
      return pick([{ data: body }, [body], { result: body, status: 'OK' }], random);
    case 'wrong-total': {
      const page = body as { total: number; results: unknown[] };
      const shown = page.results.length;
      const total = pick<unknown>(['many', -1, 1.5, Math.max(0, shown - 1), shown + 150, String(page.total), null], random);
      return { ...page, total };
    }
    case 'page-size': {
      const page = body as { page: number; size: number; total: number; results: unknown[] };
      const variant = randomInt(random, 0, 2);
      if (variant === 0) return { ...page, total: page.size + 1, results: Array.from({ length: page.size + 1 }, (_, i) => page.results[i % Math.max(1, page.results.length)] ?? {}) };
      if (variant === 1) return { ...page, page: page.page + 3 };
      return { ...page, size: page.size === 50 ? 20 : 50 };
    }
    case 'attack-1':
      return { results: [{ id: 5, status: {} }], total: 'many' };
    case 'empty-body':
      return '';
    case 'not-json':
      return pick(['<html><body>502 Bad Gateway</body></html>', '{"results": [', 'null', 'true', '[]'], random);
    default:
      return body;
  }
}
