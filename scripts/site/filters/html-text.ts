// A content text (summary, assessment, finding, note) between tags. Nunjucks' autoescape writes
// every " as &quot; and every ' as &#39;, which only an attribute value needs; in the text of
// the contract and clause type pages they were some 1.5 MB at 200 contracts. Between tags
// escaping & and < is enough (> too, by custom). Never for an attribute value: the template marks
// the result safe.

const SPECIAL = /[&<>]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

export function htmlText(value: string): string {
  return value.replace(SPECIAL, (char) => ENTITY[char]!);
}
