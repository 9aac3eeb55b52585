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
    checks: "Contract slugs, clause type ids and lesson ids are unique and match their file names; a criterion's id is unique within its clause type.",
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
    checks: "Every heading, note, clause heading and clause text is in the source document word for word, with its punctuation and spacing; only the extraction debris listed under [What the source check compares](#what-the-source-check-compares) may differ. The report shows the first difference, the source's words against the file's.",
    fix: "copy the text exactly from the source file; fix only extraction debris",
  },
  "source-order": {
    checks: "Headings, clauses and notes follow the source's order.",
    fix: "move the block to where the source has it: headings, clauses and notes follow the source's order",
  },
  "source-coverage": {
    checks: "Every word of the source is in a heading, clause or note of the contract file, is a clause's number, or is in a span the front matter's `omitted:` leaves out with a reason.",
    fix: "copy the text into the clause, heading or note it belongs to, exactly as the source has it; or, for what is not part of the agreement (a cover page, a running header), list it under `omitted:` in the front matter with the reason",
  },
  "clause-number": {
    checks: "A clause's `number` is the number the source prints before its heading or text (or ends in it: the source's `a` before clause `3.3 a`); a clause the source numbers has a `number`.",
    fix: "correct the clause's `number:` to the source's, or move the clause to where the source has its number",
  },
  "source-missing": {
    checks: "The contract's `source` file exists in `contracts/sources/`.",
    fix: "copy the source extraction into contracts/sources/ under its own file name",
  },
  "draft-incomplete": {
    checks:
      "A draft (`status: draft` in the front matter) may still lack its parties, key terms (or have only the import's `suggested` values), clause types (having only `suggestedTypes`) and summaries. Each lack is listed as a warning and the draft is still built: its pages carry a “Concept” badge, and it stays out of the key-terms matrix, the key term pages, the checklist, the negotiation list, compare and the clause type pages with their criteria grids until `status: draft` is removed. Everything else is checked as in any contract.",
    fix: "supply what the warning names, then delete `status: draft`",
  },
  "draft-only": {
    checks: "The import's suggestions (a clause's `suggestedTypes`, a key term's `suggested`) are only in drafts, and in clauses new in a version (`review: added`): elsewhere a contract has confirmed types and key terms.",
    fix: "confirm the suggestion (write the clause's `types:` or the key term's own fields) and delete it, or mark the contract `status: draft`",
  },
  // A contract's versions (scripts/model/versions.ts, scripts/validate/validate-versions.ts).
  "version-file": {
    checks: "An older version of a contract is the file `contracts/<slug>/versions/<version id>.md`: its slug is the folder's, its file name is its `version` (or, where it has none, its `date`) in lower-case letters, digits and hyphens (1.0 → 1-0.md), and `contracts/<slug>.md` (the latest version) exists.",
    fix: "move or rename the file to contracts/<slug>/versions/<version id>.md, next to the latest version contracts/<slug>.md",
  },
  "version-chain": {
    checks: "A contract's versions form one line: each version but the first names the version it replaces in `supersedes`, that version exists, no version is replaced twice, and every older version is replaced by a later one (otherwise there would be two latest versions).",
    fix: "write the replaced version's `version` (or, where it has none, its `date`) as `supersedes:` in the version that replaced it",
  },
  "version-date": {
    checks: "Every version of a contract with several versions has a date, and each is dated no earlier than the version it supersedes.",
    fix: "write the date the document states (YYYY-MM-DD), or where it states none the date the version was published; check that `supersedes` names the right version",
  },
  "review": {
    checks: "A warning, not an error: a clause or key term that `npm run new-version` marked `review: changed` (the wording changed; the annotation is the previous version's) or `review: added` (new; its types, perhaps only suggested by the import, and its summary may still be missing) is listed until the author has checked it and deleted the mark. The version is built all the same.",
    fix: "check the annotation against the new wording, then delete the `review:` line",
  },
  "stray-text": {
    checks: "The body holds only section headings (`##` to `####`), `::: clause` and `::: note` containers.",
    fix: "put the text in a `::: clause` or `::: note` container, or make it a `##` heading",
  },
  "unclosed-container": {
    checks: "Every `::: clause` and `::: note` container is closed by a line `:::` before the next container or heading starts.",
    fix: "add a line `:::` after the container's text",
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
  // The rubric: criteria in clause types, findings in contracts (scripts/validate/validate-findings.ts).
  "criterion-reference": {
    checks: "Every criterion a finding or a lesson's `lookFor` names exists, as `<clause type>/<criterion id>` with the id among that clause type's `criteria`; a finding is on a criterion of one of its clause's own types, and a clause has one finding per criterion at most.",
    fix: "name a criterion of the clause's own types as <clause type>/<criterion id> (the ids are in the clause type's `criteria`)",
  },
  "finding-rating": {
    checks: "An assessment with findings has no written `rating`: the rating follows from the findings by the rating rule (a written one that contradicts them is refused with the rating they give).",
    fix: "remove `rating:`; the rating follows from the findings",
  },
  "missing-findings": {
    checks: "Every assessed clause has findings: the rating follows from them.",
    fix: "add `findings:` under `assessment:`, one per criterion of the clause's types that the clause addresses",
  },
  "uncited-law": {
    checks: "Every requirement of a lesson (`sources`) and every clause type's \"What the GDPR requires\" (`lawSources`) cites at least one legal source.",
    fix: "add the ids of the article, guideline or judgment it rests on, from lessons/sources.yaml (add the source there first if it is new)",
  },
  "unknown-source": {
    checks: "Every source a lesson, clause type or criterion cites is in `lessons/sources.yaml`.",
    fix: "use an id from lessons/sources.yaml, or add the source there",
  },
  "source-host": {
    checks: `Every legal source in \`lessons/sources.yaml\` links, in Dutch and in English, to the official text on one of these hosts: ${OFFICIAL_HOSTS.join(", ")}.`,
    fix: "link to the official publication (EUR-Lex for EU law, the EDPB for guidelines, curia for judgments), over https",
  },
  "gdpr-source": {
    checks: "A clause type's `lawSources` include the article of every GDPR reference in its `gdpr` field (`28(3)(f)` needs `gdpr-28`), and the article of every GDPR reference of a criterion has a source in `lessons/sources.yaml`.",
    fix: "add the article's source to lawSources (for a criterion: to lessons/sources.yaml), or correct the gdpr reference",
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
