/** Latency percentiles of a sample, in milliseconds. */
export interface Latency {
  p50: number;
  p95: number;
  mean: number;
}

const percentile = (sorted: number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;

export const latencyOf = (samples: number[]): Latency => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: samples.reduce((sum, sample) => sum + sample, 0) / samples.length,
  };
};

/** Runs `operation` `warmup` times unmeasured, then `iterations` times measured one after another. */
export const measure = async (operation: () => Promise<unknown>, { warmup = 30, iterations = 300 } = {}): Promise<number[]> => {
  for (let index = 0; index < warmup; index += 1) await operation();
  const samples: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const started = performance.now();
    await operation();
    samples.push(performance.now() - started);
  }
  return samples;
};

export const fixed = (value: number, digits = 2): string => value.toFixed(digits);
