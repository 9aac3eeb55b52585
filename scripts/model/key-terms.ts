// The key terms every contract states: one list that drives the front-matter schema,
// the key-terms matrix and term pages, the CSV export and the authoring docs.
import type { Bilingual } from "./vocabulary.ts";

/** What a term's value is: a period, a country, the clause's words, yes/no, or who bears a cost (COST_BEARERS). */
export type KeyTermKind = "duration" | "country" | "text" | "boolean" | "payer";

export interface KeyTermDefinition {
  kind: KeyTermKind;
  label: Bilingual;
  /** What the value means, for authors, the matrix's column header and the term's page. The label is also the term page's address (slugified). */
  description: Bilingual;
}

export const KEY_TERMS = {
  breachNotificationDeadline: {
    kind: "duration",
    label: { nl: "Meldtermijn datalek", en: "Breach notification deadline" },
    description: {
      nl: "Binnen welke termijn de verwerker een datalek aan de verwerkingsverantwoordelijke meldt.",
      en: "How soon the processor notifies the controller of a personal data breach.",
    },
  },
  breachClockStart: {
    kind: "text",
    label: { nl: "Meldtermijn loopt vanaf", en: "Breach deadline runs from" },
    description: {
      nl: "Vanaf welk moment de meldtermijn voor een datalek loopt (ontdekking, kennisname, …), in de woorden van de clausule.",
      en: "From which moment the breach notification deadline runs (discovery, awareness, …), in the clause's words.",
    },
  },
  subprocessorChangeNotice: {
    kind: "duration",
    label: { nl: "Aankondiging nieuwe subverwerker", en: "Sub-processor change notice" },
    description: {
      nl: "Hoe lang vooraf de verwerker een nieuwe of vervangende subverwerker aankondigt.",
      en: "How far ahead the processor announces a new or replacement sub-processor.",
    },
  },
  subprocessorObjection: {
    kind: "boolean",
    label: { nl: "Bezwaar tegen subverwerker", en: "Objection to sub-processor" },
    description: {
      nl: "Of de verwerkingsverantwoordelijke bezwaar mag maken tegen een nieuwe subverwerker, hoe, en wat er op een bezwaar volgt.",
      en: "Whether the controller may object to a new sub-processor, how, and what follows an objection.",
    },
  },
  subprocessorObjectionPeriod: {
    kind: "duration",
    label: { nl: "Bezwaartermijn subverwerker", en: "Sub-processor objection period" },
    description: {
      nl: "Hoe lang de verwerkingsverantwoordelijke heeft om op een nieuwe subverwerker te reageren: bezwaar maken, of opzeggen waar het contract alleen dat biedt.",
      en: "How long the controller has to act on a new sub-processor: to object, or to terminate where that is all the contract offers.",
    },
  },
  subprocessorsOutsideEEA: {
    kind: "boolean",
    label: { nl: "Subverwerkers buiten de EER", en: "Sub-processors outside the EEA" },
    description: {
      nl: "Of er (mogelijk) verwerking of subverwerkers buiten de Europese Economische Ruimte zijn.",
      en: "Whether processing or sub-processors are (or may be) outside the European Economic Area.",
    },
  },
  auditMaxFrequency: {
    kind: "duration",
    label: { nl: "Auditfrequentie", en: "Audit frequency" },
    description: {
      nl: "De kortste periode die tussen twee audits moet liggen.",
      en: "The shortest period allowed between two audits.",
    },
  },
  auditNotice: {
    kind: "duration",
    label: { nl: "Aankondiging audit", en: "Audit notice" },
    description: {
      nl: "Hoe lang vooraf een audit moet worden aangekondigd.",
      en: "How far ahead an audit must be announced.",
    },
  },
  auditCosts: {
    kind: "payer",
    label: { nl: "Kosten audit", en: "Audit costs" },
    description: {
      nl: "Wie de kosten van een audit draagt.",
      en: "Who bears the cost of an audit.",
    },
  },
  returnAfterTermination: {
    kind: "duration",
    label: { nl: "Teruggave na einde", en: "Return after termination" },
    description: {
      nl: "Binnen welke termijn de persoonsgegevens na het einde worden teruggegeven.",
      en: "How soon the personal data are returned after termination.",
    },
  },
  deletionAfterTermination: {
    kind: "duration",
    label: { nl: "Verwijdering na einde", en: "Deletion after termination" },
    description: {
      nl: "Binnen welke termijn de persoonsgegevens na het einde worden verwijderd.",
      en: "How soon the personal data are deleted after termination.",
    },
  },
  dataSubjectRequestDeadline: {
    kind: "duration",
    label: { nl: "Termijn verzoeken betrokkenen", en: "Data-subject request deadline" },
    description: {
      nl: "Binnen welke termijn de verwerker een verzoek van een betrokkene doorstuurt of bijstand verleent.",
      en: "How soon the processor forwards a data subject's request or assists with it.",
    },
  },
  governingLaw: {
    kind: "country",
    label: { nl: "Toepasselijk recht", en: "Governing law" },
    description: {
      nl: "Het recht dat op de overeenkomst van toepassing is (ISO-landcode).",
      en: "The law that governs the agreement (ISO country code).",
    },
  },
  courtVenue: {
    kind: "text",
    label: { nl: "Bevoegde rechter", en: "Court venue" },
    description: {
      nl: "De rechter die bevoegd is bij geschillen, zoals de clausule die noemt.",
      en: "The court that hears disputes, as the clause names it.",
    },
  },
} as const satisfies Record<string, KeyTermDefinition>;

export type KeyTermName = keyof typeof KEY_TERMS;
export const KEY_TERM_NAMES = Object.keys(KEY_TERMS) as [KeyTermName, ...KeyTermName[]];
