// How this build is deployed: NOINDEX=true marks an internal deployment that search
// engines must not index (robots meta on every page and, at a host's root, a robots.txt
// that disallows all).
export default () => ({ noindex: process.env.NOINDEX === "true" });
