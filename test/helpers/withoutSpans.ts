import type { Finding, Normalised } from '../../src/domain/types.js';

/**
 * A normaliser's result without the findings' spans (where in the value the problem is), for the
 * tests of what is found; test/unit/valueSpan.test.ts checks the spans themselves.
 */
export function withoutSpans<T>(result: Normalised<T>): Normalised<T> {
  return {
    ...result,
    findings: result.findings.map((finding): Finding => {
      const copy = { ...finding };
      delete copy.span;
      return copy;
    }),
  };
}
