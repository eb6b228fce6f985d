import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCountryIndex, hasFullIcu, probeIcuLocales } from '#dist/domain/countryIndex.js';
import { parseSnapshot, serialiseSnapshot, snapshotKey, SNAPSHOT_URL, type IndexSnapshot } from '#dist/domain/indexSnapshot.js';
import { buildLanguageIndex } from '#dist/domain/languageIndex.js';

/**
 * Builds both name indexes from ICU and saves them where runs look for them (`npm run build` calls
 * it after compiling). Written whole under a temporary name, then renamed: a run never reads half.
 * It runs the compiled modules of dist/, so the key it writes is the one dist/ computes at run time
 * (snapshotKey hashes the index modules beside indexSnapshot.js).
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
  // Read back from where runs read it, with the key they compute: one they would not use fails the build.
  if (parseSnapshot(readFileSync(SNAPSHOT_URL, 'utf8'), snapshotKey(hasFullIcu())) === null) {
    throw new Error(`${fileURLToPath(SNAPSHOT_URL)}: the snapshot just written does not fit this build`);
  }
  process.stderr.write(`name index snapshot: ${country.exact.size} country and ${language.exact.size} language names\n`);
}
