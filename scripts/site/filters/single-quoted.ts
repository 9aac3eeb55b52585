// A value for an attribute written in single quotes, as the search cards' JSON is
// (data-pagefind-title='{"types":["breach-notification"]}'): in double quotes, as Nunjucks
// escapes it, each of JSON's many double quotes took six bytes (&quot;), 1.2 MB of the contract
// pages at 200 contracts. In single quotes only "&" and "'" need escaping; the template marks
// the result safe.

export function singleQuoted(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/'/g, "&#39;");
}
