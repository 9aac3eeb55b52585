// A source's text and the contract's Markdown: Markdown and HTML sources are read as the
// words a reader sees, and the import's Markdown renders back to exactly the source's words.
import { describe, expect, it } from "vitest";
import { markdown } from "../../scripts/load/markdown.ts";
import { plainText } from "../../scripts/load/plain-text.ts";
import { escapeParagraph, partsMarkdown } from "../../scripts/import/markdown-text.ts";
import { sourceFormat, sourceText } from "../../scripts/import/source-text.ts";

const rendered = (text: string) => plainText(markdown.parse(text, {}));

describe("escaped source text", () => {
  it.each([
    "1. Definities",
    "2025. Het jaar waarin",
    "# geen kop",
    "- geen opsomming",
    "> geen citaat",
    "::: geen container",
    "Artikel 1\\. met een backslash",
    "*nadruk* en _onderstreept_ blijven tekens",
    "[geen link](https://example.org) en <https://example.org>",
    "`code` en ~~doorgehaald~~",
    "| geen | tabel |",
    "R&amp;D blijft letterlijk",
  ])("renders %j as itself", (text) => {
    expect(rendered(escapeParagraph(text))).toBe(text);
  });

  it("keeps a line that starts like a list or a heading a paragraph, as the source has it", () => {
    for (const text of ["1. Definities", "2025. Het jaar waarin", "- geen opsomming", "# geen kop"]) {
      expect(markdown.render(escapeParagraph(text)), text).toMatch(/^<p>[^<]*<\/p>\n$/);
    }
  });

  it("writes a numbered list item with its number, a bulleted one without its bullet, and a table", () => {
    const text = partsMarkdown([
      { kind: "paragraph", text: "Met daarin de volgende informatie:" },
      { kind: "item", text: "1. Soort incident.", ordered: true },
      { kind: "item", text: "2. Samenvatting.", ordered: true },
      { kind: "table", rows: [["Bedrijf", "Land"], ["Scalingo", "Frankrijk"]] },
    ]);
    expect(rendered(text).split("\n")).toEqual(["Met daarin de volgende informatie:", "1. Soort incident.", "2. Samenvatting.", "Bedrijf", "Land", "Scalingo", "Frankrijk"]);
  });
});

describe("source formats", () => {
  it("knows a source by its extension", () => {
    expect(["a.txt", "b.MD", "c.markdown", "d.html", "e.htm", "f.pdf"].map(sourceFormat)).toEqual(["text", "markdown", "markdown", "html", "html", undefined]);
  });

  it("reads Markdown as its text: escapes resolved, headings and items one paragraph each, list numbers kept", () => {
    expect(sourceText("# Artikel 1\\. Doeleinden van verwerking\n\n1. Verwerker verwerkt **alleen** in opdracht.\n2. Opdrachtgever geeft instructies.\n\n- Hosting\n", "markdown")).toBe(
      "Artikel 1. Doeleinden van verwerking\n\n1. Verwerker verwerkt alleen in opdracht.\n\n2. Opdrachtgever geeft instructies.\n\n• Hosting\n",
    );
  });

  it("reads HTML as its text: entities resolved, blocks apart, list numbers and table cells kept, scripts left out", () => {
    const html = `<html><head><title>x</title><script>alert(1)</script></head><body><h2>Artikel 2 &ndash; Verwerking</h2>
      <ol start="3"><li>Verwerker verwerkt in opdracht.</li><li>Opdrachtgever &amp; Verwerker werken samen.</li></ol>
      <table><tr><th>Subverwerker</th><th>Land</th></tr><tr><td>Hoster</td><td>NL</td></tr></table></body></html>`;
    expect(sourceText(html, "html")).toBe("Artikel 2 – Verwerking\n\n3. Verwerker verwerkt in opdracht.\n\n4. Opdrachtgever & Verwerker werken samen.\n\nSubverwerker\tLand\n\nHoster\tNL\n");
  });
});
