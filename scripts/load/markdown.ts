// One markdown-it instance for all content: the loader parses with it and renders clause
// text from the same tokens, so what is validated is exactly what is published.
import MarkdownIt, { type Token } from "markdown-it";
import container from "markdown-it-container";

/** Block containers of the content format (see AUTHORING.md). */
export const CONTAINERS = ["clause", "note", "nl", "en"] as const;

function createMarkdown() {
  // html: false keeps contract text from injecting markup (raw HTML stays text, so no <img>,
  // <script> or style); linkify: false links no address the text merely mentions: every link
  // is written as one and checked (scripts/validate/links.ts). markdown-it's own validateLink
  // stays: a javascript:, vbscript: or file: target never becomes a link. Typographer off
  // keeps quotes verbatim.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  for (const name of CONTAINERS) {
    md.use(container, name, {
      validate: (params: string) => params.trim().split(/\s+/)[0] === name,
    });
  }
  return md;
}

export const markdown = createMarkdown();

const TokenClass = new markdown.core.State("", markdown, {}).Token;

/** A kept token as markdown-it's own again: tokens that crossed threads are plain objects. */
function hydrate(token: Token): Token {
  return Object.assign(new TokenClass(token.type, token.tag, token.nesting), token, {
    attrs: token.attrs?.map((attr) => [...attr] as typeof attr) ?? null,
    children: token.children?.map(hydrate) ?? null,
  });
}

/** Renders tokens kept from a parse, each link's href replaced by `href(original)`; the tokens themselves stay as they were. */
export function renderWithHrefs(tokens: readonly Token[], href: (original: string) => string): string {
  const copies = tokens.map(hydrate);
  for (const token of copies) {
    for (const child of token.children ?? []) if (child.type === "link_open") child.attrSet("href", href(String(child.attrGet("href") ?? "")));
  }
  return markdown.renderer.render(copies, markdown.options, {});
}
