export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summary(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** How long a synchronous call takes, in milliseconds (the core's list and page functions). */
export function timedSync(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** One JSON line per metric, the format `npm run bench` promises. */
export function report(name: string, value: number, unit: string, extra: Record<string, unknown> = {}): void {
  const rounded = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
  process.stdout.write(JSON.stringify({ name, value: round(value), unit, ...rounded }) + '\n');
}
