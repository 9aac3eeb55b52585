// What kind of output a built file is, by its path, so that the benchmark can say where the
// bytes go (contract pages per language, clause type pages, …) and the next person sees what
// a view costs. Paths come from scripts/site/urls.ts, as the pages' own do.
import { keyTermUrl, learningPathUrl, sectionUrl, type Section } from "../scripts/site/urls.ts";
import { KEY_TERM_NAMES } from "../scripts/model/key-terms.ts";
import { LANGS, type Lang } from "../scripts/model/vocabulary.ts";

export const OUTPUT_KINDS = [
  "contract pages, Dutch",
  "contract pages, English",
  "Art. 28 checklists",
  "clause type pages",
  "key-term pages",
  "key-terms matrix",
  "compare",
  "glossary",
  "learning path",
  "lists, home and other pages",
  "library.json",
  "contract JSON",
  "negotiation-points CSV",
  "key-terms CSV",
  "search index",
  "assets",
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

const prefix = (lang: Lang, section: Section) => sectionUrl(lang, section);
const under = (url: string, start: string) => url.startsWith(start);

/**
 * The kind of the file at `url`, its site-relative path with a leading slash
 * (`/contracten/axiops/2/index.html`).
 */
export function outputKind(url: string): OutputKind {
  if (under(url, "/pagefind/")) return "search index";
  if (under(url, "/assets/")) return "assets";
  if (url === "/api/library.json") return "library.json";
  if (under(url, "/api/contracts/")) return "contract JSON";
  if (under(url, "/api/negotiation-points/")) return "negotiation-points CSV";
  if (url === "/api/key-terms.csv") return "key-terms CSV";
  for (const lang of LANGS) {
    const contracts = prefix(lang, "contracts");
    if (under(url, contracts)) {
      const [first, second] = url.slice(contracts.length).split("/");
      // /contracten/2/ is the list's second page; /contracten/<slug>/art-28/ a checklist.
      if (/^\d+$/.test(first!)) return "lists, home and other pages";
      if (second === "art-28") return "Art. 28 checklists";
      return lang === "nl" ? "contract pages, Dutch" : "contract pages, English";
    }
    const types = prefix(lang, "clauseTypes");
    // /clausuletypen/ itself lists the types; /clausuletypen/<id>/[n/] are a type's pages.
    if (under(url, types)) return url.slice(types.length).includes("/") ? "clause type pages" : "lists, home and other pages";
    if (KEY_TERM_NAMES.some((name) => under(url, keyTermUrl(lang, name)))) return "key-term pages";
    if (under(url, prefix(lang, "keyTerms"))) return "key-terms matrix";
    if (under(url, prefix(lang, "compare"))) return "compare";
    if (under(url, prefix(lang, "glossary"))) return "glossary";
    if (under(url, learningPathUrl(lang))) return "learning path";
  }
  return "lists, home and other pages";
}
