// The generated sections of AUTHORING.md: field lists from the schemas, rules from the
// rule catalogue, key terms from their definitions with worked examples from the library, the
// clause types with when to use each, the hosts content may link to, the extraction debris
// the source check sets aside.
import { EXTRACTION_DEBRIS } from "../model/extraction-debris.ts";
import { KEY_TERMS, type KeyTermName } from "../model/key-terms.ts";
import { LINK_HOSTS } from "../model/link-hosts.ts";
import {
  ChoiceExercise,
  ClauseAnnotation,
  ClauseTypeFrontMatter,
  ContractFrontMatter,
  DraftClauseAnnotation,
  DraftContractFrontMatter,
  DraftKeyTerms,
  FindExercise,
  KeyTerms,
  LawSource,
  LessonFrontMatter,
  SearchTerms,
} from "../model/schema.ts";
import { RATING_RULE } from "../model/rubric.ts";
import { FINDING_RESULTS, RATINGS } from "../model/vocabulary.ts";
import { RULES } from "../validate/rules.ts";
import type { Library } from "../model/types.ts";
import { fieldRows, markdownTable, type FieldRow } from "./field-table.ts";

/** The rows of `draft` that a complete contract's schema does not have in the same form: what a draft may do differently. */
function differences(draft: readonly FieldRow[], complete: readonly FieldRow[]): FieldRow[] {
  const same = new Set(complete.map((row) => JSON.stringify(row)));
  return draft.filter((row) => !same.has(JSON.stringify(row)));
}

/** A table cell: one line, its pipes escaped. */
const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|");

export function rulesSection(): string {
  return ["| rule | what it checks | how to fix |", "|---|---|---|"]
    .concat(Object.entries(RULES).map(([id, rule]) => `| \`${id}\` | ${rule.checks} | ${rule.fix.replace(/\|/g, "\\|")} |`))
    .join("\n");
}

export function fieldsSection(): string {
  const anyTerm = Object.values(KeyTerms.shape)[0]!;
  return [
    "### Contract front matter",
    markdownTable(fieldRows(ContractFrontMatter, new Set(["terms"]))),
    "",
    "### Key terms (`terms.<name>`), every one required",
    ["| name | kind | meaning |", "|---|---|---|"]
      .concat(Object.entries(KEY_TERMS).map(([name, term]) => `| \`${name}\` | ${term.kind} | ${term.description.en} |`))
      .join("\n"),
    "",
    "Each key term has these fields:",
    "",
    markdownTable(fieldRows(anyTerm)),
    "",
    "### Clause annotation",
    markdownTable(fieldRows(ClauseAnnotation)),
    "",
    "### Drafts (`status: draft`)",
    "A draft's front matter, clause annotations and key terms differ from a complete contract's in these fields; all others are as above.",
    "",
    markdownTable(differences(fieldRows(DraftContractFrontMatter, new Set(["terms"])), fieldRows(ContractFrontMatter, new Set(["terms"])))),
    "",
    "Each key term of a draft (`terms.<name>`) has the fields of a complete one, each of them optional, and:",
    "",
    markdownTable(fieldRows(Object.values(DraftKeyTerms.shape)[0]!).filter((row) => row.field.startsWith("suggested"))),
    "",
    "A draft's clause annotation, and that of a clause new in a version (`review: added`) in any contract:",
    "",
    markdownTable(differences(fieldRows(DraftClauseAnnotation), fieldRows(ClauseAnnotation))),
    "",
    "### Clause type front matter",
    markdownTable(fieldRows(ClauseTypeFrontMatter)),
    "",
    "### Lesson front matter (`lessons/<id>.md`)",
    markdownTable(fieldRows(LessonFrontMatter, new Set(["exercises"]))),
    "",
    "### Exercise of kind `choice` (`exercises[]`)",
    markdownTable(fieldRows(ChoiceExercise)),
    "",
    "### Exercise of kind `find` (`exercises[]`)",
    markdownTable(fieldRows(FindExercise)),
    "",
    "### Legal source (`lessons/sources.yaml`, one entry `<id>:` per source)",
    markdownTable(fieldRows(LawSource)),
    "",
    "### Search words (`clauses/search-terms.yaml`)",
    markdownTable(fieldRows(SearchTerms)),
  ].join("\n");
}

/** The rating each finding gives, by result and by whether its criterion is central. */
export function ratingRuleSection(): string {
  const results = Object.keys(FINDING_RESULTS) as (keyof typeof FINDING_RESULTS)[];
  const cell = (rating: keyof typeof RATINGS) => `\`${rating}\` (${RATINGS[rating].en})`;
  return [`| criterion | ${results.map((result) => `\`${result}\``).join(" | ")} |`, `|---|${results.map(() => "---|").join("")}`]
    .concat(
      (Object.entries(RATING_RULE) as [keyof typeof RATING_RULE, Record<(typeof results)[number], keyof typeof RATINGS>][]).map(
        ([weight, ratings]) => `| ${weight === "central" ? "central (`central: true`)" : "other"} | ${results.map((result) => cell(ratings[result])).join(" | ")} |`,
      ),
    )
    .join("\n");
}

export function linkHostsSection(): string {
  return Object.entries(LINK_HOSTS)
    .map(([host, what]) => `- \`${host}\`: ${what}`)
    .join("\n");
}

export function debrisSection(): string {
  return ["| debris | what the check sets aside | example (source = file) |", "|---|---|---|"]
    .concat(Object.entries(EXTRACTION_DEBRIS).map(([id, rule]) => `| \`${id}\` | ${rule.what.replace(/\|/g, "\\|")} | ${rule.example.replace(/\|/g, "\\|")} |`))
    .join("\n");
}

/** Every clause type, in the order of the lists: when to use it, and the types it is confused with. */
export function clauseTypesSection({ clauseTypes }: Pick<Library, "clauseTypes">): string {
  return ["| type | name (nl / en) | GDPR | when to use | not to be confused with |", "|---|---|---|---|---|"]
    .concat(
      clauseTypes.map((type) => {
        const confusions = type.confusedWith.map(({ type: other, difference }) => `\`${other}\`: ${difference}`).join("<br>");
        const gdpr = type.gdpr.map((reference) => `Art. ${reference}`).join(", ") || "–";
        return `| \`${type.id}\` | ${cell(type.name.nl)} / ${cell(type.name.en)} | ${gdpr} | ${cell(type.whenToUse)} | ${cell(confusions)} |`;
      }),
    )
    .join("\n");
}

/** Each key term's definition and its worked examples, read from the contracts they name. */
export function keyTermExamplesSection({ contracts }: Pick<Library, "contracts">): string {
  return Object.entries(KEY_TERMS)
    .map(([name, definition]) => {
      const rows = definition.examples.map(({ contract: slug, why }) => {
        const contract = contracts.find((candidate) => candidate.slug === slug);
        if (!contract) throw new Error(`the worked example of key term "${name}" names the contract "${slug}", which the library does not have: name one of ${contracts.map((candidate) => candidate.slug).join(", ")} in scripts/model/key-terms.ts`);
        const term = contract.terms[name as KeyTermName];
        if (!term) throw new Error(`the worked example of key term "${name}" names the contract "${slug}", which does not give that term yet: name a complete contract in scripts/model/key-terms.ts`);
        const clause = term.clause === null ? "–" : `\`${term.clause}\``;
        const wording = term.wording ? `“${cell(term.wording)}”` : "–";
        return `| ${cell(contract.vendor)} | ${clause} | ${wording} | \`${yamlValue(term.value)}\` | ${cell(term.answer.nl)} / ${cell(term.answer.en)} | ${cell(why)} |`;
      });
      return [
        `#### \`${name}\`: ${definition.label.en}`,
        "",
        definition.description.en,
        "",
        "| contract | clause | its words (`wording`) | value | answer (nl / en) | why |",
        "|---|---|---|---|---|---|",
        ...rows,
      ].join("\n");
    })
    .join("\n\n");
}

/** A key term's value as its front matter writes it. */
function yamlValue(value: unknown): string {
  if (value !== null && typeof value === "object") return `{${Object.entries(value).map(([key, item]) => `${key}: ${item}`).join(", ")}}`;
  return String(value);
}

/** Replaces each `<!-- generated:name -->…<!-- /generated:name -->` block with fresh content. */
export function renderAuthoring(markdown: string, library: Pick<Library, "contracts" | "clauseTypes">): string {
  const sections: Record<string, () => string> = {
    rules: rulesSection,
    fields: fieldsSection,
    linkHosts: linkHostsSection,
    ratingRule: ratingRuleSection,
    debris: debrisSection,
    clauseTypes: () => clauseTypesSection(library),
    keyTermExamples: () => keyTermExamplesSection(library),
  };
  return markdown.replace(/<!-- generated:(\w+) -->[\s\S]*?<!-- \/generated:\1 -->/g, (_whole, name: string) => {
    const section = sections[name];
    if (!section) throw new Error(`AUTHORING.md has an unknown generated section "${name}"`);
    return `<!-- generated:${name} -->\n${section()}\n<!-- /generated:${name} -->`;
  });
}
