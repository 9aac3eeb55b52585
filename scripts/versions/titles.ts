// The titles of the version pages (pages/<name>.njk), as scripts/site/titles.ts has the others'.
import type { Lang } from "../model/vocabulary.ts";
import type { VersionChanges } from "./changes.ts";
import type { OlderVersionPage } from "./site.ts";
import { versionText } from "./ui-text.ts";

/** A version page's data: its pagination entry, or the language of a page paginated by language. */
type Data = { lang: Lang; entry: unknown };

export const versionPageTitles: Record<string, (data: Data) => string> = {
  "contract-version": ({ entry }) => {
    const page = entry as OlderVersionPage;
    return `${versionText("supersededTitle", page.lang, { vendor: page.version.contract.vendor, label: page.version.label })}${page.parts > 1 ? ` (${page.part}/${page.parts})` : ""}`;
  },
  "contract-changes": ({ entry }) => {
    const { lang, changes } = entry as { lang: Lang; changes: VersionChanges };
    return versionText("changesTitle", lang, { vendor: changes.to.contract.vendor, label: changes.to.label });
  },
  "recent-changes": ({ lang }) => versionText("recentChanges", lang),
};
