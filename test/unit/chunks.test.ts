// Pagination of lists that grow with the library: a page never takes more than its share.
import { describe, expect, it } from "vitest";
import { chunks } from "../../scripts/site/site-model.ts";

describe("chunks", () => {
  it("groups by count", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("starts a new page before the weights pass the budget", () => {
    expect(chunks([30, 30, 50, 10, 90], 10, (n) => n, 100)).toEqual([[30, 30], [50, 10], [90]]);
  });

  it("gives an item heavier than the budget a page of its own", () => {
    expect(chunks([10, 500, 10], 10, (n) => n, 100)).toEqual([[10], [500], [10]]);
  });

  it("keeps one empty page for an empty list, so the page still exists", () => {
    expect(chunks([], 50)).toEqual([[]]);
  });
});
