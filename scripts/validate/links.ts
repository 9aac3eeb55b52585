// Links and images in content. The site loads nothing from other hosts and links nowhere it
// cannot vouch for: no content shows an image; a link leaves the site only for a host on the
// allow-list (scripts/model/link-hosts.ts) or, in a contract, for an address its own source
// document gives; a link within the site reaches something that exists.
import { LinkifyIt } from "linkify-it";
import { markdown } from "../load/markdown.ts";
import type { ParsedContract } from "../load/parse-contract.ts";
import { isLinkHost } from "../model/link-hosts.ts";
import type { ContentLink } from "../model/types.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import { clauseTypeUrl, contractUrl, pageOfUrl, type PageRef } from "../site/urls.ts";
import { didYouMean } from "./did-you-mean.ts";
import type { Problems } from "./problems.ts";

type Target = "fragment" | "site" | "external" | "relative";

function targetOf(href: string): Target {
  if (href.startsWith("#")) return "fragment";
  if (href.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(href)) return "external";
  return href.startsWith("/") ? "site" : "relative";
}

function toLinkHost(href: string): boolean {
  try {
    const url = new URL(href.startsWith("//") ? `https:${href}` : href);
    return (url.protocol === "https:" || url.protocol === "http:") && isLinkHost(url.hostname);
  } catch {
    return false;
  }
}

/** An address without its scheme and trailing slash, as a document names it: `www.belco.nl`, `hello@belco.io`. */
function address(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, "").replace(/\/$/, "");
}

// markdown-it's own linkifier (which content does not use) finds addresses with a scheme
// only; sources also give them as `www.belco.nl`.
const linkify = new LinkifyIt({ fuzzyLink: true });

/** The web and e-mail addresses a source document gives, normalised as markdown-it normalises a link's target. */
function sourceAddresses(source: string): Set<string> {
  return new Set((linkify.match(source) ?? []).map((match) => address(markdown.normalizeLink(match.url))));
}

const showsImage = (where: string, link: ContentLink) => `${where} shows an image (${link.href})`;

const CLAUSE_IDS =
  "a clause's id is its annotation's `id:` or else its number in lower case with dashes (6.1 → #art-6-1); they are the anchors on the contract's page";

export function checkContractLinks(contract: ParsedContract, source: string | undefined, problems: Problems): void {
  const { file, links, clauses, invalidClauseIds } = contract;
  const ids = new Set(clauses.map((clause) => clause.id));
  let addresses: Set<string> | undefined;
  const inSource = (href: string) => source !== undefined && (addresses ??= sourceAddresses(source)).has(address(href));

  for (const link of links) {
    const where = `the ${link.what}`;
    const { href, line } = link;
    if (link.kind === "image") {
      problems.add("content-image", file, line, showsImage(where, link));
      continue;
    }
    if (link.what === "heading") {
      problems.add("heading-link", file, line, `the heading links to ${href}`);
      continue;
    }
    const target = targetOf(href);
    if (target === "external") {
      if (!toLinkHost(href) && !inSource(href)) {
        problems.add("external-link", file, line, `${where} links to ${href}, outside the site: not a host on the allow-list, nor an address ${contract.source ?? "the source document"} gives`);
      }
    } else if (target === "fragment") {
      const id = href.slice(1);
      if (ids.has(id) || invalidClauseIds.has(id)) continue;
      const guess = didYouMean(id, ids);
      problems.add("site-link", file, line, `${where} links to "${href}", which is not a clause of this contract`, guess ? `did you mean "#${guess}"? ${CLAUSE_IDS}` : `link a clause of this contract: ${CLAUSE_IDS}`);
    } else {
      problems.add(
        "site-link",
        file,
        line,
        `${where} links to ${href}: a contract's text links within the site only to its own clauses`,
        `link a clause of this contract as "#<clause id>" (${CLAUSE_IDS}), or remove the link and keep its words`,
      );
    }
  }
}

export interface SitePages {
  /** Contract slugs. */
  contracts: ReadonlySet<string>;
  /** Clause type ids. */
  clauseTypes: ReadonlySet<string>;
}

const pageUrl = (lang: Lang, section: PageRef["section"], id: string) => (section === "contracts" ? contractUrl(lang, id) : clauseTypeUrl(lang, id));
const PAGE_KINDS = { contracts: { what: "contract", files: "contracts/" }, clauseTypes: { what: "clause type", files: "clauses/" } } as const;

/** A body in two languages whose links the validator checks: a clause type's explanation or a lesson's intro. */
export interface LinkedBody {
  file: string;
  links: Record<Lang, ContentLink[]>;
}

export function checkBodyLinks(type: LinkedBody, what: "explanation" | "intro", pages: SitePages, problems: Problems): void {
  for (const lang of LANGS) {
    const where = `the \`::: ${lang}\` ${what}`;
    const pagesFix = `link a page in the ${what}'s language by its address from the site's root: a contract "${contractUrl(lang, "<slug>")}" or a clause type "${clauseTypeUrl(lang, "<id>")}"`;
    for (const link of type.links[lang]) {
      const { href, line } = link;
      const report = (rule: "site-link" | "external-link", message: string, fix?: string) => problems.add(rule, type.file, line, `${where} ${message}`, fix);
      if (link.kind === "image") {
        problems.add("content-image", type.file, line, showsImage(where, link));
        continue;
      }
      const target = targetOf(href);
      if (target === "external") {
        if (!toLinkHost(href)) report("external-link", `links to ${href}, outside the site and not a host on the allow-list`, "remove the link and keep its words, or link an official source on the allow-list (scripts/model/link-hosts.ts)");
        continue;
      }
      const [path = "", hash] = href.split("#");
      const page = target === "site" ? pageOfUrl(path) : undefined;
      if (!page) {
        report("site-link", `links to ${href}, which is not a contract or clause type page`, pagesFix);
      } else if (hash !== undefined) {
        report("site-link", `links to ${href}, a place on a page`, `link the page itself, "${path}": a long contract's clauses move between its pages`);
      } else if (page.lang !== lang) {
        report("site-link", `links to ${href}, a page in the other language`, `link "${pageUrl(lang, page.section, page.id)}"`);
      } else {
        const known = page.section === "contracts" ? pages.contracts : pages.clauseTypes;
        if (known.has(page.id)) continue;
        const guess = didYouMean(page.id, known);
        const kind = PAGE_KINDS[page.section];
        report(
          "site-link",
          `links to ${href}, but there is no ${kind.what} "${page.id}"`,
          guess ? `did you mean "${pageUrl(lang, page.section, guess)}"? The ${kind.what} ids are the file names in ${kind.files}` : `use a ${kind.what} id: the file names in ${kind.files}`,
        );
      }
    }
  }
}
