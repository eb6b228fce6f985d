import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/cliJson.js';
import { stateDir } from '../helpers/importSheet.js';
import { KEYS, spawnCliInPty, type PtySession } from '../helpers/pty.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { buildWorkbook, removeTempFiles, writeTempFile } from '../helpers/workbook.js';

// The interactive mapping, as a user at a terminal meets it: the built CLI under a real pseudo-terminal.
let sandbox: TestSandbox | undefined;
let session: PtySession | undefined;
afterEach(async () => {
  session?.kill();
  session = undefined;
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(async () => {
  await removeTempFiles();
  await removeTempDirs();
});

/** An accounting export: its own headers for the RCS (F) and the assignees (N), and a phone column. */
async function exportSheet(name: string): Promise<string> {
  const rows = [
    ['Dénomination', 'Adresse', 'Code postal', 'Ville', 'Pays', 'N° RCS', 'N° TVA', 'IBAN', 'Langue', 'Nom du contact', 'Langue du contact', 'E-mail du contact', 'E-mails des assignés', 'Téléphone'],
    ['Boulangerie Schmit S.à r.l.', '12 rue de la Gare', '1611', 'Luxembourg', 'LU', 'B123456', '', 'LU28 0019 4006 4475 0000', 'fr', 'Anne Schmit', 'fr', 'anne@schmit.lu', 'compta@fid.lu; paie@fid.lu', '+352 12 34 56'],
  ];
  return writeTempFile(name, buildWorkbook([{ name: 'Export', rows }], 'csv', { delimiter: ';' }));
}

describe('interactive column mapping (a real pseudo-terminal)', () => {
  it('asks for each missing column, suggestion first, imports with the answers and saves the mapping', async () => {
    sandbox = await startTestSandbox();
    const cwd = await makeTempDir();
    const file = await exportSheet('prompt-import.csv');
    session = spawnCliInPty([file, '--state-dir', stateDir(), '--rate', '100'], { cwd, env: sandbox.env });

    // F RCS first (template order): "N° RCS" is offered first, marked as the suggestion.
    await session.waitFor(/Which column of the file holds F RCS\?[\s\S]*N° RCS" \(suggested\)/);
    let from = session.screen().length;
    session.write(KEYS.enter);
    await session.waitFor(/Which column of the file holds N Assignee emails\?[\s\S]*E-mails des assignés" \(suggested\)/, 20_000, from);
    from = session.screen().length;
    session.write(KEYS.enter);
    await session.waitFor('Save this mapping', 20_000, from);
    from = session.screen().length;
    session.write('y');
    session.write(KEYS.enter);
    await session.waitFor('Save it to the file', 20_000, from);
    session.write(KEYS.enter);
    const exit = await session.exited;

    expect(exit.code, session.screen()).toBe(0);
    expect(session.screen()).toContain('Column mapping saved to banqup-mapping.json');
    const [client] = sandbox.clients();
    expect(client?.companyNumber).toBe('B123456');
    expect(client?.assigneeEmails).toEqual(['compta@fid.lu', 'paie@fid.lu']);
    const saved = JSON.parse(await readFile(join(cwd, 'banqup-mapping.json'), 'utf8')) as Record<string, string>;
    expect(saved).toMatchObject({ 'N° RCS': 'companyNumber', 'E-mails des assignés': 'assigneeEmails', Dénomination: 'legalName' });
    expect(saved).not.toHaveProperty('Téléphone');
  });

  it('"none" for an optional column leaves it out on purpose, and the run goes on', async () => {
    const cwd = await makeTempDir();
    const file = await exportSheet('prompt-none.csv');
    session = spawnCliInPty([file, '--dry-run', '--save-mapping', 'export.json'], { cwd });

    await session.waitFor('Which column of the file holds F RCS?');
    let from = session.screen().length;
    session.write(KEYS.enter);
    await session.waitFor('Which column of the file holds N Assignee emails?', 20_000, from);
    from = session.screen().length;
    // The choices: the suggestion, the phone column, then "none".
    session.write(KEYS.down + KEYS.down);
    await session.waitFor(/❯ none: this file does not have it/, 20_000, from);
    session.write(KEYS.enter);
    const exit = await session.exited;

    expect(exit.code, session.screen()).toBe(0);
    expect(session.screen()).not.toContain('Save this mapping');
    const saved = JSON.parse(await readFile(join(cwd, 'export.json'), 'utf8')) as Record<string, string>;
    expect(saved).toMatchObject({ 'N° RCS': 'companyNumber', 'E-mails des assignés': '-' });
  });

  it('asks in the run’s language, inquirer’s own key help included', async () => {
    const file = await exportSheet('prompt-french.csv');
    session = spawnCliInPty([file, '--dry-run'], { env: { LANG: 'fr_LU.UTF-8' } });

    await session.waitFor(/Quelle colonne du fichier contient F RCS \?[\s\S]*N° RCS" \(suggérée\)[\s\S]*aucune : ce fichier ne l’a pas[\s\S]*↑↓ pour se déplacer, Entrée pour choisir/);
    let from = session.screen().length;
    session.write(KEYS.enter);
    await session.waitFor('Quelle colonne du fichier contient N E-mails des responsables ?', 20_000, from);
    from = session.screen().length;
    session.write(KEYS.enter);
    // The yes/no question takes "oui"/"non" and shows them.
    await session.waitFor('pour importer le prochain export du même logiciel avec --mapping ? (O/n)', 20_000, from);
    expect(session.screen()).not.toMatch(/navigate|select|Y\/n/);
    session.write(KEYS.ctrlC);
    expect((await session.exited).code).toBe(130);
    expect(session.screen()).toContain('Interrompu pendant le choix des colonnes : rien n’a été vérifié ni envoyé.');
  });

  it('Ctrl-C at a prompt exits 130 and sends nothing', async () => {
    sandbox = await startTestSandbox();
    const file = await exportSheet('prompt-interrupt.csv');
    session = spawnCliInPty([file, '--state-dir', stateDir()], { env: sandbox.env });

    await session.waitFor('Which column of the file holds F RCS?');
    session.write(KEYS.ctrlC);
    const exit = await session.exited;

    expect(exit.code, session.screen()).toBe(130);
    expect(session.screen()).toContain('Interrupted while choosing columns: nothing was checked or sent.');
    expect(sandbox.writes()).toBe(0);
  });
});
