// What Pagefind indexes for each clause: one record per clause and language, so results
// are clauses (deep links) and filters work per clause. The English record carries the
// English summary and type names, so an English query finds Dutch clauses; it keeps the
// original wording too, so a quoted figure ("48 uur") is found in either language.
import type { SiteModel } from "./site-model.ts";
import { label, t } from "./filters/i18n.ts";
import { clauseTitle } from "./filters/lookup.ts";
import { clauseUrl } from "./urls.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";

export interface SearchRecord {
  url: string;
  language: Lang;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function searchRecords(site: SiteModel): SearchRecord[] {
  return LANGS.flatMap((lang) =>
    site.contracts.flatMap((contract) =>
      contract.clauses.map((clause) => {
        const typeNames = clause.types.map((id) => site.typeById[id]!.name[lang]);
        const title = `${contract.vendor} ${clauseTitle(clause, site.typeById, lang)}`;
        const annotation = [clause.summary[lang], clause.assessment?.[lang], clause.note?.[lang]].filter(Boolean).join("\n");
        return {
          url: clauseUrl(lang, clause),
          language: lang,
          content: [title, typeNames.join(", "), lang === contract.language ? `${clause.text}\n${annotation}` : `${annotation}\n${clause.text}`].join("\n"),
          meta: { title },
          // Filter names are shown to the reader as they are, so they are in the record's language.
          filters: {
            [t("contract", lang)]: [contract.vendor],
            [t("clauseType", lang)]: typeNames,
            [t("assessment", lang)]: clause.assessment ? [label(clause.assessment.rating, "rating", lang)] : [],
            [t("documentType", lang)]: [label(contract.documentType, "documentType", lang)],
          },
        };
      }),
    ),
  );
}
