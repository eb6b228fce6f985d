import { AuthError, UsageError } from '../errors.js';
import type { Space } from './types.js';

/** The Partner type (banqup-api.md §3; an assumed value). */
export const PARTNER_SPACE_TYPE = 'PARTNER';

/**
 * The space to import into: `--space <id>` when given, else the only Partner space. An empty list
 * means the app was never allowed into the firm's space (AuthError, exit 4), not "no clients".
 */
export function chooseSpace(spaces: readonly Space[], requestedId?: string): Space {
  if (spaces.length === 0) throw new AuthError('space.none');
  if (requestedId !== undefined) {
    const chosen = spaces.find((space) => space.id === requestedId);
    if (chosen === undefined) throw new UsageError('space.not_found', { id: requestedId, spaces: listSpaces(spaces) });
    return chosen;
  }
  const partners = spaces.filter((space) => space.type === PARTNER_SPACE_TYPE);
  const [only, ...others] = partners;
  if (only === undefined) throw new AuthError('space.no_partner', { count: spaces.length });
  if (others.length > 0) throw new UsageError('space.several', { spaces: listSpaces(partners) });
  return only;
}

/** One line per space, `  <id>  <name> (<type>)`, names stripped of control characters (they come from the API). */
function listSpaces(spaces: readonly Space[]): string {
  // eslint-disable-next-line no-control-regex
  const clean = (text: string): string => text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
  return spaces.map((space) => `  ${clean(space.id)}  ${clean(space.name)} (${clean(space.type)})`).join('\n');
}
