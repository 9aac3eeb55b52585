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
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() !== "---") return null;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (end < 0) return null;
  return {
    yaml: lines.slice(1, end).join("\n"),
    yamlLine: 2,
    body: lines.slice(end + 1).join("\n"),
    bodyLine: end + 2,
  };
}
