// Interface texts of the version pages (older versions, what changed, recent changes and
// its feed), in both languages. Typed as Bilingual, so a missing translation is a compile
// error; an unknown key fails the build.
import { interfaceText, type Bilingual, type Lang } from "../model/vocabulary.ts";

export const VERSION_TEXT = {
  versions: { nl: "Versies", en: "Versions" },
  version: { nl: "versie {label}", en: "version {label}" },
  thisVersion: { nl: "deze versie", en: "this version" },
  readVersion: { nl: "Lees versie {label}", en: "Read version {label}" },
  whatChangedIn: { nl: "Wat is er gewijzigd in versie {label}", en: "What changed in version {label}" },
  versionsJson: { nl: "Versies en wijzigingen als JSON", en: "Versions and changes as JSON" },
  supersededTitle: { nl: "{vendor}: versie {label} (vervangen)", en: "{vendor}: version {label} (superseded)" },
  supersededBanner: { nl: "Vervangen versie", en: "Superseded version" },
  supersededText: {
    nl: "Dit is versie {label} van {date}. Die is vervangen door versie {latest} van {latestDate}; de kerntermentabel, de vergelijking, de checklist en het zoeken gebruiken de nieuwste versie.",
    en: "This is version {label} of {date}. It has been superseded by version {latest} of {latestDate}; the key-terms table, compare, the checklist and search use the latest version.",
  },
  readLatest: { nl: "Lees de nieuwste versie", en: "Read the latest version" },
  changesTitle: { nl: "{vendor}: wat is er gewijzigd in versie {label}", en: "{vendor}: what changed in version {label}" },
  changesLead: {
    nl: "Versie {from} ({fromDate}) vergeleken met versie {to} ({toDate}), clausule voor clausule. Clausules worden op hun tekst gekoppeld, niet op hun nummer.",
    en: "Version {from} ({fromDate}) compared with version {to} ({toDate}), clause by clause. Clauses are matched by their wording, not their number.",
  },
  diffLegend: {
    nl: "In de tekstvergelijking is verwijderde tekst doorgehaald en nieuwe tekst onderstreept.",
    en: "In the wording comparison, deleted text is struck through and new text is underlined.",
  },
  deletedStart: { nl: "[verwijderd:", en: "[deleted:" },
  insertedStart: { nl: "[toegevoegd:", en: "[inserted:" },
  changeEnd: { nl: "]", en: "]" },
  stillToReview: {
    nl: "{n} onderdelen van versie {label} zijn nog niet nagekeken: hun annotatie is nog die van de vorige versie of ontbreekt. Ze zijn gemarkeerd met “Na te kijken”.",
    en: "{n} parts of version {label} have not been reviewed yet: their annotation is still the previous version's or missing. They are marked “To review”.",
  },
  toReview: { nl: "Na te kijken", en: "To review" },
  keyTermChanges: { nl: "Kerntermen", en: "Key terms" },
  noKeyTermChanges: { nl: "Geen kernterm is gewijzigd.", en: "No key term changed." },
  assessmentChanges: { nl: "Beoordelingen", en: "Assessments" },
  noAssessmentChanges: { nl: "Geen beoordeling is gewijzigd.", en: "No assessment changed." },
  noAssessment: { nl: "geen beoordeling", en: "no assessment" },
  clauseChanges: { nl: "Clausules", en: "Clauses" },
  noClauseChanges: { nl: "Geen clausule is gewijzigd.", en: "No clause changed." },
  unchangedCount: { nl: "{n} clausules zijn ongewijzigd.", en: "{n} clauses are unchanged." },
  unchangedCountOne: { nl: "1 clausule is ongewijzigd.", en: "1 clause is unchanged." },
  inVersion: { nl: "in versie {label}", en: "in version {label}" },
  // What happened to a clause, as the change list names it.
  kind_changed: { nl: "Gewijzigd", en: "Changed" },
  kind_moved: { nl: "Verplaatst", en: "Moved" },
  kind_renumbered: { nl: "Hernummerd", en: "Renumbered" },
  kind_split: { nl: "Gesplitst", en: "Split" },
  kind_merged: { nl: "Samengevoegd", en: "Merged" },
  kind_added: { nl: "Toegevoegd", en: "Added" },
  kind_removed: { nl: "Verwijderd", en: "Removed" },
  recentChanges: { nl: "Recente wijzigingen", en: "Recent changes" },
  recentChangesLead: {
    nl: "Nieuwe versies van de contracten in de bibliotheek, de nieuwste eerst, met wat er per versie is gewijzigd.",
    en: "New versions of the contracts in the library, newest first, with what changed in each.",
  },
  noRecentChanges: { nl: "Er zijn nog geen nieuwe versies van contracten toegevoegd.", en: "No new versions of contracts have been added yet." },
  feed: { nl: "Volg de wijzigingen met een Atom-feed", en: "Follow the changes with an Atom feed" },
  feedTitle: { nl: "Recente wijzigingen · DPA-clausulebibliotheek", en: "Recent changes · DPA clause library" },
  changeSummary: { nl: "Versie {from} → {to}", en: "Version {from} → {to}" },
} as const satisfies Record<string, Bilingual>;

/** `{{ "whatChanged" | vt(lang) }}`: a text of the version pages (see interfaceText). */
export function versionText(key: string, lang: Lang, values: Record<string, string | number> = {}): string {
  return interfaceText(VERSION_TEXT, key, lang, values, "version page text");
}
