// The content model, defined once. The validator parses with these schemas, the TypeScript
// types are inferred from them, and the authoring docs' field lists are generated from them.
import { z } from "zod";
import type { RuleId } from "../validate/rules.ts";
import { ART28_REQUIREMENTS } from "./art28.ts";
import { KEY_TERM_NAMES, KEY_TERMS, type KeyTermKind, type KeyTermName } from "./key-terms.ts";
import { isOfficialUrl, SOURCE_KINDS } from "./law-sources.ts";
import { OFFICIAL_HOSTS } from "./link-hosts.ts";
import { REVIEW_REASONS } from "./versions.ts";
import {
  CLAUSE_TYPE_GROUPS,
  COST_BEARERS,
  DOCUMENT_TYPES,
  DURATION_UNITS,
  FINDING_RESULTS,
  keysOf,
  PARTY_ROLES,
  RATINGS,
} from "./vocabulary.ts";

const text = z.string().trim().min(1, "must not be empty");

/**
 * The validation rule a field's problems are reported under, where it is not the general
 * `field` rule (scripts/validate/check-schema.ts looks it up for the field and its parents).
 */
export const reportedAs = z.registry<{ rule: RuleId }>();

export const Bilingual = z
  .strictObject({
    nl: text.describe("Dutch text"),
    en: text.describe("English text"),
  })
  .describe("Text in Dutch (nl) and English (en)");

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case letters and digits joined by single hyphens");

export const Anchor = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "must start with a letter and contain only a-z, 0-9 and single hyphens");

/** ISO 3166-1 alpha-2, checked against the region names ICU knows. */
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
export const CountryCode = z
  .string()
  .refine((code) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined, {
    message: "must be an ISO 3166-1 alpha-2 country code in capitals, such as NL or BE",
  })
  .describe("ISO 3166-1 alpha-2 country code (NL, BE, …)");

/** A calendar date: zod's ISO date checks the day against the month and leap years, where Date.parse reads 2026-02-30 as 2 March. */
export const IsoDate = z.iso.date({ error: "must be a real calendar date written YYYY-MM-DD, such as 2026-02-28" });

export const Duration = z
  .strictObject({
    amount: z.number().positive("must be a positive number").describe("The number as the clause states it"),
    unit: z.enum(keysOf(DURATION_UNITS)).describe(`One of: ${Object.keys(DURATION_UNITS).join(", ")}`),
  })
  .describe("A period exactly as the clause states it, never converted");

const termValue = {
  duration: Duration,
  country: CountryCode,
  text,
  boolean: z.boolean(),
  payer: z.enum(keysOf(COST_BEARERS)).describe(`One of: ${Object.keys(COST_BEARERS).join(", ")}`),
} as const satisfies Record<KeyTermKind, z.ZodType>;

/** A key term's answer fills one cell of the matrix: a line that can be read at a glance. */
export const ANSWER_MAX_LENGTH = 160;

const answerLine = text
  .max(ANSWER_MAX_LENGTH, `is longer than ${ANSWER_MAX_LENGTH} characters; keep the answer to one line and move the rest to the term's note`)
  .regex(/^[^\n]*$/, "must be one line; move the rest to the term's note");

export const TermAnswer = z
  .strictObject({
    nl: answerLine.describe("Dutch answer"),
    en: answerLine.describe("English answer"),
  })
  .describe(
    "The term's question answered in one line per language, from the clause: its own words, numbers as digits, deadlines and conditions (\"onverwijld, geen vaste termijn\" / \"without delay, no fixed deadline\")",
  );

/** What a new version's author still has to check (scripts/model/versions.ts); written by `npm run new-version`, deleted by the author. */
export const Review = z
  .enum(keysOf(REVIEW_REASONS))
  .describe("Set by `npm run new-version`: `changed` (the wording changed; the annotation is the previous version's) or `added` (new; types and summary may still be missing). Check the annotation, then delete this line");

/** A key term's fields, before the checks between them (keyTerm). */
function keyTermFields<K extends KeyTermKind>(kind: K) {
  return z.strictObject({
    value: (termValue[kind] as (typeof termValue)[KeyTermKind]).nullable().describe("The value, in the form of the term's kind; null where the document sets none"),
    clause: Anchor.nullable().describe("Id of the clause the value comes from; null only if the document does not address the term"),
    wording: text.optional().describe("The clause's own words the value rests on, quoted verbatim; required when value is null"),
    answer: TermAnswer,
    note: Bilingual.optional().describe("A qualification or explanation, in both languages; required when clause is null"),
    review: Review.optional().describe("Set by `npm run new-version` where the clause the term cites changed (`changed`): check value, wording and answer against it, then delete this line"),
  });
}

function keyTerm<K extends KeyTermKind>(kind: K) {
  return keyTermFields(kind).superRefine((term, ctx) => {
    if (term.clause === null && term.note === undefined) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "a term without a clause needs a note saying the document does not address it" });
    }
    if (term.value === null && term.clause !== null && term.wording === undefined) {
      ctx.addIssue({ code: "custom", path: ["wording"], message: "a term without a figure needs the clause's wording (e.g. \"onverwijld\")" });
    }
  });
}

export const KeyTerms = z
  .strictObject(
    Object.fromEntries(
      Object.entries(KEY_TERMS).map(([name, definition]) => [name, keyTerm(definition.kind).describe(definition.description.en)]),
    ) as Record<KeyTermName, ReturnType<typeof keyTerm>>,
  )
  .describe("The key terms, every one required");

export const Party = z.strictObject({
  name: text.describe("The party's name as the document gives it"),
  role: z.enum(keysOf(PARTY_ROLES)).describe("controller or processor"),
  label: text.describe("What the document calls the party (Opdrachtgever, Klant, …)"),
  details: text.optional().describe("Address and registration details from the document"),
  roleNote: Bilingual.optional().describe("When the role is conditional, in both languages"),
});

/** A contract that is published before it is fully annotated (see DraftContractFrontMatter). */
export const DRAFT = "draft";

/**
 * A span of the source that the contract file leaves out on purpose (a cover page, a running
 * header), or writes repaired (`readAs`) where extraction garbled it in a way no general
 * debris rule covers. The source check (scripts/validate/source-check.ts) reads the source
 * through these; everything else of the source must be in the file.
 */
export const Omission = z.strictObject({
  text: text.describe("The source's words, exactly as the source has them; every place the source has them is meant"),
  reason: text.describe("Why the file leaves them out or repairs them: a cover page, a running header, two words run together"),
  readAs: text
    .optional()
    .describe("Only for extraction debris: how the file writes these words instead (`VERWERKINGSVERANTWOORDELIJKEVERWERKER` read as `VERWERKINGSVERANTWOORDELIJKE VERWERKER`); never a change of wording"),
});

export const ContractFrontMatter = z.strictObject({
  status: z
    .literal(DRAFT)
    .optional()
    .describe("`draft` while the contract is not yet fully annotated (the fields that may then be missing are listed under Drafts below); leave it out once it is complete"),
  slug: Slug.describe("URL name of the contract, unique"),
  vendor: text.describe("The vendor's name as the library shows it"),
  title: text.describe("The document's own title, verbatim"),
  documentType: z.enum(keysOf(DOCUMENT_TYPES)).describe(`One of: ${Object.keys(DOCUMENT_TYPES).join(", ")}`),
  version: text.nullable().describe("Version as the document states it, or null"),
  date: IsoDate.nullable().describe("Date the document states (YYYY-MM-DD), or null"),
  language: z.enum(["nl", "en"]).describe("Language of the document"),
  jurisdiction: CountryCode.describe("Country of the contract (ISO 3166-1 alpha-2)"),
  source: z
    .string()
    .regex(/^[\w.-]+\.txt$/, "must be a .txt file name in contracts/sources/")
    .describe("File name of the source extraction in contracts/sources/"),
  parties: z.array(Party).min(2, "needs at least the two parties").describe("The parties and their roles"),
  description: Bilingual.optional().describe("What the document is, in both languages"),
  remarks: z.array(Bilingual).optional().describe("Annotator's remarks on the whole document: gaps, ambiguities"),
  omitted: z.array(Omission).optional().describe("Spans of the source the file leaves out (or repairs, with `readAs`), each with its reason"),
  terms: KeyTerms,
  supersedes: text
    .optional()
    .describe("For a new version of a contract: the version it replaces, as that version's `version` (or, where it has none, its `date`) reads; that version's file is contracts/<slug>/versions/<its version id>.md (README, Versions)"),
});

/** A criterion as findings and lessons name it: its clause type's id and its own, `breach-notification/deadline`. */
export const CriterionRef = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, "must be a clause type id and a criterion id joined by /, such as breach-notification/deadline");

export const Finding = z.strictObject({
  criterion: CriterionRef.describe("The criterion, as `<clause type>/<criterion id>` (breach-notification/deadline); the clause type is one of the clause's own types"),
  result: z.enum(keysOf(FINDING_RESULTS)).describe(`How the clause measures up, as the criterion's met, partly and not-met describe: one of ${Object.keys(FINDING_RESULTS).join(", ")}`),
  nl: text.describe("Why, in one or two short sentences in Dutch, from the clause's own words; where the wording is unclear, say so"),
  en: text.describe("The same in English"),
});

export const Assessment = z
  .strictObject({
    rating: z
      .enum(keysOf(RATINGS))
      .optional()
      .describe(`Not written: the rating (${Object.keys(RATINGS).join(", ")}) follows from the findings, and a written one is refused`),
    nl: text.describe("One-line reason in Dutch"),
    en: text.describe("One-line reason in English"),
    findings: z
      .array(Finding)
      .min(1, "needs at least one finding")
      .optional()
      .describe("How the clause measures up on each criterion of its types that it addresses; the rating follows from them (required)"),
  })
  .describe("How the clause looks from the controller's side");

export const ClauseAnnotation = z.strictObject({
  number: z.string({ error: "must be a quoted string, such as \"6.1\"" }).trim().min(1).optional().describe("The source's own number for the clause"),
  id: Anchor.optional().describe("Stable anchor; defaults to the number (art-6-1)"),
  heading: text.optional().describe("The clause's own heading as the source gives it"),
  types: z.array(Slug).min(1, "needs at least one clause type").describe("Clause type ids, main type first"),
  summary: Bilingual.describe("Kort gezegd (nl) and In short (en)"),
  assessment: Assessment.optional(),
  note: Bilingual.optional().describe("Doubts, gaps or differing definitions, in both languages"),
  review: Review.optional(),
});

/** A clause type the import suggests for a clause, with how sure it is (scripts/import/suggest-types.ts). */
export const SuggestedType = z.strictObject({
  type: Slug.describe("A clause type id (a file name in clauses/)"),
  score: z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1").describe("How close the clause is to the library's clauses of this type, from 0 to 1"),
});

/**
 * A clause not yet fully annotated: any clause of a draft (`status: draft`), and a clause new
 * in this version (`review: added`) in any contract. Its types may still be only suggested,
 * its summary missing or in one language; what it lacks is listed as warnings
 * (scripts/validate/draft-lacks.ts).
 */
export const DraftClauseAnnotation = ClauseAnnotation.extend({
  types: ClauseAnnotation.shape.types.optional().describe("Confirmed clause type ids, main type first; until they are given the clause shows its suggestions"),
  suggestedTypes: z
    .array(SuggestedType)
    .min(1, "needs at least one suggestion")
    .optional()
    .describe("Types the import suggests, best first, each with a score; unconfirmed until the author writes `types:` (then delete this list)"),
  summary: Bilingual.partial().optional().describe("Kort gezegd (nl) and In short (en), either or both still missing"),
});

/** A key term the import found a candidate for: where and in which words, with the value it reads there. */
function termCandidate<K extends KeyTermKind>(kind: K) {
  return z.strictObject({
    value: (termValue[kind] as (typeof termValue)[KeyTermKind]).optional().describe("The value the words suggest, where the import could read one"),
    clause: Anchor.describe("Id of the clause the words are in"),
    wording: text.describe("The clause's words, verbatim"),
  });
}

/** A draft's key term: a confirmed term (every field of a complete one), a term being written, or only the import's candidates. */
function draftKeyTerm<K extends KeyTermKind>(kind: K) {
  return keyTermFields(kind)
    .partial()
    .extend({
      suggested: z
        .array(termCandidate(kind))
        .min(1, "needs at least one candidate")
        .optional()
        .describe("Candidates the import found, most likely first; unconfirmed until the term's own fields are written (then delete this list)"),
    });
}

export const DraftKeyTerms = z
  .strictObject(
    Object.fromEntries(Object.entries(KEY_TERMS).map(([name, definition]) => [name, draftKeyTerm(definition.kind).optional()])) as Record<
      KeyTermName,
      z.ZodOptional<ReturnType<typeof draftKeyTerm>>
    >,
  )
  .describe("The key terms found so far; each confirmed, being written, or only suggested");

/** The front matter of a contract with `status: draft`: parties and key terms may still be missing. */
export const DraftContractFrontMatter = ContractFrontMatter.extend({
  parties: ContractFrontMatter.shape.parties.optional(),
  terms: DraftKeyTerms.optional(),
});

/** Each key term's schema when complete, to tell a draft's confirmed terms from the rest. */
export const KEY_TERM_SCHEMAS = KeyTerms.shape;

const GdprReference = z
  .string()
  .regex(/^\d+(\(\d+\))?(\([a-z]\))?$/, "must look like 28, 28(3) or 28(3)(f)");

/** The id of a legal source in lessons/sources.yaml. */
const SourceId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a source id from lessons/sources.yaml: lower-case letters and digits joined by hyphens");
/** The sources a statement of law rests on: at least one. */
const citing = (description: string) => z.array(SourceId).min(1, "must cite at least one source").describe(description).register(reportedAs, { rule: "uncited-law" });

const ART28_IDS = ART28_REQUIREMENTS.map((requirement) => requirement.id) as [string, ...string[]];

export const Criterion = z.strictObject({
  id: Slug.describe("Id, unique within the clause type; findings and lessons name the criterion as `<clause type>/<id>`"),
  name: Bilingual.describe("Short name for the grid, the checklist and the negotiation list (\"Vaste termijn\" / \"Fixed deadline\")"),
  question: Bilingual.describe("What the controller checks, as a question; the clause type page lists it under Waar let u op / What to look for. A sentence on why it matters may follow"),
  gdpr: z.array(GdprReference).optional().describe("The GDPR provisions it rests on, as pinpoints (33(3), 28(3)(g)); leave out for good practice the GDPR does not require"),
  sources: z.array(SourceId).optional().describe("Other sources its texts name (guidelines, standard contractual clauses), ids from lessons/sources.yaml").register(reportedAs, { rule: "unknown-source" }),
  central: z
    .boolean()
    .default(false)
    .describe("true where the criterion is what the clause type is there for, usually what the GDPR itself requires: partly met makes the clause let-op, not met ongunstig (see the rating rule)"),
  checklist: z
    .array(z.enum(ART28_IDS))
    .optional()
    .describe(`The Art. 28 checklist requirements a finding on it counts towards: ${ART28_IDS.join(", ")}`),
  met: Bilingual.describe("What counts as met"),
  partly: Bilingual.describe("What counts as partly met"),
  "not-met": Bilingual.describe("What counts as not met"),
});

export const ClauseTypeFrontMatter = z.strictObject({
  id: Slug.describe("English kebab-case id, the same as the file name"),
  name: Bilingual.describe("Name in Dutch and English"),
  group: z.enum(keysOf(CLAUSE_TYPE_GROUPS)).describe(`One of: ${Object.keys(CLAUSE_TYPE_GROUPS).join(", ")}`),
  order: z.number().int().positive().describe("Position in lists"),
  gdpr: z.array(GdprReference).describe("GDPR article references, e.g. 28(3)(f)"),
  terms: z.array(z.enum(Object.keys(KEY_TERMS) as [KeyTermName, ...KeyTermName[]])).describe("Key terms this type is the home of"),
  lawSources: citing(
    "Ids of the legal sources in lessons/sources.yaml that \"Wat de AVG vraagt / What the GDPR requires\" rests on, including the article of every `gdpr` reference (gdpr-28 for 28(3)(f)); at least one",
  ),
  criteria: z
    .array(Criterion)
    .min(1, "needs at least one criterion")
    .describe("The rubric: what a controller checks in a clause of this type, most important first (fields below)"),
  // For authors choosing a clause's types: AUTHORING.md's table of clause types is generated from these.
  whenToUse: text.describe("When a clause takes this type, in a sentence or two, for authors (AUTHORING.md's table of clause types)"),
  confusedWith: z
    .array(
      z.strictObject({
        type: Slug.describe("Id of a clause type this one is confused with"),
        difference: text.describe("How to tell the two apart, and which type (or both, in which order) a clause then gets"),
      }),
    )
    .min(1, "needs at least one clause type it is confused with, and how to tell them apart")
    .describe("The clause types most often confused with this one"),
});

/** A lesson's text in both languages; a missing language is its own rule. */
const lessonText = {
  nl: text.describe("Dutch text").register(reportedAs, { rule: "missing-translation" }),
  en: text.describe("English text").register(reportedAs, { rule: "missing-translation" }),
};
const LessonBilingual = z.strictObject(lessonText);
const optionalSources = citing("Ids of the legal sources in lessons/sources.yaml; give them where the text states the law (cites an article, a guideline or a judgment)").optional();

const LessonItem = z.strictObject({ ...lessonText, sources: optionalSources });

/** A point to look for: written out, or one of a clause type's criteria, whose question the module then shows. */
const LookForItem = z
  .strictObject({
    criterion: CriterionRef.optional().describe(
      "A criterion of a clause type (`<clause type>/<criterion id>`): the module shows its question and cites its sources. Give it instead of nl, en and sources where the point is one of the type's criteria",
    ),
    nl: lessonText.nl.optional().describe("Dutch text; leave out where `criterion` is given"),
    en: lessonText.en.optional().describe("English text; leave out where `criterion` is given"),
    sources: optionalSources,
  })
  .superRefine((item, ctx) => {
    if (item.criterion !== undefined) {
      for (const key of ["nl", "en", "sources"] as const) {
        if (item[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "is given with a criterion, whose question and sources the module shows: leave it out, or leave out the criterion" });
      }
      return;
    }
    for (const lang of ["nl", "en"] as const) {
      if (item[lang] === undefined) ctx.addIssue({ code: "custom", path: [lang], message: "is missing" });
    }
  });

/** Whether an exercise option is a right answer; most are not. */
const correct = z.boolean().default(false).describe("true for a right answer; leave it out for a wrong one");
const feedback = LessonBilingual.describe("Why this option is right or wrong, in 1–3 sentences, in Dutch and English; shown after answering");

export const ChoiceExercise = z.strictObject({
  kind: z.literal("choice").describe("`choice`: multiple choice on the law or on reading a clause"),
  question: LessonBilingual.describe("The question, in Dutch and English"),
  options: z
    .array(
      z.strictObject({
        text: LessonBilingual.describe("The answer as the learner reads it, in Dutch and English"),
        correct,
        feedback,
      }),
    )
    .min(3, "needs 3 or 4 options")
    .max(4, "needs 3 or 4 options")
    .describe("3 or 4 options, exactly one of them correct"),
  sources: optionalSources,
});

/** A key term's expected value: as the contract's `terms:` writes it, so checked against the term's kind. */
const TermCheck = z
  .strictObject({
    name: z.enum(KEY_TERM_NAMES).describe(`The key term: one of ${KEY_TERM_NAMES.join(", ")}`),
    value: z.unknown().describe("Its value as in the contract's `terms:`: true/false, a duration {amount, unit}, a country code, a text, or null"),
  })
  .superRefine((term, ctx) => {
    if (!("value" in term)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "is missing" });
      return;
    }
    const result = (termValue[KEY_TERMS[term.name].kind] as (typeof termValue)[KeyTermKind]).nullable().safeParse(term.value, { reportInput: true });
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: "custom", path: ["value", ...issue.path], message: `${issue.message} (the value of a ${KEY_TERMS[term.name].kind} key term, or null)`, input: issue.input });
    }
  });

export const FindExercise = z.strictObject({
  kind: z.literal("find").describe("`find`: the learner finds the answer in the library's contracts"),
  question: LessonBilingual.describe("The question, in Dutch and English"),
  options: z
    .array(
      z.strictObject({
        contract: Slug.describe("The contract's slug (its file name in contracts/); the site shows its vendor name"),
        clause: Anchor.optional().describe("A clause id of that contract (the anchor, such as art-6-1); the site shows its number and heading. Leave it out to offer the whole contract"),
        correct,
        feedback,
      }),
    )
    .min(2, "needs 2 to 6 options")
    .max(6, "needs 2 to 6 options")
    .describe("2 to 6 contracts or clauses, at least one of them correct"),
  check: z
    .strictObject({
      type: Slug.optional().describe("A clause type id: every correct clause has it, no wrong clause option has it"),
      wording: text.optional().describe("Words found verbatim (whitespace aside) in every correct clause's text"),
      term: TermCheck.optional().describe("Every correct option's contract has this key term value, and no wrong option that names only a contract has it"),
    })
    .describe("What must hold in the library for the answer to be right, verified at every build; at least one of type, wording and term"),
  explanation: LessonBilingual.describe("The answer explained, in Dutch and English; the site adds links to the correct clauses"),
  sources: optionalSources,
});

export const Exercise = z.discriminatedUnion("kind", [ChoiceExercise, FindExercise]);

export const LessonFrontMatter = z.strictObject({
  id: Slug.describe("URL name of the lesson (/leerroute/<id>/), the same as the file name"),
  order: z
    .number()
    .int()
    .positive()
    .describe("Position in the learning path: the lessons are numbered 1, 2, 3 … without gaps")
    .register(reportedAs, { rule: "lesson-order" }),
  title: LessonBilingual.describe("Title in Dutch and English"),
  summary: LessonBilingual.describe("One sentence for the overview, in Dutch and English"),
  clauseTypes: z.array(Slug).min(1, "needs at least one clause type").describe("Clause type ids (files in clauses/), most central first: the examples come from these"),
  requirements: z
    .array(
      z.strictObject({
        ref: LessonBilingual.describe("The article as each language cites it: \"Art. 33 lid 1 AVG\" / \"Art. 33(1) GDPR\""),
        text: LessonBilingual.describe("What the law says, in Dutch and English"),
        sources: citing("Ids of the legal sources in lessons/sources.yaml the requirement rests on; at least one"),
      }),
    )
    .min(1, "needs at least one requirement")
    .describe("What the law requires; every requirement cites its sources"),
  lookFor: z.array(LookForItem).min(1, "needs at least one point").describe("What to look for in a contract: a criterion of a clause type, or a point written out"),
  redFlags: z.array(LessonItem).min(1, "needs at least one red flag").describe("Red flags in a contract"),
  questions: z
    .array(
      z.strictObject({
        question: LessonBilingual.describe("The question, in Dutch and English"),
        answer: LessonBilingual.describe("The explained answer, in Dutch and English"),
        sources: optionalSources,
      }),
    )
    .min(1, "needs at least one question")
    .describe("Self-check questions with their answers"),
  exercises: z
    .array(Exercise)
    .optional()
    .describe("Exercises the learner answers before seeing feedback: at least one `choice` and one `find` (fields below)"),
});

/** lessons/sources.yaml: one entry per article, guideline, judgment or national statute article. */
const officialUrl = (language: string) =>
  z
    .string()
    .refine(isOfficialUrl, `must be an https link to an official host: ${OFFICIAL_HOSTS.join(", ")}`)
    .describe(`Link to the official text for ${language} pages`)
    .register(reportedAs, { rule: "source-host" });

export const LawSource = z.strictObject({
  kind: z.enum(SOURCE_KINDS).describe(`One of: ${SOURCE_KINDS.join(", ")}`),
  title: Bilingual.describe("How the site names the source, in Dutch and English"),
  url: z.strictObject({ nl: officialUrl("Dutch"), en: officialUrl("English") }).describe(`Links to the official text, per page language; only on ${OFFICIAL_HOSTS.join(", ")}`),
});

export const LawSources = z.record(SourceId, LawSource).describe("The legal sources by id");

/** clauses/search-terms.yaml: how the site's search reads a query, and which words mean the same. */
const searchWord = z.string().trim().min(1, "must not be empty");

export const SynonymGroup = z.strictObject({
  nl: z
    .array(searchWord)
    .min(1, "needs at least one Dutch word")
    .describe("Dutch words and phrases that mean the same; the first is the one search looks for, so prefer a single word that the site's texts use"),
  en: z.array(searchWord).min(1, "needs at least one English word").describe("English words and phrases that mean the same; the first is the one search looks for"),
  types: z.array(z.string()).optional().describe("Ids of clause types (clauses/) whose clauses are all found by these words, whatever their text says"),
});

export const SearchTerms = z.strictObject({
  stopWords: z
    .strictObject({
      nl: z.array(searchWord).describe("Dutch words a query can do without: articles, pronouns, question words, auxiliary verbs"),
      en: z.array(searchWord).describe("English words a query can do without"),
    })
    .describe("Words dropped from a query before searching, per language"),
  synonyms: z.array(SynonymGroup).describe("Groups of words that mean the same, in Dutch and English; a word or phrase is in at most one group"),
});

export type ContractFrontMatter = z.infer<typeof ContractFrontMatter>;
export type Omission = z.infer<typeof Omission>;
export type DraftContractFrontMatter = z.infer<typeof DraftContractFrontMatter>;
export type ClauseAnnotation = z.infer<typeof ClauseAnnotation>;
export type DraftClauseAnnotation = z.infer<typeof DraftClauseAnnotation>;
export type SuggestedType = z.infer<typeof SuggestedType>;
export type Party = z.infer<typeof Party>;
export type TermCandidate = NonNullable<z.infer<typeof DraftKeyTerms>[KeyTermName]>["suggested"] & {};
export type Finding = z.infer<typeof Finding>;
export type Criterion = z.infer<typeof Criterion>;
export type ClauseTypeFrontMatter = z.infer<typeof ClauseTypeFrontMatter>;
export type LessonFrontMatter = z.infer<typeof LessonFrontMatter>;
export type LawSource = z.infer<typeof LawSource>;
export type Exercise = z.infer<typeof Exercise>;
export type ChoiceExercise = z.infer<typeof ChoiceExercise>;
export type FindExercise = z.infer<typeof FindExercise>;
export type SearchTerms = z.infer<typeof SearchTerms>;
export type Duration = z.infer<typeof Duration>;
export type KeyTerm = ContractFrontMatter["terms"][KeyTermName];
