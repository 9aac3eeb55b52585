// The built site's export, read as a consumer would: library.json (the index), then each
// contract's own file that it names, both checked against their schemas.
import { readFileSync } from "node:fs";
import { ContractExport, LibraryExport } from "../../scripts/model/export-schema.ts";
import { pageFile } from "./html.ts";

export function readExport(site: string): { index: LibraryExport; contracts: ContractExport[] } {
  const index = LibraryExport.parse(JSON.parse(readFileSync(pageFile(site, "/api/library.json"), "utf8")));
  const contracts = index.contracts.map((contract) => ContractExport.parse(JSON.parse(readFileSync(pageFile(site, contract.json), "utf8"))));
  return { index, contracts };
}
