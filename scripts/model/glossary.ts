// AVG/GDPR Art. 4 terms in Dutch and English (shared/reference/avg-art28.md). `match`
// lists the words contracts use when they define the term themselves.

export interface GlossaryTerm {
  nl: string;
  en: string;
  article: string;
  match: string[];
}

export const GDPR_TERMS: GlossaryTerm[] = [
  { nl: "persoonsgegevens", en: "personal data", article: "4(1)", match: ["persoonsgegevens", "personal data"] },
  { nl: "verwerking", en: "processing", article: "4(2)", match: ["verwerking", "verwerken", "processing"] },
  { nl: "beperking van de verwerking", en: "restriction of processing", article: "4(3)", match: [] },
  { nl: "pseudonimisering", en: "pseudonymisation", article: "4(5)", match: ["pseudonimisering"] },
  { nl: "verwerkingsverantwoordelijke", en: "controller", article: "4(7)", match: ["verwerkingsverantwoordelijke", "verantwoordelijke", "controller"] },
  { nl: "verwerker", en: "processor", article: "4(8)", match: ["verwerker", "processor", "data processor"] },
  { nl: "ontvanger", en: "recipient", article: "4(9)", match: ["ontvanger"] },
  { nl: "derde", en: "third party", article: "4(10)", match: ["derde"] },
  { nl: "toestemming", en: "consent", article: "4(11)", match: ["toestemming"] },
  { nl: "inbreuk in verband met persoonsgegevens (datalek)", en: "personal data breach", article: "4(12)", match: ["datalek", "inbreuk", "inbreuk in verband met persoonsgegevens"] },
  { nl: "toezichthoudende autoriteit", en: "supervisory authority", article: "4(21)", match: ["toezichthoudende autoriteit", "toezichthouder"] },
  { nl: "internationale organisatie", en: "international organisation", article: "4(26)", match: [] },
  { nl: "derde land", en: "third country", article: "44", match: ["derde land", "derde landen"] },
  { nl: "subverwerker (AVG: andere verwerker)", en: "sub-processor (GDPR: another processor)", article: "28(2)", match: ["subverwerker", "subverwerkers", "sub-verwerker", "subprocessor", "subprocessors", "sub-processor"] },
  { nl: "functionaris voor gegevensbescherming", en: "data protection officer", article: "37", match: ["functionaris voor gegevensbescherming"] },
  { nl: "technische en organisatorische maatregelen", en: "technical and organisational measures", article: "32", match: ["technische en organisatorische maatregelen"] },
  { nl: "standaardcontractbepalingen", en: "standard contractual clauses", article: "46(2)", match: ["standaardcontractbepalingen", "modelcontractbepalingen"] },
  { nl: "gegevensbeschermingseffectbeoordeling (DPIA)", en: "data protection impact assessment", article: "35", match: ["gegevensbeschermingseffectbeoordeling", "dpia"] },
];
