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
  // A table in a contract (a list of sub-processors) can be wider than a phone: it scrolls in
  // a box of its own instead of the page. Keyboard users reach the box (tabindex) and screen
  // readers hear it as a region named after the table's column headings, the words the
  // table itself gives in every language the page may be in.
  md.renderer.rules.table_open = (tokens, index, options, _env, self) => {
    const name = headerText(tokens, index);
    const region = name ? ` tabindex="0" role="region" aria-label="${md.utils.escapeHtml(name)}"` : "";
    return `<div class="table-scroll sticky-first"${region}>\n${self.renderToken(tokens, index, options)}`;
  };
  md.renderer.rules.table_close = (tokens, index, options, _env, self) => `${self.renderToken(tokens, index, options)}</div>\n`;
  return md;
}

/** The text of a table's header cells, "Bedrijf, Omschrijving, Land vestiging"; `start` is its table_open. */
function headerText(tokens: readonly Token[], start: number): string {
  const cells: string[] = [];
  for (let index = start + 1; index < tokens.length && tokens[index]!.type !== "thead_close"; index++) {
    const token = tokens[index]!;
    if (token.type !== "inline") continue;
    const text = (token.children ?? []).map((child) => (child.type === "text" || child.type === "code_inline" ? child.content : "")).join("").trim();
    if (text) cells.push(text);
  }
  return cells.join(", ");
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
