// The Content Security Policy of every HTML page, defined once; the layouts put it in a
// <meta http-equiv> (GitHub Pages sends no headers of our choosing). Everything comes from
// the site itself and nothing inline runs or styles the page, so markup that slipped into
// content could do neither; the site makes no third-party requests anyway. The exceptions:
// Pagefind's search runs as WebAssembly ('wasm-unsafe-eval'), and the favicon is an empty
// data: URL. frame-ancestors is left out: browsers ignore it in a <meta> policy. The layouts
// write it unescaped: its quotes are single ones, which a double-quoted attribute takes as they
// are (escaped, 64 bytes more on every page).
const DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
  .join("; ");
