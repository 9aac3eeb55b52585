// Where an officer who spots a mistake on a page proposes the correction: the page's content
// file, in the web editor of the repository the site is built from. Only where the build is
// told the repository's address (REPO_URL, and REPO_BRANCH, default main); without it, no link.

export interface Repository {
  /** The repository's web address, without a trailing slash or `.git`: https://github.com/org/dpa-library */
  url: string;
  branch: string;
}

/** The repository the environment names; undefined where REPO_URL is not set. Throws on an address that is not a web address. */
export function repositoryFrom(env: Readonly<Record<string, string | undefined>>): Repository | undefined {
  const given = env.REPO_URL?.trim();
  if (!given) return undefined;
  if (!/^https:\/\/[^/\s]+\/\S+$/.test(given)) {
    throw new Error(`REPO_URL must be the repository's web address, such as https://github.com/org/dpa-library; it is "${given}"`);
  }
  return { url: given.replace(/\/+$/, "").replace(/\.git$/, ""), branch: env.REPO_BRANCH?.trim() || "main" };
}

/** GitHub's address for editing a file of the repository (`contracts/axiops.md`), or undefined without a repository. */
export function editUrl(repository: Repository | undefined, file: string): string | undefined {
  if (!repository) return undefined;
  const segments = (path: string) => path.split("/").map(encodeURIComponent).join("/");
  return `${repository.url}/edit/${segments(repository.branch)}/${segments(file)}`;
}
