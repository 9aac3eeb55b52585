// Builds the public export, _site/api/library.json.
import type { LibraryExport } from "../model/export-schema.ts";
import type { Library } from "../model/types.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import { clauseUrl, contractUrl } from "../site/urls.ts";

const perLang = (url: (lang: Lang) => string) => Object.fromEntries(LANGS.map((lang) => [lang, url(lang)])) as Record<Lang, string>;

export function exportLibrary(library: Library): LibraryExport {
  return {
    contracts: library.contracts.map((contract) => ({
      slug: contract.slug,
      vendor: contract.vendor,
      title: contract.title,
      documentType: contract.documentType,
      jurisdiction: contract.jurisdiction,
      source: contract.sourcePath,
      url: contractUrl("nl", contract.slug),
      urls: perLang((lang) => contractUrl(lang, contract.slug)),
      terms: contract.terms,
    })),
    clauses: library.contracts.flatMap((contract) =>
      contract.clauses.map((clause) => ({
        id: clause.id,
        contract: contract.slug,
        number: clause.number ?? null,
        heading: clause.heading ?? null,
        types: clause.types,
        text: clause.text,
        url: clauseUrl("nl", contract.slug, clause.id),
        urls: perLang((lang) => clauseUrl(lang, contract.slug, clause.id)),
        summary: clause.summary,
        ...(clause.assessment ? { assessment: clause.assessment } : {}),
      })),
    ),
    clauseTypes: library.clauseTypes.map((type) => ({ id: type.id, name: type.name, gdpr: type.gdpr })),
  };
}
