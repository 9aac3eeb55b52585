// The performance budgets at 1,000 contracts (README.md, "Performance"). KB = 1,000 bytes.
export const BUDGETS = {
  /** Eleventy build plus Pagefind, as a multiple of the bare baseline's. */
  pipelineRatio: 1.5,
  validationMs: 2000,
  firstSearchBytes: 300_000,
  pageBytes: 150_000,
  devRebuildMs: 2000,
} as const;
