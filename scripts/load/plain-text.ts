// Plain text of a run of markdown-it block tokens: the words a reader sees, list numbers
// included (they are part of the source wording), markup left out.
import type { Token } from "markdown-it";

const BLOCK_ENDS = new Set(["paragraph_close", "list_item_close", "th_close", "td_close", "heading_close", "blockquote_close"]);

export function plainText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === "inline") parts.push(inlineText(token));
    else if (token.type === "list_item_open" && token.info) parts.push(`${token.info}${token.markup} `);
    else if (token.type === "code_block" || token.type === "fence") parts.push(token.content);
    else if (BLOCK_ENDS.has(token.type)) parts.push("\n");
  }
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

export function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      return "";
    })
    .join("");
}
