import { main } from './main.js';

// The process boundary: the only place that touches `process` (style.md §8, rule 4).
// First Ctrl-C: the run stops starting calls, lets in-flight ones finish or records them, and
// exits 130. Second Ctrl-C: exit at once; the journal is appended line by line, so it stays
// consistent.
const interrupt = new AbortController();
let interrupts = 0;
const onSignal = () => {
  interrupts += 1;
  if (interrupts === 1) interrupt.abort();
  else process.exit(130);
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  signal: interrupt.signal,
});
process.exitCode = code;
// A server started by a command (the sandbox) keeps the loop alive on purpose; everything else
// has finished here, so nothing holds the exit back.
process.off('SIGINT', onSignal);
process.off('SIGTERM', onSignal);
