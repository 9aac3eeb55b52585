import { describe, expect, it } from "vitest";
import { changeCounts } from "../../scripts/versions/change-counts.ts";
import { CHANGE_KINDS } from "../../scripts/versions/changes.ts";
import { reviewReason } from "../../scripts/versions/review.ts";
import { diffHtml, wordDiff } from "../../scripts/versions/word-diff.ts";

describe("the word diff", () => {
  it("finds the words that changed, not the whitespace around them", () => {
    expect(wordDiff("binnen 48 uur na\nontdekking", "binnen 72 uur  na ontdekking").filter((part) => part.kind !== "same")).toEqual([
      { kind: "deleted", text: "48" },
      { kind: "inserted", text: "72" },
    ]);
  });

  it("marks deletions and insertions with words a screen reader reads out, in the page's language, and escapes the text", () => {
    const parts = wordDiff("<b>48</b> uur", "72 uur & meer");
    const html = diffHtml(parts, "nl");
    expect(html).toContain('<del><span class="visually-hidden" lang="nl">[verwijderd: </span>');
    expect(html).toContain('<ins><span class="visually-hidden" lang="nl">[toegevoegd: </span>');
    expect(html).not.toContain("<b>");
    expect(html).toContain("&amp; meer");
    expect(diffHtml([{ kind: "deleted", text: "48" }], "en")).toBe('<del><span class="visually-hidden" lang="en">[deleted: </span>48<span class="visually-hidden" lang="en"> ]</span></del>');
  });
});

describe("a version's change counts", () => {
  it("name each kind of change that happened, with its number, in the list's order", () => {
    const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<(typeof CHANGE_KINDS)[number], number>;
    expect(changeCounts({ ...counts, changed: 2, added: 1 }, "nl")).toBe("1 toegevoegd, 2 gewijzigd");
    expect(changeCounts({ ...counts, removed: 1, renumbered: 3 }, "en")).toBe("1 removed, 3 renumbered");
    expect(changeCounts(counts, "en")).toBe("");
  });

  it("and a review mark says why in the page's language", () => {
    expect(reviewReason("added", "en")).toBe("New in this version; not yet annotated.");
  });
});
