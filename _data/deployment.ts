// How this build is deployed: NOINDEX=true marks an internal deployment that search
// engines must not index (robots meta on every page and, at a host's root, a robots.txt
// that disallows all). REPO_URL (and REPO_BRANCH) name the repository the content is edited
// in: its pages then link to their files there (scripts/site/edit-link.ts).
import { repositoryFrom } from "../scripts/site/edit-link.ts";

export default () => ({ noindex: process.env.NOINDEX === "true", repository: repositoryFrom(process.env) });
