// Prints the figures the reliability scenarios left in .reliability/*.json as Markdown:
//   node test/reliability/printFigures.mjs            print to stdout
//   node test/reliability/printFigures.mjs --write    also replace the figures block of RELIABILITY.md
//   … --only bad-files,injection                      only these scenarios (file names in .reliability/)
// Plain Node, no build step: it runs after `vitest run test/reliability` in `npm run test:reliability`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, '.reliability');
const DOC = join(ROOT, 'RELIABILITY.md');
const START = '<!-- reliability-figures:start -->';
const END = '<!-- reliability-figures:end -->';

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const seconds = (ms) => (typeof ms === 'number' ? `${(ms / 1000).toFixed(1)} s` : '–');
const megabytes = (mb) => (typeof mb === 'number' ? `${Math.round(mb)} MB` : '–');
const outcomes = (o) =>
  Object.entries(o)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');

function load() {
  if (!existsSync(DIR)) return [];
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? new Set((process.argv[at + 1] ?? '').split(',')) : undefined;
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && (!only || only.has(f.slice(0, -'.json'.length))))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')));
}

function markdown(all) {
  if (all.length === 0) return '_No figures: run `npm run test:reliability` first._\n';
  const first = all[0];
  const out = [];
  const scales = [...new Set(all.map((s) => `${s.scale} (seed ${s.seed})`))].join(', ');
  out.push(`Measured ${first.finishedAt.slice(0, 10)} on ${first.machine}, Node ${first.node}, scale ${scales}.`, '');
  out.push('| scenario | cases | passed | outcomes | worst time | worst peak RSS | CPU of all runs |', '|---|---:|---:|---|---|---|---:|');
  for (const s of all) {
    const t = s.summary;
    out.push(
      `| ${cell(s.title)} | ${t.cases} | ${t.passed} | ${cell(outcomes(t.outcomes))} | ${seconds(t.worstMs)}${t.worstMsCase ? ` (${cell(t.worstMsCase)})` : ''} | ${megabytes(t.worstRssMb)}${t.worstRssCase ? ` (${cell(t.worstRssCase)})` : ''} | ${t.totalCpuMs ? seconds(t.totalCpuMs) : '–'} |`,
    );
  }
  const failed = all.flatMap((s) => s.cases.filter((c) => !c.passed).map((c) => ({ s, c })));
  if (failed.length > 0) {
    out.push('', `**${failed.length} case(s) failed:**`, '');
    for (const { s, c } of failed) out.push(`- ${cell(s.title)} › \`${c.name}\`: ${cell(c.note)}`);
  }
  for (const s of all) {
    out.push('', `<details><summary>${cell(s.title)}: ${s.summary.cases} cases</summary>`, '');
    const extra = Object.entries(s.extra ?? {});
    if (extra.length > 0) out.push(extra.map(([k, v]) => `${k}: ${v}`).join(' · '), '');
    out.push('| case | expected | got | time | CPU | peak RSS | note |', '|---|---|---|---:|---:|---:|---|');
    for (const c of s.cases) {
      out.push(
        `| ${c.passed ? '' : '**✗** '}\`${cell(c.name)}\` | ${cell(c.expected)} | ${cell(c.got)} | ${seconds(c.ms)} | ${seconds(c.cpuMs)} | ${megabytes(c.rssMb)} | ${cell(c.note)} |`,
      );
    }
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

const text = markdown(load());
process.stdout.write(text);
if (process.argv.includes('--write')) {
  const doc = readFileSync(DOC, 'utf8');
  const at = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (at < 0 || end < at) {
    process.stderr.write(`printFigures: ${DOC} has no ${START} … ${END} block\n`);
    process.exitCode = 1;
  } else {
    writeFileSync(DOC, `${doc.slice(0, at + START.length)}\n${text}${doc.slice(end)}`);
    process.stderr.write(`printFigures: figures written to RELIABILITY.md\n`);
  }
}
