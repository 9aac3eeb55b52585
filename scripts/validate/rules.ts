// Every validation rule, once: the validator reports through these ids, the authoring guide
// lists them, and the tests keep one bad-input fixture per rule.
import { OFFICIAL_HOSTS } from "../model/link-hosts.ts";

export interface Rule {
  /** What the rule checks, for the authoring guide. */
  checks: string;
  /** How to fix a breach; a problem may give a more specific fix. */
  fix: string;
}

export const RULES = {
  "front-matter": {
    checks: "The file starts with YAML front matter between two `---` lines, and the YAML is well-formed.",
    fix: "start the file with a line `---`, the YAML fields, and another line `---`; check indentation and quote values containing `: `",
  },
  "field": {
    checks: "Every field of the front matter and of each clause annotation is present and has the right form (durations, units, country codes, ratings, ids).",
    fix: "correct the field as described; the field list is in AUTHORING.md under Fields",
  },
  "missing-summary": {
    checks: "Every clause has a summary in Dutch (`summary.nl`, Kort gezegd) and in English (`summary.en`, In short).",
    fix: "add the missing summary to the clause's annotation",
  },
  "unknown-clause-type": {
    checks: "Every clause type a clause, a lesson or a synonym group names exists in `clauses/`.",
    fix: "use one of the ids in clauses/, or add a clause type there",
  },
  "duplicate-clause-id": {
    checks: "Clause ids are unique within a contract.",
    fix: "give one of the clauses an explicit `id:` in its annotation",
  },
  "duplicate-slug": {
    checks: "Contract slugs, clause type ids and lesson ids are unique and match their file names.",
    fix: "rename the file or the slug so that they match and no two are the same",
  },
  "term-clause": {
    checks: "Every key term cites a clause that exists in the same contract.",
    fix: "cite an existing clause id (see the ids in the contract's annotations), or use `clause: null` with a note",
  },
  "term-wording": {
    checks: "A key term's `wording` is quoted verbatim from the clause it cites.",
    fix: "copy the words exactly from the cited clause's text",
  },
  "term-answer": {
    checks: "A key term's answer agrees with its value: a yes/no term's answer starts with ja/nee (yes/no) as the value says, and a period's answer names its number in digits.",
    fix: "correct the answer or the value so that they say the same",
  },
  "not-in-source": {
    checks: "Every clause text, heading and note is found verbatim in the source document (whitespace, line-end hyphenation, bullets and `**` aside).",
    fix: "copy the text exactly from the source file; fix only extraction debris",
  },
  "source-missing": {
    checks: "The contract's `source` file exists in `contracts/sources/`.",
    fix: "copy the source extraction into contracts/sources/ under its own file name",
  },
  "stray-text": {
    checks: "The body holds only section headings (`##` to `####`), `::: clause` and `::: note` containers.",
    fix: "put the text in a `::: clause` or `::: note` container, or make it a `##` heading",
  },
  "annotation": {
    checks: "Every clause starts with a fenced `yaml` annotation block and has text after it.",
    fix: "open the clause with ```yaml, the annotation, ```, then the clause text",
  },
  "clause-type-body": {
    checks: "Every clause type has a `::: nl` and a `::: en` explanation.",
    fix: "add both containers to the clause type's body",
  },
  "encoding": {
    checks: "Every contract, clause type, lesson and source file is saved as UTF-8.",
    fix: "save the file as UTF-8 (reopen it as Windows-1252 or Latin-1 first, so that é stays é)",
  },
  "not-a-file": {
    checks: "Every `.md` name in `contracts/`, `clauses/` and `lessons/` is a file, not a folder.",
    fix: "rename the folder so that its name does not end in .md, or move it out of contracts/, clauses/ and lessons/",
  },
  "duplicate-term-home": {
    checks: "Each key term is in the `terms` of at most one clause type, the one whose page shows it.",
    fix: "remove the key term from the `terms` of one of the two clause types",
  },
  // Links and images in content (scripts/validate/links.ts).
  "content-image": {
    checks: "Clause texts, notes, headings, clause type explanations and lesson intros show no images, from any host: the site loads nothing from other hosts and publishes no pictures from content.",
    fix: "remove the image",
  },
  "external-link": {
    checks: "A link that leaves the site goes to a host on the allow-list in `scripts/model/link-hosts.ts` or, in a contract, to a web or e-mail address its source document gives.",
    fix: "remove the link and keep its words, or link an address the source document gives or an official source on the allow-list (scripts/model/link-hosts.ts)",
  },
  "site-link": {
    checks: "A link within the site reaches what exists: in a contract, one of its own clauses (`#art-6-1`); in a clause type explanation or a lesson intro, a contract or clause type page in its language (`/contracten/<slug>/`, `/en/clause-types/<id>/`).",
    fix: "link an existing clause of the contract as `#<clause id>`, or from a clause type an existing contract or clause type page",
  },
  "heading-link": {
    checks: "Section headings hold no links: they are shown as plain text.",
    fix: "remove the link and keep its words",
  },
  "uncited-law": {
    checks: "Every requirement of a lesson (`sources`) and every clause type's \"What the GDPR requires\" (`lawSources`) cites at least one legal source.",
    fix: "add the ids of the article, guideline or judgment it rests on, from lessons/sources.yaml (add the source there first if it is new)",
  },
  "unknown-source": {
    checks: "Every source a lesson or clause type cites is in `lessons/sources.yaml`.",
    fix: "use an id from lessons/sources.yaml, or add the source there",
  },
  "source-host": {
    checks: `Every legal source in \`lessons/sources.yaml\` links, in Dutch and in English, to the official text on one of these hosts: ${OFFICIAL_HOSTS.join(", ")}.`,
    fix: "link to the official publication (EUR-Lex for EU law, the EDPB for guidelines, curia for judgments), over https",
  },
  "gdpr-source": {
    checks: "A clause type's `lawSources` include the article of every GDPR reference in its `gdpr` field (`28(3)(f)` needs `gdpr-28`).",
    fix: "add the article's source to lawSources, or correct the gdpr reference",
  },
  "lesson-order": {
    checks: "Every lesson has an `order`, and the orders number the lessons 1, 2, 3 … once each, without gaps.",
    fix: "give each lesson its own position in the path, counting from 1",
  },
  "search-term": {
    checks: "In `clauses/search-terms.yaml`, a stop word is a single word, every synonym has a word that is not a stop word, and a word or phrase is in one synonym group only.",
    fix: "correct the term as described; each group lists words that mean the same, the first per language being the one search looks for",
  },
  "missing-translation": {
    checks: "Every text of a lesson is in Dutch (`nl`) and English (`en`), and its body has a `::: nl` and a `::: en` intro.",
    fix: "add the missing language; both say the same",
  },
  // Exercises in lessons (scripts/validate/validate-exercises.ts).
  "lesson-exercises": {
    checks: "A lesson's `exercises` include at least one `choice` and one `find` exercise.",
    fix: "add an exercise of the missing kind",
  },
  "exercise-answer": {
    checks: "A `choice` exercise has exactly one correct option; a `find` exercise at least one.",
    fix: "mark the right answer with `correct: true`, and only that one in a choice exercise",
  },
  "exercise-reference": {
    checks: "Every option of a `find` exercise names a contract in `contracts/` and, if it gives a clause, a clause id of that contract.",
    fix: "use a contract's slug (its file name in contracts/) and a clause id from its annotations (the anchor, such as art-6-1)",
  },
  "exercise-check": {
    checks: "A `find` exercise has a `check` with at least one of `type`, `wording` and `term`, and the check holds in the library: every correct clause has the clause type and no wrong clause option has it; the wording is in every correct clause's text; every correct option's contract has the key term's value and no wrong option naming only a contract has it. When a contract changes so that the answer no longer holds, the build fails.",
    fix: "bring the exercise (options, check, feedback, explanation) in line with the library as it now is, or correct the contract if it changed by mistake",
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
