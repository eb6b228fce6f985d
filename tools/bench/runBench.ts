import { mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { apiBench } from './apiBench.js';
import type { BenchContext, BenchPhase } from './benchProcess.js';
import { countryIndexBench } from './countryIndexBench.js';
import { pacingBench } from './pacingBench.js';
import { sheetBench } from './sheetBench.js';
import { startupBench } from './startupBench.js';

/**
 * `npm run bench`: prints Markdown fit for the README on stdout, progress on stderr. Each phase
 * measures in fresh processes and returns its own section; the API phase imports against the
 * local sandbox.
 * BENCH_RUNS sets the number of runs each figure is the median of (default 3); BENCH_PHASES
 * (comma-separated: startup, sheet, country, api, pacing) runs only those phases.
 */
const ALL_PHASES: readonly BenchPhase[] = [startupBench, sheetBench, countryIndexBench, apiBench, pacingBench];
const wanted = process.env.BENCH_PHASES?.split(',').map((id) => id.trim()).filter((id) => id !== '');
const unknown = wanted?.filter((id) => !ALL_PHASES.some((p) => p.id === id)) ?? [];
if (unknown.length > 0) throw new Error(`BENCH_PHASES: unknown phase ${unknown.join(', ')} (known: ${ALL_PHASES.map((p) => p.id).join(', ')})`);
const PHASES = wanted === undefined || wanted.length === 0 ? ALL_PHASES : ALL_PHASES.filter((p) => wanted.includes(p.id));

const runs = Number(process.env.BENCH_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_RUNS}`);

const context: BenchContext = {
  runs,
  dir: fileURLToPath(new URL('../../.bench/', import.meta.url)),
  progress: (message) => process.stderr.write(`${message}\n`),
};
mkdirSync(context.dir, { recursive: true });

// Other load on the machine moves the times (far less the CPU times): say how busy it was.
const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const header = `node ${process.version}, ${process.platform}-${process.arch}, ${availableParallelism()} CPUs, median of ${runs} runs (BENCH_RUNS)`;
const loadAtStart = load();
const sections: string[] = [];
for (const phase of PHASES) {
  const lines = await phase.run(context);
  sections.push(`### ${phase.title}\n\n${lines.join('\n')}`);
}
sections.unshift(`${header}; load average ${loadAtStart} at the start, ${load()} at the end`);
process.stdout.write(`${sections.join('\n\n')}\n`);
