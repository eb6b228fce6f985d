import { benchScript, median, runFresh, type BenchPhase } from './benchProcess.js';
import type { CountryIndexCost } from './countryIndexCost.js';

const COST = benchScript('countryIndexCost.js');

/** The lazy country (and language) name index, built in a fresh process each run; medians of `runs`. */
export const countryIndexBench: BenchPhase = {
  id: 'country',
  title: 'Country name index (built lazily, on the first value that is not a code)',
  run({ runs, progress }) {
    const samples: CountryIndexCost[] = [];
    for (let i = 0; i < runs; i++) {
      // --expose-gc: the heap growth is measured between two full collections.
      samples.push(runFresh<CountryIndexCost>(COST, [], ['--expose-gc']));
      progress(`country index, run ${i + 1}/${runs}: ${samples.at(-1)?.buildMs} ms (${samples.at(-1)?.source})`);
    }
    const [first] = samples;
    if (first === undefined) return [];
    if (samples.some((s) => !s.coldStart)) throw new Error('the country index already existed before it was measured');
    const m = (pick: (s: CountryIndexCost) => number, digits = 0) =>
      median(samples.map(pick)).toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return [
      `ICU ${first.icu ?? 'none'} (${first.fullIcu ? 'full' : 'small'}), ${first.locales} locales, ` +
        `${first.exactKeys.toLocaleString('en')} exact and ${first.foldedKeys.toLocaleString('en')} folded keys`,
      '',
      `| country index (from ${first.source}) | built from ICU | heap kept | code look-up | name look-up | language index | language look-up |`,
      '|---:|---:|---:|---:|---:|---:|---:|',
      `| ${m((s) => s.buildMs)} ms | ${m((s) => s.liveBuildMs)} ms | ${m((s) => s.heapGrowthMb, 1)} MB | ${m((s) => s.codeLookupUs, 2)} µs | ` +
        `${m((s) => s.nameLookupUs, 2)} µs | ${m((s) => s.languageIndexBuildMs)} ms | ${m((s) => s.languageLookupUs, 2)} µs |`,
      '',
      'Code look-ups are timed before the index exists (they must not need it); a name look-up includes',
      'the key normalisation. The index is paid once per run, only by sheets that type a country name:',
      'read from the snapshot `npm run build` saves (indexSnapshot.ts), or built from ICU when none fits.',
    ];
  },
};
