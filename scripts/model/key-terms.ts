// The key terms every contract states: one list that drives the front-matter schema,
// the key-terms matrix and term pages, the CSV export and the authoring docs.
import type { Bilingual } from "./vocabulary.ts";

/** What a term's value is: a period, a country, the clause's words, yes/no, or who bears a cost (COST_BEARERS). */
export type KeyTermKind = "duration" | "country" | "text" | "boolean" | "payer";

export interface KeyTermDefinition {
  kind: KeyTermKind;
  label: Bilingual;
  /**
   * What the value means, and where that leaves room, the rule every contract is read by: for
   * authors, the matrix's column header and the term's page. The label is also the term page's
   * address (slugified).
   */
  description: Bilingual;
  /** Worked examples from the library, for AUTHORING.md (npm run docs shows each contract's words, value and answer). */
  examples: readonly WorkedExample[];
}

export interface WorkedExample {
  /** Slug of a contract in the library whose value for the term shows how it is read. */
  contract: string;
  /** Why its clause gives that value, for authors. */
  why: string;
}

export const KEY_TERMS = {
  breachNotificationDeadline: {
    kind: "duration",
    label: { nl: "Meldtermijn datalek", en: "Breach notification deadline" },
    description: {
      nl: "Binnen welke termijn de verwerker een datalek aan de verwerkingsverantwoordelijke meldt.",
      en: "How soon the processor notifies the controller of a personal data breach.",
    },
    examples: [
      { contract: "axiops", why: "A figure the clause states is the value, in its own unit: 48 hours, not 2 days. The words \"zonder onredelijke vertraging\" go in the answer with it." },
      { contract: "aiono", why: "\"onverwijld\" sets no figure: the value is null, the clause and its words are kept, and the answer says \"geen vaste termijn\"." },
    ],
  },
  breachClockStart: {
    kind: "text",
    label: { nl: "Meldtermijn loopt vanaf", en: "Breach deadline runs from" },
    description: {
      nl: "Vanaf welk moment de meldtermijn voor een datalek loopt (ontdekking, kennisname, …), in de woorden van de clausule.",
      en: "From which moment the breach notification deadline runs (discovery, awareness, …), in the clause's words.",
    },
    examples: [
      { contract: "dienstverlener-be", why: "The clause's own words for the moment the clock starts: \"na kennisname\" (awareness) is not \"na ontdekking\" (discovery), so it is quoted, never translated into the other." },
      { contract: "smartlockr", why: "Where the clause names neither discovery nor awareness, the value quotes what it does name (the breach, or a suspicion of one) and the answer says that discovery or awareness is not mentioned." },
    ],
  },
  subprocessorChangeNotice: {
    kind: "duration",
    label: { nl: "Aankondiging nieuwe subverwerker", en: "Sub-processor change notice" },
    description: {
      nl: "Hoe lang vooraf de verwerker een nieuwe of vervangende subverwerker aankondigt.",
      en: "How far ahead the processor announces a new or replacement sub-processor.",
    },
    examples: [
      { contract: "smartlockr", why: "\"tenminste 3 maanden van tevoren\": 3 months, kept in months." },
      { contract: "dienstverlener-be", why: "\"op voorhand\" without a period: the value is null, the words are kept, and the answer says \"op voorhand, geen termijn\"." },
    ],
  },
  subprocessorObjection: {
    kind: "boolean",
    label: { nl: "Bezwaar tegen subverwerker", en: "Objection to sub-processor" },
    description: {
      nl: "Of de verwerkingsverantwoordelijke bezwaar mag maken tegen een nieuwe subverwerker, hoe, en wat er op een bezwaar volgt.",
      en: "Whether the controller may object to a new sub-processor, how, and what follows an objection.",
    },
    examples: [
      { contract: "axiops", why: "Yes: the customer may object. The answer adds how (in writing, with reasons) and what follows (consultation, else termination of the part affected)." },
      { contract: "smartlockr", why: "A right to terminate when the customer does not agree still answers yes: the answer says that termination is all that follows, and that silence counts as consent." },
      { contract: "aiono", why: "No: the clause asks only for notice or consent in advance and gives no right to object." },
    ],
  },
  subprocessorObjectionPeriod: {
    kind: "duration",
    label: { nl: "Bezwaartermijn subverwerker", en: "Sub-processor objection period" },
    description: {
      nl: "Hoe lang de verwerkingsverantwoordelijke heeft om op een nieuwe subverwerker te reageren: bezwaar maken, of opzeggen waar het contract alleen dat biedt.",
      en: "How long the controller has to act on a new sub-processor: to object, or to terminate where that is all the contract offers.",
    },
    examples: [
      { contract: "smartlockr", why: "The period to act on a new sub-processor, here to terminate, because that is all the contract offers: 60 calendar days, kept as 60 days." },
      { contract: "axiops", why: "\"binnen die termijn\" refers back to the notice of at least 30 days: the value is the period it refers to, and the note says so." },
    ],
  },
  subprocessorsOutsideEEA: {
    kind: "boolean",
    label: { nl: "Subverwerkers buiten de EER", en: "Sub-processors outside the EEA" },
    description: {
      nl: "Of het document verwerking of subverwerkers buiten de Europese Economische Ruimte noemt, of toestaat zonder dat de verwerkingsverantwoordelijke daar nog mee instemt. Ja als het ze noemt, de doorgifte al opdraagt of toestaat op een eigen grond (een adequaatheidsbesluit, standaardcontractbepalingen); nee als de verwerking binnen de EER blijft, of die alleen met voorafgaande toestemming van de verwerkingsverantwoordelijke of een nadere afspraak mag verlaten.",
      en: "Whether the document places processing or sub-processors outside the European Economic Area, or allows it without the controller's further consent. Yes where it names them, instructs transfers or permits them on grounds of its own (an adequacy decision, standard contractual clauses); no where processing stays inside the EEA, or may leave it only with the controller's prior consent or a further agreement.",
    },
    examples: [
      { contract: "smartlockr", why: "Yes: under a (an adequacy decision) and c (another GDPR ground) the processor may process outside the EEA without the customer's consent; only b asks for it." },
      { contract: "dienstverlener-be", why: "Yes: by signing, the customer already instructs transfers to other countries (12.1)." },
      { contract: "aiono", why: "No: processing outside the EEA only with the customer's prior written consent (4.2, 10.3), and the document names none." },
    ],
  },
  auditMaxFrequency: {
    kind: "duration",
    label: { nl: "Auditfrequentie", en: "Audit frequency" },
    description: {
      nl: "De kortste periode die tussen twee audits moet liggen.",
      en: "The shortest period allowed between two audits.",
    },
    examples: [
      { contract: "axiops", why: "\"maximaal éénmaal per twaalf maanden\": 12 months, as written, not 1 year. The condition that the information provided must demonstrably fall short goes in the answer." },
    ],
  },
  auditNotice: {
    kind: "duration",
    label: { nl: "Aankondiging audit", en: "Audit notice" },
    description: {
      nl: "Hoe lang vooraf een audit moet worden aangekondigd.",
      en: "How far ahead an audit must be announced.",
    },
    examples: [
      { contract: "dienstverlener-be", why: "\"ten vroegste één maand na aangetekend verzoek\": 1 month, as written." },
      { contract: "aiono", why: "The document sets no notice at all: value and clause null, with a note saying so." },
    ],
  },
  auditCosts: {
    kind: "payer",
    label: { nl: "Kosten audit", en: "Audit costs" },
    description: {
      nl: "Wie de kosten van een audit draagt.",
      en: "Who bears the cost of an audit.",
    },
    examples: [
      { contract: "axiops", why: "Each party bears its own costs: each-own. The exception (AxiOps pays when the audit shows a material shortcoming) goes in the answer." },
      { contract: "smartlockr", why: "The customer bears all costs: controller, with the same kind of exception in the answer." },
    ],
  },
  returnAfterTermination: {
    kind: "duration",
    label: { nl: "Teruggave na einde", en: "Return after termination" },
    description: {
      nl: "Binnen welke termijn de persoonsgegevens na het einde worden teruggegeven.",
      en: "How soon the personal data are returned after termination.",
    },
    examples: [
      { contract: "aiono", why: "\"uiterlijk binnen tien (10) werkdagen\": 10 working days, never converted to calendar days." },
      { contract: "smartlockr", why: "No return at all, the customer must copy the data itself before the end: the value is null, the clause and its words are kept, and the answer says so." },
    ],
  },
  deletionAfterTermination: {
    kind: "duration",
    label: { nl: "Verwijdering na einde", en: "Deletion after termination" },
    description: {
      nl: "Binnen welke termijn de persoonsgegevens na het einde worden verwijderd.",
      en: "How soon the personal data are deleted after termination.",
    },
    examples: [
      { contract: "belco", why: "\"zo snel mogelijk, maar uiterlijk binnen 3 maanden\": the figure is the outer limit, 3 months; \"zo snel mogelijk\" goes in the answer." },
    ],
  },
  dataSubjectRequestDeadline: {
    kind: "duration",
    label: { nl: "Termijn verzoeken betrokkenen", en: "Data-subject request deadline" },
    description: {
      nl: "Binnen welke termijn de verwerker een verzoek van een betrokkene doorstuurt of bijstand verleent.",
      en: "How soon the processor forwards a data subject's request or assists with it.",
    },
    examples: [
      { contract: "aiono", why: "\"onverwijld, doch uiterlijk binnen vijf (5) werkdagen\": 5 working days." },
      { contract: "axiops", why: "Forwarding \"zonder onredelijke vertraging\": the value is null and the words are kept." },
    ],
  },
  governingLaw: {
    kind: "country",
    label: { nl: "Toepasselijk recht", en: "Governing law" },
    description: {
      nl: "Het recht dat op de overeenkomst van toepassing is (ISO-landcode).",
      en: "The law that governs the agreement (ISO country code).",
    },
    examples: [
      { contract: "axiops", why: "The country whose law applies, as its code: NL." },
      { contract: "belco", why: "The document leaves it to other documents: value and clause null, the answer \"niet geregeld in dit document\" and a note naming where it is regulated." },
    ],
  },
  courtVenue: {
    kind: "text",
    label: { nl: "Bevoegde rechter", en: "Court venue" },
    description: {
      nl: "De rechter die bevoegd is bij geschillen, zoals de clausule die noemt.",
      en: "The court that hears disputes, as the clause names it.",
    },
    examples: [
      { contract: "axiops", why: "The court as the clause names it, in its own words; the vendor's right to sue elsewhere goes in the answer and the note." },
    ],
  },
} as const satisfies Record<string, KeyTermDefinition>;

export type KeyTermName = keyof typeof KEY_TERMS;
export const KEY_TERM_NAMES = Object.keys(KEY_TERMS) as [KeyTermName, ...KeyTermName[]];
