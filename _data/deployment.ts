// How this build is deployed: NOINDEX=true marks an internal deployment that search
// engines must not index (robots meta on every page and, at a host's root, a robots.txt
// that disallows all). SITE_ORIGIN is where it is published (https://owner.github.io), for
// the absolute addresses of the Atom feed; by default the dev server's. REPO_URL (and
// REPO_BRANCH) name the repository the content is edited in: its pages then link to their
// files there (scripts/site/edit-link.ts).
import { repositoryFrom } from "../scripts/site/edit-link.ts";

export default () => ({
  noindex: process.env.NOINDEX === "true",
  origin: process.env.SITE_ORIGIN ?? "http://localhost:8080",
  repository: repositoryFrom(process.env),
});
