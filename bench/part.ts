/** What every benchmark part takes and gives back, so main.ts can run any subset and merge the results. */

export interface BenchOptions {
  /** A fast smoke run (CI): smaller sets, fewer runs; figures are not comparable with a full run. */
  quick: boolean;
  /** Timed runs per figure (the median is reported). */
  runs: number;
}

export interface PartResult<T = unknown> {
  /** Figures for latest.json (null when nothing could be measured). */
  result: T | null;
  /** Data the part looked for and did not find. */
  missing: string[];
  /** The readable report. */
  lines: string[];
}

/** Formats a number with fixed decimals, or "—" for a missing value. */
export function fixed(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

/** Pads cells into an aligned text table. */
export function textTable(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
}
