/** Summaries of repeated measurements: shared machines are noisy, so the bench reports medians. */

/** A figure measured several times. */
export interface Sample {
  /** The middle value (mean of the two middle values for an even count). */
  median: number;
  min: number;
  max: number;
  /** Every value, in the order measured. */
  values: number[];
}

/** The median of `values`; NaN when there are none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median, range and values of a non-empty list of measurements; null for an empty one. */
export function summarize(values: readonly number[]): Sample | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  return {
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
    values: [...finite],
  };
}

/** `value / baseline`, or null when either is missing or the baseline is not positive. */
export function ratio(value: number | null, baseline: number | null): number | null {
  if (value === null || baseline === null || !(baseline > 0)) return null;
  return value / baseline;
}
