// What the version pages render: each older version laid out in parts, what changed in each
// version, the library's recent changes (page and feed) and each contract's versions as JSON.
import type { Contract, Library } from "../model/types.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import type { Block } from "../model/types.ts";
import { changesUrl, contractUrl, versionUrl } from "../site/urls.ts";
import { changesJson, version, versionChanges, type Version, type VersionChanges } from "./changes.ts";

const perLang = (url: (lang: Lang) => string) => Object.fromEntries(LANGS.map((lang) => [lang, url(lang)])) as Record<Lang, string>;

export interface VersionEntry extends Version {
  latest: boolean;
  /** This version's changes from the one before; none for the first. */
  changes?: VersionChanges;
}

/** One part of an older version's page. */
export interface OlderVersionPage {
  lang: Lang;
  slug: string;
  version: Version;
  latest: Version;
  part: number;
  parts: number;
  partNames: (string | undefined)[];
  blocks: Block[];
}

export interface VersionsModel {
  /** Each contract with several versions: its versions, newest first. */
  bySlug: Record<string, VersionEntry[]>;
  olderPages: OlderVersionPage[];
  changesPages: { lang: Lang; changes: VersionChanges }[];
  /** Every version's changes in the library, newest first. */
  recent: VersionChanges[];
  /** When the recent changes last changed, for the feed: the newest version's date (YYYY-MM-DD); in a library without versions, the newest contract's. */
  updated: string;
  /** /api/contracts/<slug>/versions.json, per contract with several versions. */
  exports: { slug: string; json: string }[];
}

/** How a contract is laid out into parts (site-model.ts's layOut, passed in: that module builds this one). */
type LayOut = (contract: Contract) => { parts: Block[][]; partNames: (string | undefined)[] };

export function buildVersions({ contracts, versions }: Pick<Library, "contracts" | "versions">, layOut: LayOut): VersionsModel {
  const bySlug: VersionsModel["bySlug"] = {};
  const olderPages: OlderVersionPage[] = [];
  for (const latest of contracts) {
    const older = versions[latest.slug] ?? [];
    if (!older.length) continue;
    const line: Contract[] = [...older, latest];
    const entries = line.map((contract, index): VersionEntry => ({
      ...version(contract),
      latest: contract === latest,
      ...(index > 0 ? { changes: versionChanges(line[index - 1]!, contract) } : {}),
    }));
    bySlug[latest.slug] = entries.reverse();
    for (const contract of older) {
      const { parts, partNames } = layOut(contract);
      for (const lang of LANGS) {
        parts.forEach((blocks, index) => olderPages.push({ lang, slug: latest.slug, version: version(contract), latest: version(latest), part: index + 1, parts: parts.length, partNames, blocks }));
      }
    }
  }
  const recent = Object.values(bySlug)
    .flatMap((entries) => entries.flatMap((entry) => (entry.changes ? [entry.changes] : [])))
    .sort((a, b) => (b.to.contract.date ?? "").localeCompare(a.to.contract.date ?? "") || a.slug.localeCompare(b.slug));
  const dates = contracts.flatMap((contract) => (contract.date ? [contract.date] : [])).sort();
  return {
    bySlug,
    olderPages,
    updated: recent[0]?.to.contract.date ?? dates[dates.length - 1] ?? "1970-01-01",
    changesPages: LANGS.flatMap((lang) => recent.map((changes) => ({ lang, changes }))),
    recent,
    exports: Object.entries(bySlug).map(([slug, entries]) => ({
      slug,
      json: JSON.stringify({
        slug,
        versions: entries.map(({ contract, label, id, latest }) => ({
          version: contract.version,
          date: contract.date,
          label,
          latest,
          source: contract.sourcePath,
          urls: perLang((lang) => (latest ? contractUrl(lang, slug) : versionUrl(lang, slug, id))),
          ...(entries.some((entry) => entry.changes?.to.id === id) ? { changesUrls: perLang((lang) => changesUrl(lang, slug, id)) } : {}),
        })),
        changes: entries.flatMap((entry) => (entry.changes ? [changesJson(entry.changes)] : [])),
      }),
    })),
  };
}
