import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCountryIndex, hasFullIcu, probeIcuLocales } from './countryIndex.js';
import { serialiseSnapshot, snapshotKey, SNAPSHOT_URL, type IndexSnapshot } from './indexSnapshot.js';
import { buildLanguageIndex } from './languageIndex.js';

/**
 * Builds both name indexes from ICU and saves them where runs look for them (`npm run build` calls
 * it after compiling). Written whole under a temporary name, then renamed: a run never reads half.
 */
export function writeIndexSnapshot(target: URL = SNAPSHOT_URL): IndexSnapshot {
  // An older snapshot must not feed the new one: the indexes below are asked of ICU, not of it.
  rmSync(target, { force: true });
  const fullIcu = hasFullIcu();
  const snapshot: IndexSnapshot = {
    key: snapshotKey(fullIcu),
    locales: probeIcuLocales(),
    country: buildCountryIndex(fullIcu),
    language: buildLanguageIndex(),
  };
  const path = fileURLToPath(target);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, serialiseSnapshot(snapshot));
  renameSync(temporary, path);
  return snapshot;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { country, language } = writeIndexSnapshot();
  process.stderr.write(`name index snapshot: ${country.exact.size} country and ${language.exact.size} language names\n`);
}
