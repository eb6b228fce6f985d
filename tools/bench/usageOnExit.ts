import { writeFileSync } from 'node:fs';

/**
 * Preloaded into the CLI by the pacing bench (`node --import`): at exit, writes the process's own
 * CPU time and peak memory to BENCH_USAGE_FILE, which a parent cannot read from a child's exit.
 */
const target = process.env.BENCH_USAGE_FILE;
if (target !== undefined && target !== '') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 }));
  });
}
