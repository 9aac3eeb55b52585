// The word-level difference between two wordings, and its markup. jsdiff's diffWords does
// the comparison (whitespace between words does not count as a change); the markup marks
// each deletion and insertion for every reader: <del> struck through and <ins> underlined
// (site.css), never by colour alone, and with words that screen readers read out, since
// most of them do not announce <del> and <ins> by themselves.
import { diffWords } from "diff";
import { markdown } from "../load/markdown.ts";
import type { Lang } from "../model/vocabulary.ts";
import { versionText } from "./ui-text.ts";

export interface DiffPart {
  kind: "same" | "deleted" | "inserted";
  text: string;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ kind: part.removed ? "deleted" : part.added ? "inserted" : "same", text: part.value }));
}

/** The parts as HTML: unchanged text as it is, each change in <del> or <ins> with its spoken label. */
export function diffHtml(parts: readonly DiffPart[], lang: Lang): string {
  return parts
    .map(({ kind, text }) => {
      if (kind === "same") return markdown.utils.escapeHtml(text);
      const tag = kind === "deleted" ? "del" : "ins";
      return `<${tag}><span class="visually-hidden" lang="${lang}">${markdown.utils.escapeHtml(versionText(kind === "deleted" ? "deletedStart" : "insertedStart", lang))} </span>${markdown.utils.escapeHtml(text)}<span class="visually-hidden" lang="${lang}"> ${markdown.utils.escapeHtml(versionText("changeEnd", lang))}</span></${tag}>`;
    })
    .join("");
}
