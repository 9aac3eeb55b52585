import { describe, expect, it } from "vitest";
import { csvCell } from "../../scripts/build/export.ts";

describe("csvCell", () => {
  it("puts a ' before a cell a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.example\";\"Klik\")")).toBe("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Klik\"\")\"");
    expect(csvCell("+31 20 123")).toBe("'+31 20 123");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\r=1+1")).toBe("\"'\r=1+1\"");
    // The rule holds for harmless values too (see csvCell).
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("-5")).toBe("'-5");
  });
  it("leaves other cells as they are, quoting only where CSV needs it", () => {
    expect(csvCell("AxiOps")).toBe("AxiOps");
    expect(csvCell("48 hours")).toBe("48 hours");
    expect(csvCell("/contracten/axiops/#art-6-1")).toBe("/contracten/axiops/#art-6-1");
    expect(csvCell("")).toBe("");
    expect(csvCell("Aiono, B.V.")).toBe("\"Aiono, B.V.\"");
    expect(csvCell("a \"b\" = c")).toBe("\"a \"\"b\"\" = c\"");
    expect(csvCell("a\nb")).toBe("\"a\nb\"");
  });
});
