// GDPR Art. 28(2)–(4) point by point (shared/reference/avg-art28.md), each with the clause
// types that cover it. The per-contract checklist reads this list.
import type { Bilingual } from "./vocabulary.ts";

export interface Art28Requirement {
  id: string;
  /** The reference as written in the regulation. */
  ref: string;
  text: Bilingual;
  /** A contract covers the requirement when it has a clause of any of these types. */
  types: string[];
}

export const ART28_REQUIREMENTS: Art28Requirement[] = [
  {
    id: "28-2",
    ref: "28(2)",
    text: {
      nl: "Geen andere verwerker zonder voorafgaande specifieke of algemene schriftelijke toestemming; bij algemene toestemming inlichten over beoogde toevoegingen of vervangingen en gelegenheid geven bezwaar te maken.",
      en: "No other processor without prior specific or general written authorisation; under a general authorisation, inform of intended additions or replacements and give the opportunity to object.",
    },
    types: ["subprocessors"],
  },
  {
    id: "28-3",
    ref: "28(3)",
    text: {
      nl: "Onderwerp en duur, aard en doel van de verwerking, soort persoonsgegevens, categorieën van betrokkenen, rechten en verplichtingen van de verwerkingsverantwoordelijke.",
      en: "Subject-matter and duration, nature and purpose of the processing, type of personal data, categories of data subjects, obligations and rights of the controller.",
    },
    types: ["processing-description"],
  },
  {
    id: "28-3-a",
    ref: "28(3)(a)",
    text: {
      nl: "Verwerkt uitsluitend op basis van schriftelijke instructies, ook wat betreft doorgiften aan een derde land; bij een wettelijke verplichting tot verwerking eerst de verwerkingsverantwoordelijke inlichten.",
      en: "Processes only on documented instructions, including on transfers to a third country; where the law requires processing, informs the controller first.",
    },
    types: ["documented-instructions"],
  },
  {
    id: "28-3-b",
    ref: "28(3)(b)",
    text: {
      nl: "Gemachtigde personen hebben zich tot vertrouwelijkheid verbonden of zijn daartoe wettelijk gehouden.",
      en: "Persons authorised to process are bound to confidentiality.",
    },
    types: ["confidentiality"],
  },
  {
    id: "28-3-c",
    ref: "28(3)(c)",
    text: { nl: "Neemt alle overeenkomstig artikel 32 vereiste maatregelen.", en: "Takes all measures required under Article 32." },
    types: ["security", "security-measures-annex"],
  },
  {
    id: "28-3-d",
    ref: "28(3)(d)",
    text: {
      nl: "Voldoet aan de voorwaarden van lid 2 en lid 4 voor het in dienst nemen van een andere verwerker.",
      en: "Respects the conditions of paragraphs 2 and 4 for engaging another processor.",
    },
    types: ["subprocessors", "subprocessor-flow-down"],
  },
  {
    id: "28-3-e",
    ref: "28(3)(e)",
    text: {
      nl: "Verleent bijstand bij verzoeken van betrokkenen die hun rechten uit hoofdstuk III uitoefenen.",
      en: "Assists with requests of data subjects exercising their rights under Chapter III.",
    },
    types: ["data-subject-rights"],
  },
  {
    id: "28-3-f",
    ref: "28(3)(f)",
    text: {
      nl: "Verleent bijstand bij de verplichtingen uit de artikelen 32 tot en met 36 (beveiliging, datalekken, DPIA, voorafgaande raadpleging).",
      en: "Assists with the obligations of Articles 32 to 36 (security, breach notification, DPIA, prior consultation).",
    },
    types: ["compliance-assistance", "breach-notification"],
  },
  {
    id: "28-3-g",
    ref: "28(3)(g)",
    text: {
      nl: "Wist of bezorgt na afloop naargelang de keuze van de verwerkingsverantwoordelijke alle persoonsgegevens terug en verwijdert bestaande kopieën.",
      en: "At the controller's choice deletes or returns all personal data at the end, and deletes existing copies.",
    },
    types: ["deletion-return"],
  },
  {
    id: "28-3-h",
    ref: "28(3)(h)",
    text: {
      nl: "Stelt alle informatie ter beschikking die nodig is om de nakoming aan te tonen en maakt audits, waaronder inspecties, mogelijk en draagt eraan bij.",
      en: "Makes available all information needed to demonstrate compliance and allows for and contributes to audits, including inspections.",
    },
    types: ["audits"],
  },
  {
    id: "28-3-slot",
    ref: "28(3)",
    text: {
      nl: "Stelt de verwerkingsverantwoordelijke onmiddellijk in kennis als een instructie naar zijn mening inbreuk oplevert op de AVG of ander gegevensbeschermingsrecht (slotzin).",
      en: "Immediately informs the controller if, in its opinion, an instruction infringes the GDPR or other data-protection law (last sentence).",
    },
    types: ["infringing-instruction"],
  },
  {
    id: "28-4",
    ref: "28(4)",
    text: {
      nl: "Dezelfde verplichtingen worden bij overeenkomst aan de andere verwerker opgelegd; de eerste verwerker blijft volledig aansprakelijk.",
      en: "The same obligations are imposed on the other processor by contract; the initial processor remains fully liable.",
    },
    types: ["subprocessor-flow-down"],
  },
];
