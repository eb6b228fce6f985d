/** Row numbers as ranges for people: [3, 4, 5, 9, 11, 12] → "3–5, 9, 11–12". */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i] ?? 0;
    let last = first;
    while (i + 1 < sorted.length && sorted[i + 1] === last + 1) last = sorted[++i] ?? last;
    parts.push(first === last ? String(first) : `${first}–${last}`);
    i++;
  }
  return parts.join(', ');
}
