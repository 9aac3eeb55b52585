// The text of a source document as the library keeps it (contracts/sources/*.txt): a plain
// text extraction as it is; Markdown and HTML as the words a reader sees, one block (heading,
// paragraph, list item, table row) per paragraph, a list item with its number or bullet and
// a table row's cells separated by tabs. Markdown's escapes and HTML's entities are resolved,
// so that the contract's wording is compared with the text, not with its markup.
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { markdown } from "../load/markdown.ts";
import type { Token } from "markdown-it";

export type SourceFormat = "text" | "markdown" | "html";

export function sourceFormat(fileName: string): SourceFormat | undefined {
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === "txt") return "text";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "html" || extension === "htm") return "html";
  return undefined;
}

export function sourceText(text: string, format: SourceFormat): string {
  if (format === "markdown") return markdownText(text);
  if (format === "html") return htmlText(text);
  return text;
}

function markdownText(source: string): string {
  const blocks: string[] = [];
  const tokens = markdown.parse(source, {});
  const lists: { ordered: boolean; next: number }[] = [];
  let row: string[] | undefined;
  let prefix = "";
  for (const token of tokens) {
    if (token.type === "bullet_list_open") lists.push({ ordered: false, next: 0 });
    else if (token.type === "ordered_list_open") lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) });
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") lists.pop();
    else if (token.type === "list_item_open") {
      const list = lists.at(-1)!;
      prefix = list.ordered ? `${token.info || list.next}${token.markup} ` : "• ";
      list.next++;
    } else if (token.type === "tr_open") row = [];
    else if (token.type === "tr_close") {
      blocks.push(row!.join("\t"));
      row = undefined;
    } else if (token.type === "inline") {
      const text = inlineText(token);
      if (row) row.push(text.replace(/\n/g, " "));
      else {
        blocks.push(prefix + text);
        prefix = "";
      }
    } else if (token.type === "fence" || token.type === "code_block") blocks.push(token.content.trimEnd());
  }
  return `${blocks.join("\n\n")}\n`;
}

function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? "\n" : child.type === "text" || child.type === "code_inline" ? child.content : ""))
    .join("");
}

/** Elements whose text stands apart: each starts a paragraph of its own. */
const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "header", "footer", "blockquote", "dt", "dd", "caption", "address", "figcaption", "pre"]);
const SKIPPED = new Set(["script", "style", "template", "noscript", "head", "title"]);

function htmlText(source: string): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/[ \u00a0]+/g, " ").replace(/ ?\n ?/g, "\n").trim();
    if (text) blocks.push(text);
    current = "";
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") current += node.data.replace(/\s+/g, " ");
      else if (node.type === "tag" || node.type === "script" || node.type === "style") {
        const element = node as Element;
        const name = element.name.toLowerCase();
        if (SKIPPED.has(name)) continue;
        if (name === "br") current += "\n";
        else if (name === "td" || name === "th") {
          if (current.trim()) current += "\t";
          walk(element.children);
        } else if (BLOCKS.has(name)) {
          flush();
          if (name === "li") current += listPrefix(element);
          walk(element.children);
          flush();
        } else walk(element.children);
      }
    }
  };
  walk(parseDocument(source).children);
  flush();
  return `${blocks.join("\n\n")}\n`;
}

/** The number or bullet a browser shows before a list item. */
function listPrefix(item: Element): string {
  const list = item.parent as Element | null;
  if (list?.name !== "ol") return "• ";
  const siblings = list.children.filter((child): child is Element => child.type === "tag" && (child as Element).name === "li");
  const start = Number(list.attribs.start ?? 1);
  return `${start + siblings.indexOf(item)}. `;
}
