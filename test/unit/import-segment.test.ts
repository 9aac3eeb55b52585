// Segmentation of an imported source: each numbering style Dutch and Belgian contracts use
// becomes the clause (or heading) an author would write, numbered as the curated contracts are.
import { describe, expect, it } from "vitest";
import { itemMarker } from "../../scripts/import/markers.ts";
import { paragraphs } from "../../scripts/import/paragraphs.ts";
import { partsText } from "../../scripts/import/import-draft.ts";
import { segment, type Segment } from "../../scripts/import/segment.ts";

/** The segments in a compact form: "## heading", "clause <number> | <heading> | <text>", "note: <text>". */
function outline(source: string): string[] {
  return segment(source).map((entry: Segment) => {
    if (entry.kind === "heading") return `${"#".repeat(entry.level)} ${entry.text}`;
    if (entry.kind === "note") return `note${entry.summary ? " summary" : ""}: ${partsText(entry.parts)}`;
    return `clause ${entry.number ?? "-"}${entry.heading ? ` [${entry.heading}]` : ""}: ${partsText(entry.parts).replace(/\n/g, " / ")}`;
  });
}

describe("numbering markers", () => {
  it.each([
    ["Artikel 3 – Subverwerkers", "article", "3"],
    ["Art. 3: Beveiliging", "article", "3"],
    ["BIJLAGE A – OMSCHRIJVING", "annex", "A"],
    ["01 · PARTIJEN & DEFINITIES", "chapter", "1"],
    ["1. Definities", "decimal", "1"],
    ["1.1 In deze overeenkomst", "decimal", "1.1"],
    ["2.1.3. Data Processor", "decimal", "2.1.3"],
    ["a) de aard van het datalek;", "letter", "a"],
    ["(b) het ontwerp", "letter", "b"],
    ["c. De AV", "letter", "c"],
    ["- a** Opdrachtgever is verwerkingsverantwoordelijke", "letter", "a"],
    ["(iv) De Plug-in", "roman", "iv"],
    ["1° Overeenkomst: de overeenkomst", "degree", "1°"],
    ["(3) Licentie", "parenthesised", "(3)"],
    ["● Verwerker Aiono", "bullet", ""],
    ["- 2.1** AxiOps verwerkt", "decimal", "2.1"],
  ])("reads %j as %s %j", (text, kind, label) => {
    expect(itemMarker(text)).toMatchObject({ kind, label });
  });

  it("reads an annex whose title lists its parts after a colon, but not an annex named in a bulleted list", () => {
    expect(itemMarker("Bijlage 1: Persoonsgegevens; doel, wijze en middelen verwerking; bewaartermijnen")).toMatchObject({ kind: "annex", label: "1" });
    expect(itemMarker("◦ Bijlage 2: Beveiligingsmaatregelen")).toMatchObject({ kind: "bullet", rest: "Bijlage 2: Beveiligingsmaatregelen" });
  });

  it("does not read running text as a heading or an item", () => {
    expect(itemMarker("Bijlage 2 bevat de lijst van subverwerkers die bij het sluiten van deze overeenkomst zijn ingeschakeld, met hun vestigingsland.")).toBeUndefined();
    expect(itemMarker("47 Avg, richt aan Belco")).toBeUndefined();
    expect(itemMarker("Verwerker meldt een datalek.")).toBeUndefined();
  });
});

describe("paragraphs of an extraction", () => {
  it("joins lines the PDF broke, across blank lines, and splits before an item", () => {
    const source = "1.1 Verwerker verwerkt persoonsgegevens uitsluitend op basis van de schriftelijke\n\ninstructies van Opdrachtgever.\n1.2 Verwerker houdt de verorde-\nning aan.\n";
    expect(paragraphs(source).map((paragraph) => paragraph.lines.join(" | "))).toEqual([
      "1.1 Verwerker verwerkt persoonsgegevens uitsluitend op basis van de schriftelijke | instructies van Opdrachtgever.",
      "1.2 Verwerker houdt de verorde- | ning aan.",
    ]);
  });

  it("keeps a table's header row with its rows, short as it is", () => {
    expect(paragraphs("ONDERDEEL\tSPECIFICATIE\nOnderwerp\tHet hosten van het Systeem.\nDuur\tDe looptijd van de Overeenkomst.\n").map((paragraph) => paragraph.lines.length)).toEqual([3]);
  });
});

describe("segmentation", () => {
  it("makes an article a heading and its decimal items clauses", () => {
    expect(outline("Artikel 7: Datalekken\n\n7.1 Verwerker meldt een datalek onverwijld.\n\n7.2 De melding bevat de aard van het datalek.\n")).toEqual([
      "## Artikel 7: Datalekken",
      "clause 7.1: Verwerker meldt een datalek onverwijld.",
      "clause 7.2: De melding bevat de aard van het datalek.",
    ]);
  });

  it("reads 'Art. 3' as an article", () => {
    expect(outline("Art. 3 Beveiliging\n\n3.1 Verwerker treft passende maatregelen.\n")).toEqual(["## Art. 3 Beveiliging", "clause 3.1: Verwerker treft passende maatregelen."]);
  });

  it("numbers a '1.' item under a section '2.1.' as 2.1.1, and keeps the section's lead-in as a clause", () => {
    expect(outline("2.1. Definities\n\nOnderstaande begrippen hebben de volgende betekenis:\n\n1. Avg: de Algemene verordening gegevensbescherming.\n\n2. Opdrachtgever: de partij in wiens opdracht wordt verwerkt.\n")).toEqual([
      "## 2.1. Definities",
      "clause -: Onderstaande begrippen hebben de volgende betekenis:",
      "clause 2.1.1: Avg: de Algemene verordening gegevensbescherming.",
      "clause 2.1.2: Opdrachtgever: de partij in wiens opdracht wordt verwerkt.",
    ]);
  });

  it("gives a three-level number as printed", () => {
    expect(outline("Artikel 2 – Algemeen\n\n2.1.1 Verwerker verwerkt in opdracht.\n\n2.1.2 Opdrachtgever is verwerkingsverantwoordelijke.\n").slice(1)).toEqual([
      "clause 2.1.1: Verwerker verwerkt in opdracht.",
      "clause 2.1.2: Opdrachtgever is verwerkingsverantwoordelijke.",
    ]);
  });

  it("makes 'a)' items clauses numbered after their parent (3.3 a)", () => {
    expect(outline("3.3 Externe bronnen\n\na) Opdrachtgever staat in voor de grondslag.\n\nb) Verwerker beoordeelt de bron niet.\n")).toEqual([
      "## 3.3 Externe bronnen",
      "clause 3.3 a: Opdrachtgever staat in voor de grondslag.",
      "clause 3.3 b: Verwerker beoordeelt de bron niet.",
    ]);
  });

  it("makes Belgian '1°' items clauses numbered after their parent (1.1 1°)", () => {
    expect(outline("Artikel 1 – Definities\n\n1.1 Voor deze overeenkomst gelden de volgende definities:\n\n1° Overeenkomst: de hoofdovereenkomst;\n\n2° Diensten: de diensten van Dienstverlener.\n").slice(1)).toEqual([
      "clause 1.1: Voor deze overeenkomst gelden de volgende definities:",
      "clause 1.1 1°: Overeenkomst: de hoofdovereenkomst;",
      "clause 1.1 2°: Diensten: de diensten van Dienstverlener.",
    ]);
  });

  it("keeps '(i)' items after a lead-in in their clause, as a list", () => {
    expect(outline("Artikel 3 – Gebruik\n\n3.1 U mag niet:\n\n(i) de software kopiëren;\n\n(ii) de software verkopen.\n\n3.2 Wij mogen de software bijwerken.\n").slice(1)).toEqual([
      "clause 3.1: U mag niet: / (i) de software kopiëren; / (ii) de software verkopen.",
      "clause 3.2: Wij mogen de software bijwerken.",
    ]);
  });

  it("keeps bullets after a lead-in in their clause", () => {
    expect(outline("Artikel 9: Rechten van betrokkenen\n\n9.1 Verwerker verleent medewerking bij:\n\n●\t Toegang tot persoonsgegevens;\n\n●\t Rectificatie van persoonsgegevens.\n").slice(1)).toEqual([
      "clause 9.1: Verwerker verleent medewerking bij: / Toegang tot persoonsgegevens; / Rectificatie van persoonsgegevens.",
    ]);
  });

  it("keeps a table the extraction flattened after a lead-in in its clause, its sub-titles and labels included, up to the next heading", () => {
    expect(
      outline(
        "BIJLAGE B – BEVEILIGING\n\nDe Dienstverlener heeft volgende maatregelen geïmplementeerd:\n\nDomein Genomen maatregelen\n\nAlgemene organisatie\n\nAanduiden verantwoordelijken. De Dienstverlener heeft personen aangewezen.\n\nToegangsbeheer\n\nMachtiging tot toegang\n\n- De Dienstverlener houdt een bestand bij van medewerkers.\n\nBIJLAGE C – VERWERKINGSCHARTER\n\n1.1 De Dienstverlener verbindt zich tot deze voorwaarden.\n",
      ),
    ).toEqual([
      "## BIJLAGE B – BEVEILIGING",
      "clause -: De Dienstverlener heeft volgende maatregelen geïmplementeerd: / Domein Genomen maatregelen / Algemene organisatie / Aanduiden verantwoordelijken. De Dienstverlener heeft personen aangewezen. / Toegangsbeheer / Machtiging tot toegang / - De Dienstverlener houdt een bestand bij van medewerkers.",
      "## BIJLAGE C – VERWERKINGSCHARTER",
      "clause 1.1: De Dienstverlener verbindt zich tot deze voorwaarden.",
    ]);
    // Items "Term: text" after a lead-in are not a table: each is a provision of its own.
    expect(outline("Bijlage 3 – Beveiligingsmaatregelen\n\nAxiOps treft ten minste de volgende maatregelen:\n\nVersleuteling: gegevens worden tijdens transport versleuteld.\n\nToegangsbeheer: rolgebaseerde toegang.\n").slice(1)).toEqual([
      "clause -: AxiOps treft ten minste de volgende maatregelen:",
      "clause -: Versleuteling: gegevens worden tijdens transport versleuteld.",
      "clause -: Toegangsbeheer: rolgebaseerde toegang.",
    ]);
  });

  it("keeps a table in one clause with the text that introduces it and the text about it after it", () => {
    expect(
      outline(
        "BIJLAGE 2 · SUBVERWERKERS\n\nDe volgende Subverwerkers zijn bij ingang van deze DPA ingeschakeld.\n\nSUBVERWERKER\tDIENST\tLOCATIE\nHost B.V.\tHosting\tNederland\nMail B.V.\tE-mail\tEU\n\nGekoppelde Diensten zijn geen Subverwerkers en staan niet in deze bijlage.\n\nBIJLAGE 3 · BEVEILIGING\n",
      ),
    ).toEqual([
      "## BIJLAGE 2 · SUBVERWERKERS",
      "clause -: De volgende Subverwerkers zijn bij ingang van deze DPA ingeschakeld. / SUBVERWERKER DIENST LOCATIE / Host B.V. Hosting Nederland / Mail B.V. E-mail EU / Gekoppelde Diensten zijn geen Subverwerkers en staan niet in deze bijlage.",
      "## BIJLAGE 3 · BEVEILIGING",
    ]);
  });

  it("starts an annex whose title lists its parts, rather than running it into the last clause", () => {
    expect(outline("Artikel 11: Slotbepalingen\n\n11.4 Geschillen worden voorgelegd aan de bevoegde rechter.\n\nBijlage 1: Persoonsgegevens; doel, wijze en middelen verwerking; bewaartermijnen\n\nVerwerkte persoonsgegevens\n\n●\t Naam, adres, woonplaats;\n").slice(1)).toEqual([
      "clause 11.4: Geschillen worden voorgelegd aan de bevoegde rechter.",
      "## Bijlage 1: Persoonsgegevens; doel, wijze en middelen verwerking; bewaartermijnen",
      "### Verwerkte persoonsgegevens",
      "clause -: Naam, adres, woonplaats;",
    ]);
  });

  it("makes the next recital a clause of its own after a recital with a nested list", () => {
    expect(
      outline(
        "Overwegende dat:\n\n●\t De volgende bijlagen integraal deel uitmaken van deze overeenkomst:\n\no\t Bijlage 1: Persoonsgegevens; doel, wijze en middelen verwerking; bewaartermijnen\n\no\t Bijlage 2: Beveiligingsmaatregelen\n\n●\t In geval van strijdigheid prevaleert de betreffende bijlage.\n",
      ),
    ).toEqual([
      "## Overwegende dat:",
      "clause -: De volgende bijlagen integraal deel uitmaken van deze overeenkomst: / Bijlage 1: Persoonsgegevens; doel, wijze en middelen verwerking; bewaartermijnen / Bijlage 2: Beveiligingsmaatregelen",
      "clause -: In geval van strijdigheid prevaleert de betreffende bijlage.",
    ]);
  });

  it("makes each recital under 'Overwegende dat:' a clause, with the text that goes on under it", () => {
    expect(outline("Overwegende dat:\n\n●\t Verwerker diensten levert. Onze diensten omvatten:\n\nHosting en beheer\n\n●\t Opdrachtgever die diensten afneemt;\n")).toEqual([
      "## Overwegende dat:",
      "clause -: Verwerker diensten levert. Onze diensten omvatten: / Hosting en beheer",
      "clause -: Opdrachtgever die diensten afneemt;",
    ]);
  });

  it("makes a short numbered title followed by text a clause with its own heading", () => {
    expect(outline("Deel 1: Data Pro Statement\n\n1.3. Waar is dit statement op van toepassing?\n\nDe diensten zijn de gedeeltes van de website voor Opdrachtgever.\n")).toEqual([
      "## Deel 1: Data Pro Statement",
      "clause 1.3 [Waar is dit statement op van toepassing?]: De diensten zijn de gedeeltes van de website voor Opdrachtgever.",
    ]);
  });

  it("makes the vendor's own summary, taglines and signature lines notes", () => {
    expect(outline("06 · DATALEKKEN\n\nAls er iets misgaat, hoort u het snel.\n\n6.1 Wij melden een datalek binnen 48 uur.\n\nKort gezegd: u hoort het binnen 48 uur.\n\nVERWERKER\n\nNaam\n")).toEqual([
      "## 06 · DATALEKKEN",
      "note: Als er iets misgaat, hoort u het snel.",
      "clause 6.1: Wij melden een datalek binnen 48 uur.",
      "note summary: Kort gezegd: u hoort het binnen 48 uur.",
      "note: VERWERKER\nNaam",
    ]);
  });
});
