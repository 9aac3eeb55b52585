// The fair baseline's input, taken from our built site: for each of our HTML pages, a page at
// the same URL with the same text (its <main>'s text, as paragraphs, and its headings with
// their ids, which Pagefind makes sub-results of), the same title and language, and marked for
// search where ours is; our other files (JSON, CSV) as they are. Built by bench/baseline/
// fair.config.ts with minimal templates: what rendering and indexing this page set costs at
// the least, to compare our whole pipeline with.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Tags whose start or end ends a paragraph of text. */
const BLOCK = new Set(
  "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split(" "),
);

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

/** A page's <main> as paragraphs of text and headings with their ids; inline markup, scripts and styles dropped. */
export function plainBody(html: string): string {
  const start = html.indexOf("<main");
  const end = html.lastIndexOf("</main>");
  if (start < 0 || end < 0) return "";
  const main = html.slice(html.indexOf(">", start) + 1, end).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "");
  const blocks: string[] = [];
  let text = "";
  let heading: { level: string; id: string } | undefined;
  const flush = () => {
    const words = text.replace(/\s+/g, " ").trim();
    text = "";
    if (!words) return;
    blocks.push(heading ? `<h${heading.level}${heading.id ? ` id="${heading.id}"` : ""}>${words}</h${heading.level}>` : `<p>${words}</p>`);
  };
  for (const token of main.split(/(<[^>]*>)/)) {
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>$/.exec(token);
    if (!tag) {
      if (!token.startsWith("<")) text += token;
      continue;
    }
    const [, closing, name, attributes] = tag;
    const level = /^h([1-6])$/i.exec(name!)?.[1];
    if (level) {
      flush();
      heading = closing ? undefined : { level, id: /\bid="([^"]*)"/.exec(attributes!)?.[1] ?? "" };
    } else if (BLOCK.has(name!.toLowerCase())) flush();
    else if (name!.toLowerCase() === "input" || name!.toLowerCase() === "img") text += " ";
  }
  flush();
  return blocks.join("\n");
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

/** Writes the baseline's input for `site` into `into`: pages/ (Eleventy's input) and files/ (copied as they are). */
export function extractPages(site: string, into: string): { pages: number; files: number } {
  const counts = { pages: 0, files: 0 };
  for (const file of files(site)) {
    const relative = path.relative(site, file);
    const top = relative.split(path.sep)[0];
    // Pagefind writes the baseline's own index; the baseline has no styles or scripts of ours.
    if (top === "pagefind" || top === "assets") continue;
    if (!file.endsWith(".html")) {
      const target = path.join(into, "files", relative);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(file, target);
      counts.files++;
      continue;
    }
    const html = readFileSync(file, "utf8");
    const data = {
      permalink: `/${relative.split(path.sep).join("/")}`,
      title: unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ""),
      lang: /<html lang="([^"]+)"/.exec(html)?.[1] ?? "nl",
      searchable: html.includes("data-pagefind-body"),
    };
    const target = path.join(into, "pages", relative);
    mkdirSync(path.dirname(target), { recursive: true });
    // JSON is YAML: front matter without a YAML writer.
    writeFileSync(target, `---\n${Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join("\n")}\n---\n${plainBody(html)}\n`);
    counts.pages++;
  }
  return counts;
}
