// The generated sections of AUTHORING.md: field lists from the schemas, rules from the
// rule catalogue, key terms from their definitions, the hosts content may link to.
import { KEY_TERMS } from "../model/key-terms.ts";
import { LINK_HOSTS } from "../model/link-hosts.ts";
import { ChoiceExercise, ClauseAnnotation, ClauseTypeFrontMatter, ContractFrontMatter, FindExercise, KeyTerms, LawSource, LessonFrontMatter, SearchTerms } from "../model/schema.ts";
import { RULES } from "../validate/rules.ts";
import { fieldRows, markdownTable } from "./field-table.ts";

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

export function linkHostsSection(): string {
  return Object.entries(LINK_HOSTS)
    .map(([host, what]) => `- \`${host}\`: ${what}`)
    .join("\n");
}

/** Replaces each `<!-- generated:name -->…<!-- /generated:name -->` block with fresh content. */
export function renderAuthoring(markdown: string): string {
  const sections: Record<string, () => string> = { rules: rulesSection, fields: fieldsSection, linkHosts: linkHostsSection };
  return markdown.replace(/<!-- generated:(\w+) -->[\s\S]*?<!-- \/generated:\1 -->/g, (_whole, name: string) => {
    const section = sections[name];
    if (!section) throw new Error(`AUTHORING.md has an unknown generated section "${name}"`);
    return `<!-- generated:${name} -->\n${section()}\n<!-- /generated:${name} -->`;
  });
}
