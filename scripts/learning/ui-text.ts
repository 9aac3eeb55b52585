// Interface texts of the learning path pages, in both languages. Typed as Bilingual, so a
// missing translation is a compile error; an unknown key fails the build.
import { interfaceText, type Bilingual, type Lang } from "../model/vocabulary.ts";

export const LEARNING_TEXT = {
  overviewTitle: { nl: "Leerroute voor nieuwe privacymedewerkers", en: "Learning path for new privacy staff" },
  overviewLead: {
    nl: "Leer een verwerkersovereenkomst lezen naast artikel 28 AVG, in {n} modules. Elke module zet op een rij wat de AVG vraagt, waar u op let en welke rode vlaggen er zijn, met echte voorbeelden uit de contracten in deze bibliotheek, oefeningen en vragen om uzelf te toetsen.",
    en: "Learn to read a data processing agreement against Article 28 GDPR, in {n} modules. Each module sets out what the GDPR requires, what to look for and which red flags to watch, with real examples from the contracts in this library, exercises and questions to test yourself.",
  },
  howItWorks: { nl: "Zo werkt het", en: "How it works" },
  howItWorksText: {
    nl: "Volg de modules op volgorde: ze beginnen bij de rollen van de partijen en eindigen bij aansprakelijkheid. De voorbeelden komen uit de beoordelingen in deze bibliotheek en veranderen mee als de contracten veranderen. Sluit elke module af met de oefeningen, waarin u ook zelf clausules opzoekt in de echte contracten, en met de toetsvragen. Van elke module is er een printversie.",
    en: "Work through the modules in order: they start with the parties' roles and end with liability. The examples come from the assessments in this library and change when the contracts change. Finish each module with the exercises, in which you also look up clauses in the real contracts yourself, and with the self-check questions. Every module has a printable version.",
  },
  modules: { nl: "Modules", en: "Modules" },
  moduleOf: { nl: "Module {n} van {total}", en: "Module {n} of {total}" },
  questionCount: { nl: "{n} toetsvragen", en: "{n} self-check questions" },
  exerciseCount: { nl: "{n} oefeningen", en: "{n} exercises" },
  progressSummary: { nl: "{done} van {total} modules afgerond", en: "{done} of {total} modules completed" },
  progressStored: {
    nl: "Uw voortgang wordt alleen in deze browser bewaard; er wordt niets verstuurd.",
    en: "Your progress is kept in this browser only; nothing is sent anywhere.",
  },
  completed: { nl: "Afgerond", en: "Completed" },
  resetProgress: { nl: "Voortgang wissen", en: "Clear progress" },
  progressHeading: { nl: "Uw voortgang", en: "Your progress" },
  markDone: { nl: "Ik heb deze module afgerond", en: "I have completed this module" },
  backToOverview: { nl: "Alle modules van de leerroute", en: "All modules of the learning path" },
  moduleNav: { nl: "Modules van de leerroute", en: "Learning path modules" },
  previousModule: { nl: "Vorige module", en: "Previous module" },
  nextModule: { nl: "Volgende module", en: "Next module" },
  printVersion: { nl: "Printversie van deze module", en: "Printable version of this module" },
  onlineVersion: { nl: "Terug naar de online versie", en: "Back to the online version" },
  printHint: {
    nl: "Deze versie is bedoeld om te printen of als pdf op te slaan; de antwoorden op de oefeningen en de toetsvragen staan uitgeschreven.",
    en: "This version is meant for printing or saving as PDF; the answers to the exercises and the self-check questions are written out.",
  },
  gdprRequires: { nl: "Wat de AVG vraagt", en: "What the GDPR requires" },
  gdprLinkNote: {
    nl: "Bij elke eis staan de bronnen waarop ze berust; de links openen de officiële tekst, zoals het artikel van de AVG op EUR-Lex of de uitspraak op de website van het Hof van Justitie.",
    en: "Each requirement lists the sources it rests on; the links open the official text, such as the GDPR article on EUR-Lex or the judgment on the Court of Justice's website.",
  },
  lookFor: { nl: "Waar let u op", en: "What to look for" },
  criterionYardstick: { nl: "Wat telt als voldaan ({type})", en: "What counts as met ({type})" },
  redFlags: { nl: "Rode vlaggen", en: "Red flags" },
  examples: { nl: "Voorbeelden uit de bibliotheek", en: "Examples from the library" },
  examplesIntro: {
    nl: "Clausules uit de contracten in deze bibliotheek, met onze samenvatting en beoordeling vanuit de verwerkingsverantwoordelijke. Ze worden bij elke bouw van de site gekozen uit de clausuletypen van deze module.",
    en: "Clauses from the contracts in this library, with our summary and assessment from the controller's side. They are chosen from this module's clause types each time the site is built.",
  },
  favourable: { nl: "Gunstig", en: "Favourable" },
  unfavourable: { nl: "Ongunstig of let op", en: "Unfavourable or watch out" },
  noFavourable: { nl: "Nog geen gunstig beoordeelde clausules van deze typen.", en: "No clauses of these types rated favourable yet." },
  noUnfavourable: { nl: "Nog geen ongunstig of met ‘let op’ beoordeelde clausules van deze typen.", en: "No clauses of these types rated unfavourable or watch out yet." },
  reason: { nl: "Waarom", en: "Why" },
  moduleClauseTypes: { nl: "Alle clausules van deze typen vergelijken", en: "Compare all clauses of these types" },
  practice: { nl: "Oefenen", en: "Practice" },
  practiceIntro: {
    nl: "Vragen over de wet en opdrachten in de echte contracten van deze bibliotheek. Kies eerst zelf een antwoord; daarna leest u bij elk antwoord waarom het juist of onjuist is.",
    en: "Questions on the law and tasks in the real contracts of this library. Choose your answer first; then you read for every option why it is right or wrong.",
  },
  exerciseScore: { nl: "{right} van {total} oefeningen goed", en: "{right} of {total} exercises correct" },
  check: { nl: "Controleer", en: "Check" },
  answerAndExplanation: { nl: "Antwoord en uitleg", en: "Answer and explanation" },
  toExercise: { nl: "bij oefening {n}", en: "to exercise {n}" },
  correctOption: { nl: "Juist.", en: "Correct." },
  wrongOption: { nl: "Onjuist.", en: "Incorrect." },
  yourAnswer: { nl: "Uw antwoord:", en: "Your answer:" },
  resultRight: { nl: "Goed! Bij elk antwoord leest u waarom.", en: "Correct! Each option says why." },
  resultWrong: { nl: "Niet goed. Lees bij de antwoorden waarom, en probeer het nog eens.", en: "Not correct. Read why at the options, and try again." },
  chooseFirst: { nl: "Kies eerst een antwoord.", en: "Choose an answer first." },
  explanation: { nl: "Uitleg", en: "Explanation" },
  inTheLibrary: { nl: "In de bibliotheek", en: "In the library" },
  selfCheck: { nl: "Test uzelf", en: "Test yourself" },
  selfCheckIntro: {
    nl: "Bedenk eerst zelf een antwoord en klap dan het antwoord uit.",
    en: "Think of your own answer first, then open the answer.",
  },
  question: { nl: "Vraag {n}", en: "Question {n}" },
  answerTo: { nl: "Antwoord op vraag {n}", en: "Answer to question {n}" },
  answer: { nl: "Antwoord", en: "Answer" },
} as const satisfies Record<string, Bilingual>;

export type LearningTextKey = keyof typeof LEARNING_TEXT;

/**
 * `learningPath.text("modules", lang)`, or with placeholders
 * `learningPath.text("moduleOf", lang, { n: 2, total: 8 })` (see interfaceText).
 */
export function learningText(key: string, lang: Lang, values: Record<string, string | number> = {}): string {
  return interfaceText(LEARNING_TEXT, key, lang, values, "learning path text");
}
