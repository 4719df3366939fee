/** One benchmark's timings in milliseconds. */
export interface Measurement {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  /** Free-form facts about the run (sizes, counts, ratios). */
  readonly notes: Readonly<Record<string, number | string>>;
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Runs `task` `warmups` times untimed, then `runs` times timed, and summarises. */
export async function measure(
  name: string,
  task: () => Promise<unknown>,
  options: { runs: number; warmups?: number; notes?: Record<string, number | string> },
): Promise<Measurement> {
  for (let warmup = 0; warmup < (options.warmups ?? 1); warmup += 1) {
    await task();
  }
  const timings: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const started = performance.now();
    await task();
    timings.push(performance.now() - started);
  }
  return summarize(name, timings, options.notes ?? {});
}

/**
 * Runs several tasks in turns (one run of each, then the next round), so a
 * change in the machine's load (other processes on a shared machine) hits
 * every task alike and their ratios stay fair. `warmups` untimed rounds
 * first. Returns one measurement per task, in the tasks' order.
 */
export async function measureInTurns(
  tasks: readonly { readonly name: string; readonly task: () => Promise<unknown> }[],
  options: { runs: number; warmups?: number },
): Promise<Measurement[]> {
  for (let warmup = 0; warmup < (options.warmups ?? 1); warmup += 1) {
    for (const { task } of tasks) {
      await task();
    }
  }
  const timings = tasks.map(() => [] as number[]);
  for (let run = 0; run < options.runs; run += 1) {
    for (const [index, { task }] of tasks.entries()) {
      const started = performance.now();
      await task();
      timings[index]?.push(performance.now() - started);
    }
  }
  return tasks.map(({ name }, index) => summarize(name, timings[index] ?? [], {}));
}

function summarize(name: string, timings: number[], notes: Record<string, number | string>): Measurement {
  timings.sort((left, right) => left - right);
  const round = (value: number): number => Math.round(value * 100) / 100;
  return {
    name,
    runs: timings.length,
    medianMs: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    minMs: round(timings[0] ?? Number.NaN),
    notes,
  };
}

/** Prints measurements as an aligned table. */
export function printTable(measurements: readonly Measurement[]): void {
  const rows = [
    ['benchmark', 'runs', 'median ms', 'p95 ms', 'min ms', 'notes'],
    ...measurements.map((item) => [
      item.name,
      String(item.runs),
      item.medianMs.toFixed(2),
      item.p95Ms.toFixed(2),
      item.minMs.toFixed(2),
      Object.entries(item.notes).map(([key, value]) => `${key}=${value}`).join(' '),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows) {
    console.log(row.map((cell, column) => (column === 0 || column === 5 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  }
}
