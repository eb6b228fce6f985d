import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { createProgressReporter, openProgressReporter } from '../../src/report/progressReporter.js';
import { rendererFor } from '../../src/messages.js';

function capture() {
  const chunks: string[] = [];
  return { stream: { write: (c: string | Uint8Array) => (chunks.push(String(c)), true) }, text: () => chunks.join('') };
}

describe('plain progress lines', () => {
  it('says rates and time left the French way: decimal comma, words, no milliseconds', () => {
    let t = 0;
    const out = capture();
    const r = createProgressReporter({ stream: out.stream, mode: 'lines', render: rendererFor('fr'), lang: 'fr', now: () => t, lineEveryMs: 5000 });
    r.onEvent({ type: 'phase-started', phase: 'create', total: 40 });
    t = 6000;
    r.onEvent({ type: 'progress', phase: 'create', done: 12, failed: 0, total: 40 });
    t = 11_000;
    r.onEvent({ type: 'progress', phase: 'create', done: 39, failed: 0, total: 40 });
    expect(out.text().split('\n').slice(1, 3)).toEqual([
      'Création des clients : 12/40 · 2,0/s · encore environ 14 secondes',
      'Création des clients : 39/40 · 5,4/s · encore environ 1 seconde',
    ]);
  });

  it('prints at phase changes and every few seconds, with rate and time left', () => {
    let t = 0;
    const out = capture();
    const r = createProgressReporter({ stream: out.stream, mode: 'lines', render: rendererFor('en'), lang: 'en', now: () => t, lineEveryMs: 5000 });
    r.onEvent({ type: 'phase-started', phase: 'create', total: 100 });
    t = 1000;
    r.onEvent({ type: 'progress', phase: 'create', done: 5, failed: 0, total: 100 });
    t = 6000;
    r.onEvent({ type: 'progress', phase: 'create', done: 30, failed: 1, total: 100 });
    t = 7000;
    r.onEvent({ type: 'phase-finished', phase: 'create', done: 100, failed: 1 });
    r.onEvent({ type: 'stopping', reason: 'interrupted' });
    expect(out.text().split('\n')).toEqual([
      'Creating clients: 0/100',
      'Creating clients: 30/100 · 1 failed · 5.0/s · about 14 seconds left',
      'Creating clients: 100/100 · 1 failed · 14.3/s',
      'Stopping: waiting for the calls in flight to finish (Ctrl-C again quits at once; the journal stays safe).',
      '',
    ]);
  });

  it('notes a rate limit once per pause, in French too', () => {
    let t = 0;
    const out = capture();
    const r = createProgressReporter({ stream: out.stream, mode: 'lines', render: rendererFor('fr'), lang: 'fr', now: () => t });
    r.onEvent({ type: 'rate-limited', retryAfterMs: 2000 });
    t = 100;
    r.onEvent({ type: 'rate-limited', retryAfterMs: 2000 });
    expect(out.text()).toBe('Banqup demande de ralentir : chaque appel attend 2 s.\n');
  });

  it.each([
    ['en', 'Creating clients: 30/100 · 5.0/s · about 14 seconds left · 38 calls/s to Banqup'],
    ['fr', 'Création des clients : 30/100 · 5,0/s · encore environ 14 secondes · 38 appels/s vers Banqup'],
  ] as const)('shows the rate pacing sends at (%s)', (lang, line) => {
    let t = 0;
    const out = capture();
    const r = createProgressReporter({ stream: out.stream, mode: 'lines', render: rendererFor(lang), lang, now: () => t, lineEveryMs: 5000 });
    r.onEvent({ type: 'phase-started', phase: 'create', total: 100 });
    r.onEvent({ type: 'pacing', rate: 37.6, inFlight: 6 });
    t = 6000;
    r.onEvent({ type: 'progress', phase: 'create', done: 30, failed: 0, total: 100 });
    expect(out.text().split('\n')[1]).toBe(line);
  });

  it('says nothing of a 429 whose pause is short (adaptive pacing probing), but does of a long one', () => {
    const out = capture();
    const r = createProgressReporter({ stream: out.stream, mode: 'lines', render: rendererFor('en'), lang: 'en', now: () => 0 });
    r.onEvent({ type: 'rate-limited', retryAfterMs: 1000, pauseMs: 40 });
    expect(out.text()).toBe('');
    r.onEvent({ type: 'rate-limited', retryAfterMs: 3000, pauseMs: 3000 });
    expect(out.text()).toBe('Banqup asks to slow down: every call waits 3 s.\n');
  });

  it('prints nothing but warnings when silent', () => {
    const out = capture();
    const r = createProgressReporter({ stream: out.stream, mode: 'silent', render: rendererFor('en'), lang: 'en' });
    r.onEvent({ type: 'phase-started', phase: 'provision', total: 3 });
    r.onEvent({ type: 'rate-limited', retryAfterMs: 1000 });
    r.warn('banqup-import: a warning');
    expect(out.text()).toBe('banqup-import: a warning\n');
  });
});

describe('the spinner (a terminal)', () => {
  it('is loaded for spinner mode: the phase shows on one line that ends with a tick', async () => {
    const out = capture();
    const r = await openProgressReporter({ stream: out.stream, mode: 'spinner', render: rendererFor('en'), lang: 'en' });
    r.onEvent({ type: 'phase-started', phase: 'create', total: 3 });
    r.onEvent({ type: 'progress', phase: 'create', done: 2, failed: 0, total: 3 });
    r.onEvent({ type: 'phase-finished', phase: 'create', done: 3, failed: 0 });
    r.stop();
    const text = stripVTControlCharacters(out.text());
    expect(text).toContain('Creating clients');
    expect(text).toMatch(/[✔√] Creating clients: 3\/3/);
    // A spinner redraws its line: nothing of it goes down the screen as separate lines.
    expect(text.split('\n').filter((line) => line.includes('Creating clients'))).toHaveLength(1);
  });

  it('falls back to lines when built without one', () => {
    const out = capture();
    const r = createProgressReporter({ stream: out.stream, mode: 'spinner', render: rendererFor('en'), lang: 'en', now: () => 0 });
    r.onEvent({ type: 'phase-started', phase: 'create', total: 3 });
    r.onEvent({ type: 'phase-finished', phase: 'create', done: 3, failed: 0 });
    expect(out.text()).toBe('Creating clients: 0/3\nCreating clients: 3/3\n');
  });
});
