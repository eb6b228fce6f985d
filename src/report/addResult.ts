import type { Issue, Row } from '../domain/types.js';
import type { RunResult } from '../engine/runResult.js';
import type { Render } from './jsonDocument.js';
import { sanitizeForTerminal } from './sanitize.js';
import { typedOf } from '../domain/sheetCell.js';

/** What `add` saw happen, beyond the row: whether it created the client and activated one in this run. */
export interface AddRun {
  readonly created: boolean;
  readonly activated: boolean;
}

const line = (text: string): string => `${sanitizeForTerminal(text)}\n`;

/** A problem as `add` shows it: the flag that gave the value, the message, what was typed. */
function issueLine(issue: Issue, render: Render): string {
  return line(`  ${render('add.issue', { flag: issue.header, message: render(issue.messageCode, issue.params), value: issue.value })}`);
}

/** The client's two links, as Banqup gave them. */
function linkLines(row: Row, render: Render): string {
  if (row.links === undefined) return '';
  const files = row.links.banqupFiles;
  return (
    line(`  ${render('links.banqup', { url: row.links.banqup })}`) +
    line(`  ${files === null ? render('links.banqup_files_off', {}) : render('links.banqup_files', { url: files })}`)
  );
}

/**
 * `add`'s human product on stdout: what became of the one client (checked, would be created,
 * created and activated, already there, in conflict, failed), the values it normalised, its
 * problems by flag, and its two links. Text from the flags and from Banqup is cleaned.
 */
export function renderAddResult(result: RunResult, run: AddRun, render: Render): string {
  const row = result.rows[0];
  if (row === undefined) return '';
  const name = row.client?.legalName ?? typedOf(row.cells.legalName);
  const id = row.clientId ?? '';
  const state = render(`banqup.word.${row.banqup === 'inactive' ? 'inactive' : 'active'}`, {});
  const errors = row.issues.filter((i) => i.severity === 'error');
  const warnings = row.issues.filter((i) => i.severity === 'warning' && i.code !== 'run.not_provisioned');
  let out = '';
  for (const change of row.changes) out += line(render('add.changed', { flag: change.header, from: change.from, to: change.to }));
  if (warnings.length > 0) out += line(render('add.warnings', {})) + warnings.map((i) => issueLine(i, render)).join('');
  if (row.status === 'invalid') return out + line(render('add.invalid', {})) + errors.map((i) => issueLine(i, render)).join('');
  if (row.plan === 'conflict') return out + line(render('add.conflict', { id })) + errors.map((i) => issueLine(i, render)).join('');
  if (result.mode === 'check') return result.fatal === null ? out + line(render('add.valid', {})) : out;
  if (result.mode === 'plan') {
    const space = result.space?.name || result.space?.id || '';
    if (row.plan === 'create') return out + line(render('add.would_create', { space, activate: result.leaveInactive === true ? '' : 'yes' }));
    return out + line(render('add.would_exist', { name, id, state })) + linkLines(row, render);
  }
  if (row.status === 'failed') {
    out += line(render('add.failed', {})) + errors.map((i) => issueLine(i, render)).join('');
    return id === '' ? out : out + line(render('add.not_activated', { id }));
  }
  if (row.status === 'skipped') return out + line(render('add.not_sent', {}));
  const done = row.status === 'provisioned' || row.status === 'existing' || result.leaveInactive === true;
  if (!done || (row.banqup === 'inactive' && result.leaveInactive !== true)) return out + line(render('add.not_activated', { id }));
  if (run.created) {
    const said = row.banqup === 'inactive' ? render('add.created_inactive', { name, id }) : render('add.created', { name, id });
    return out + line(said) + linkLines(row, render);
  }
  const now = run.activated ? render('add.activated_now', {}) : state;
  return out + line(render('add.already_there', { name, id, state: now })) + linkLines(row, render);
}
