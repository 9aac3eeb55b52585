import { describe, expect, it } from "vitest";
import { markdown, renderWithHrefs } from "../../scripts/load/markdown.ts";

describe("content Markdown", () => {
  it("publishes no raw HTML, script link or bare address from content", () => {
    const html = markdown.render(
      [
        '<img src="https://host.example/p.png"> <script>alert(1)</script> <iframe src="https://host.example/"></iframe>',
        '<span style="background:url(https://host.example/p.png)" onclick="alert(1)">x</span>',
        "[a](javascript:alert(1)) [b](vbscript:msgbox) [c](file:///etc/passwd) [d](JAVASCRIPT:alert(1))",
        "www.host.example https://host.example/",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<(img|script|iframe|span)\b/);
    expect(html).not.toMatch(/<[^>]*\s(style|onclick)=/);
    expect(html).not.toContain("<a ");
  });

  it("renders kept tokens again with new link targets, also after they crossed threads", () => {
    const tokens = markdown.parse("Zie [artikel 9.9](#art-9-9) en [de AVG](https://eur-lex.europa.eu/).\n\n```\ncode\n```", {});
    const plain = structuredClone(tokens);
    const html = renderWithHrefs(plain, (href) => (href.startsWith("#") ? `2/${href}` : href));
    expect(html).toBe(markdown.renderer.render(tokens, markdown.options, {}).replace('href="#art-9-9"', 'href="2/#art-9-9"'));
    // The kept tokens are left as they were, for the next rendering.
    expect(renderWithHrefs(plain, (href) => href)).toBe(markdown.renderer.render(tokens, markdown.options, {}));
  });

  it("puts a table in a box of its own that scrolls, reachable by keyboard and named after its columns", () => {
    const html = markdown.render("| **Bedrijf** | Land `EU` |\n|---|---|\n| Scalingo | Frankrijk |\n");
    expect(html).toMatch(/^<div class="table-scroll sticky-first" tabindex="0" role="region" aria-label="Bedrijf, Land EU">\n<table>/);
    expect(html.trimEnd()).toMatch(/<\/table>\n<\/div>$/);
    expect(markdown.render('| a "b" <c> |\n|---|\n| x |\n')).toContain('aria-label="a &quot;b&quot; &lt;c&gt;"');
  });
});
