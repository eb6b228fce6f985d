// Runs the built CLI in this process and, when the process exits, writes what it cost to a file:
//   node test/reliability/measured.mjs <figures.json> <entry.js> [cli args…]
// Peak memory is the VmHWM line of /proc/self/status on Linux: getrusage's maxRSS (what
// process.resourceUsage() reports) survives exec, so a child spawned by a 120 MB test worker
// would report at least 120 MB. Elsewhere maxRSS is the best there is (and says so).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [figuresPath, entry, ...args] = process.argv.slice(2);
if (!figuresPath || !entry) {
  process.stderr.write('usage: node measured.mjs <figures.json> <entry.js> [args…]\n');
  process.exit(64);
}
process.argv = [process.argv[0], resolve(entry), ...args];
function peakRssKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return { kb: Number(hwm[1]), source: 'VmHWM' };
  } catch {
    // Not Linux.
  }
  return { kb: process.resourceUsage().maxRSS, source: 'maxRSS' };
}

process.on('exit', (code) => {
  const usage = process.resourceUsage();
  const peak = peakRssKb();
  // Kilobytes; CPU times come in microseconds.
  const figures = { code, maxRssKb: peak.kb, rssSource: peak.source, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 };
  writeFileSync(figuresPath, JSON.stringify(figures));
});
await import(pathToFileURL(resolve(entry)).href);
