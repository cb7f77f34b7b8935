// Test-only: CI lowers or raises the number of runs per property with FC_RUNS.
const requested = Number.parseInt(process.env['FC_RUNS'] ?? '', 10);

export const fcOptions = {
  numRuns: Number.isInteger(requested) && requested > 0 ? requested : 100,
} as const;
