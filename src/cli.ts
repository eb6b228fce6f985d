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
// A reader that stops early (`banqup-import … | head`) closes the pipe: the rest of the output is
// dropped and the run ends with its own exit code, instead of an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

// The handlers are in place before the rest of the program loads (a second or more on a slow
// machine): a Ctrl-C then still means exit 130, never a death by signal.
const { main } = await import('./main.js');
const code = interrupt.signal.aborted
  ? 130 // interrupted while loading: nothing was read, nothing was sent
  : await main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      env: process.env,
      cwd: process.cwd(),
      signal: interrupt.signal,
    });
process.exitCode = code;
// A server started by a command (the sandbox) keeps the loop alive on purpose; everything else
// has finished here, so nothing holds the exit back. A Ctrl-C while the process winds down ends
// it at once with the run's own code, never by the signal (signal listeners keep no loop alive).
process.off('SIGINT', onSignal);
process.off('SIGTERM', onSignal);
const exitNow = (): never => process.exit(code);
process.on('SIGINT', exitNow);
process.on('SIGTERM', exitNow);
