// Every internal link and asset reference in the built site resolves: the file exists and,
// where the link has an anchor, an element with that id is on the page.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isLinkHost } from "../../scripts/model/link-hosts.ts";
import { TEST_SITE } from "../support/build.ts";
import { htmlFiles, idsIn, pageFile } from "../support/html.ts";

describe("internal links", () => {
  const files = htmlFiles(TEST_SITE);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, "utf8")));
    return idCache.get(file)!;
  };

  it("all resolve, anchors included", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, "utf8");
      const pageUrl = `/${path.relative(TEST_SITE, file).replace(/index\.html$/, "")}`;
      for (const [, target] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:)/.test(target!)) continue;
        const resolved = new URL(target!, `http://site${pageUrl}`);
        const targetFile = pageFile(TEST_SITE, resolved.pathname);
        checked++;
        if (!existsSync(targetFile)) broken.push(`${pageUrl} → ${target}`);
        else if (resolved.hash && !idsOf(targetFile).has(decodeURIComponent(resolved.hash.slice(1)))) broken.push(`${pageUrl} → ${target} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("leave the site only for hosts on the allow-list, and load nothing from elsewhere", () => {
    const offSite = new Set<string>();
    for (const file of files) {
      for (const [, attribute, target] of readFileSync(file, "utf8").matchAll(/\s(href|src)="((?:https?:)?\/\/[^"]+)"/g)) offSite.add(`${attribute} ${new URL(target!, "https://site").hostname}`);
    }
    expect([...offSite].filter((link) => !(link.startsWith("href ") && isLinkHost(link.slice(5))))).toEqual([]);
    expect(offSite.size).toBeGreaterThan(0);
  });

  it("has no duplicate ids on any page", () => {
    const duplicates: string[] = [];
    for (const file of files) {
      const ids = [...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) duplicates.push(`${path.relative(TEST_SITE, file)}#${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
