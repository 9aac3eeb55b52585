import { describe, expect, it } from "vitest";
import { editUrl, repositoryFrom } from "../../scripts/site/edit-link.ts";

describe("the repository a page's file is edited in", () => {
  it("is none without REPO_URL", () => {
    expect(repositoryFrom({})).toBeUndefined();
    expect(repositoryFrom({ REPO_URL: " ", REPO_BRANCH: "main" })).toBeUndefined();
  });

  it("is REPO_URL, on REPO_BRANCH or main", () => {
    expect(repositoryFrom({ REPO_URL: "https://github.com/org/dpa-library" })).toEqual({ url: "https://github.com/org/dpa-library", branch: "main" });
    expect(repositoryFrom({ REPO_URL: "https://github.com/org/dpa-library.git/", REPO_BRANCH: "content" })).toEqual({ url: "https://github.com/org/dpa-library", branch: "content" });
  });

  it("refuses an address that is not the repository's web address, saying what it should be", () => {
    expect(() => repositoryFrom({ REPO_URL: "git@github.com:org/dpa-library.git" })).toThrow(
      'REPO_URL must be the repository\'s web address, such as https://github.com/org/dpa-library; it is "git@github.com:org/dpa-library.git"',
    );
    expect(() => repositoryFrom({ REPO_URL: "https://github.com" })).toThrow(/REPO_URL must be/);
  });
});

describe("a file's edit address", () => {
  it("is GitHub's editor for the file on the branch", () => {
    expect(editUrl({ url: "https://github.com/org/dpa-library", branch: "main" }, "contracts/axiops.md")).toBe("https://github.com/org/dpa-library/edit/main/contracts/axiops.md");
    expect(editUrl({ url: "https://github.com/org/dpa-library", branch: "content/fixes" }, "lessons/data breaches.md")).toBe("https://github.com/org/dpa-library/edit/content/fixes/lessons/data%20breaches.md");
  });

  it("is none without a repository", () => {
    expect(editUrl(undefined, "contracts/axiops.md")).toBeUndefined();
  });
});
