// The performance budgets (README.md, "Performance"): at 1,000 contracts, and the limits a
// 2,000-contract library must stay within to deploy (GitHub Pages: a site of at most 1 GB
// published within 10 minutes; a standard runner for private repositories: 2 cores, 7 GB).
// KB, MB, GB = 1,000, 1,000², 1,000³ bytes.
export interface Budgets {
  /** Our whole pipeline (Eleventy + Pagefind) as a multiple of the fair baseline's. */
  pipelineRatio?: number;
  /** The whole build (Eleventy + Pagefind), wall-clock. */
  buildMs?: number;
  validationMs?: number;
  outputBytes?: number;
  libraryJsonBytes?: number;
  /** Peak resident memory summed over the build's process tree. */
  peakTreeBytes?: number;
  firstSearchBytes?: number;
  /** Any HTML page. */
  pageBytes: number;
  devRebuildMs?: number;
}

export const BUDGETS_1000: Budgets = {
  pipelineRatio: 1.3,
  validationMs: 2000,
  outputBytes: 450e6,
  libraryJsonBytes: 10e6,
  peakTreeBytes: 4.5e9,
  firstSearchBytes: 300_000,
  pageBytes: 150_000,
  devRebuildMs: 2000,
};

export const LIMITS_2000: Budgets = {
  buildMs: 10 * 60_000,
  outputBytes: 1e9,
  peakTreeBytes: 6.5e9,
  pageBytes: 150_000,
};

/** The budgets a run of this size is held to: none but the page size at other sizes. */
export function budgetsFor(contracts: number): Budgets {
  if (contracts === 1000) return BUDGETS_1000;
  if (contracts === 2000) return LIMITS_2000;
  return { pageBytes: BUDGETS_1000.pageBytes };
}
