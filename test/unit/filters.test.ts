import { describe, expect, it } from "vitest";
import { countryName, label, t } from "../../scripts/site/filters/i18n.ts";
import { termValue } from "../../scripts/site/filters/key-terms.ts";
import { clauseTitle } from "../../scripts/site/filters/lookup.ts";
import { inlineJson } from "../../scripts/site/filters/inline-json.ts";
import { singleQuoted } from "../../scripts/site/filters/single-quoted.ts";
import { htmlText } from "../../scripts/site/filters/html-text.ts";
import { DomUtils, parseDocument } from "htmlparser2";
import type { Clause, ClauseType } from "../../scripts/model/types.ts";

describe("interface text filters", () => {
  it("translate interface texts and vocabulary labels", () => {
    expect(t("inShort", "nl")).toBe("Kort gezegd");
    expect(t("inShort", "en")).toBe("In short");
    expect(label("let-op", "rating", "en")).toBe("watch out");
    expect(label("breachNotificationDeadline", "keyTerm", "nl")).toBe("Meldtermijn datalek");
    expect(countryName("BE", "nl")).toBe("België");
  });
  it("fill placeholders, and pass one through for the browser's script", () => {
    expect(t("pageOf", "nl", { n: 2, total: 5 })).toBe("Pagina 2 van 5");
    expect(t("rowsShown", "en", { n: "{n}", total: 40 })).toBe("{n} of 40 contracts shown");
  });
  it("fail loudly on a typo, so a template cannot show a blank", () => {
    expect(() => t("inshort", "nl")).toThrow(/unknown interface text/);
    expect(() => t("pageOf", "nl", { n: 2 })).toThrow(/needs a value for \{total\}/);
    expect(() => label("maybe", "rating", "nl")).toThrow(/no label/);
  });
});

describe("termValue", () => {
  it("shows durations as the clause states them", () => {
    expect(termValue({ value: { amount: 48, unit: "hours" }, clause: "art-6-1" }, "breachNotificationDeadline", "nl")).toBe("48 uur");
    expect(termValue({ value: { amount: 5, unit: "working-days" }, clause: "x" }, "dataSubjectRequestDeadline", "en")).toBe("5 working days");
  });
  it("tells a missing figure from a term not addressed", () => {
    expect(termValue({ value: null, clause: "art-7-1" }, "breachNotificationDeadline", "en")).toBe("no figure stated");
    expect(termValue({ value: null, clause: null }, "auditNotice", "nl")).toBe("niet geregeld");
  });
  it("shows booleans and countries in the page language", () => {
    expect(termValue({ value: true, clause: "a" }, "subprocessorObjection", "nl")).toBe("ja");
    expect(termValue({ value: "NL", clause: "a" }, "governingLaw", "en")).toBe("Netherlands");
  });
});

describe("clauseTitle", () => {
  const types = { audits: { name: { nl: "Audits", en: "Audits" } } } as unknown as Record<string, ClauseType>;
  it("uses the source heading, else the main type's name", () => {
    expect(clauseTitle({ number: "1.1", heading: "Definities", types: ["audits"] } as Clause, types, "en")).toBe("1.1 Definities");
    expect(clauseTitle({ number: "8.2 b", types: ["audits"] } as Clause, types, "nl")).toBe("8.2 b Audits");
  });
  it("calls a clause by its number alone where its heading would repeat the clause type named already", () => {
    expect(clauseTitle({ number: "8.2 b", types: ["audits"] } as Clause, types, "nl", "audits")).toBe("8.2 b");
    expect(clauseTitle({ number: "9", heading: "audits", types: ["audits"] } as Clause, types, "en", "audits")).toBe("9");
    expect(clauseTitle({ number: "1.1", heading: "Definities", types: ["audits"] } as Clause, types, "en", "audits")).toBe("1.1 Definities");
    expect(clauseTitle({ heading: "Audits", types: ["audits"] } as Clause, types, "en", "audits")).toBe("Audits");
  });
});

describe("inlineJson", () => {
  const hostile = { name: "Audits </script><script>alert(1)</script> <!-- & \u2028\u2029", list: ["<b>", "a > b"] };
  it("leaves no character that could end the script block or open a tag or comment", () => {
    const json = inlineJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e\\u003cscript\\u003e");
    expect(json).toContain("\\u0026 \\u2028\\u2029");
  });
  it("gives back the same data to JSON.parse", () => {
    expect(JSON.parse(inlineJson(hostile))).toEqual(hostile);
    expect(JSON.parse(inlineJson("plain"))).toBe("plain");
  });
});

describe("singleQuoted", () => {
  it("writes a value an HTML parser reads back unchanged from a single-quoted attribute, double quotes as they are", () => {
    const card = JSON.stringify({ vendor: "O'Brien & \"Zonen\" <BV>", answer: "48 uur &amp; 'onverwijld'" });
    const html = `<h2 data-pagefind-title='${singleQuoted(card)}'>x</h2>`;
    expect(html).toContain('{"vendor":"O&#39;Brien &amp; ');
    expect(DomUtils.getAttributeValue(DomUtils.findOne(() => true, parseDocument(html).children)!, "data-pagefind-title")).toBe(card);
  });
});

describe("htmlText", () => {
  it("writes a text an HTML parser reads back unchanged between tags, quotes as they are, no markup let through", () => {
    const text = `Alleen "onverwijld" & 'zo snel mogelijk' </p><script>alert(1)</script> &amp; <!-- a > b`;
    const html = `<p>${htmlText(text)}</p>`;
    expect(html).toContain(`Alleen "onverwijld" &amp; 'zo snel mogelijk' &lt;/p&gt;&lt;script&gt;`);
    const document = parseDocument(html);
    expect(DomUtils.findAll(() => true, document.children).map((element) => element.name)).toEqual(["p"]);
    expect(DomUtils.textContent(document)).toBe(text);
  });
});
