import { describe, expect, it } from "vitest";
import { markdown } from "../../scripts/load/markdown.ts";

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

});
