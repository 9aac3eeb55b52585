// JSON for a <script type="application/json"> block inside an HTML page. JSON.stringify
// alone leaves "</script>" in a string as it is, and the HTML parser would end the block
// there and run what follows (stored XSS from a clause type's name). Escaping "<", ">" and
// "&" as \u003c… keeps any tag or comment opener out of the block; U+2028/2029 are escaped
// too, as is customary, for readers that treat them as line ends. JSON.parse gives back the
// same strings: these characters only occur inside JSON strings, where \uXXXX is valid.

const UNSAFE = /[<>&\u2028\u2029]/g;

export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
