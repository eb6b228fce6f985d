// The loader hook of moduleRecorder.cjs: one line per ES module loaded.
import { appendFileSync } from 'node:fs';

let record;

export function initialize(data) {
  record = data.record;
}

export async function load(url, context, next) {
  appendFileSync(record, `${url}\n`);
  return next(url, context);
}
