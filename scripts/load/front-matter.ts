// Splits a Markdown file into its YAML front matter and body, keeping the line numbers of both.

export interface SplitFile {
  yaml: string;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

export function splitFrontMatter(raw: string): SplitFile | null {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  // Reads lines only up to the closing `---`: a contract's body is long, its front matter short.
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const line = newline < 0 ? text.slice(start) : text.slice(start, newline);
    if (lines.length === 0 && line.trim() !== "---") return null;
    if (lines.length > 0 && line.trim() === "---") {
      return {
        yaml: lines.slice(1).join("\n"),
        yamlLine: 2,
        body: newline < 0 ? "" : text.slice(newline + 1),
        bodyLine: lines.length + 2,
      };
    }
    if (newline < 0) return null;
    lines.push(line);
    start = newline + 1;
  }
}
