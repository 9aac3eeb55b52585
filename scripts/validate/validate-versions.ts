// Checks how a contract's versions hang together: where the older versions' files are, that
// `supersedes` links every version into one line, that the dates follow that line, and lists
// what `npm run new-version` marked for review (warnings). Each older version's own content
// is checked as any contract's (validate-library.ts).
import path from "node:path";
import { frontMatterLine, type ParsedContract } from "../load/parse-contract.ts";
import { versionFile, versionId, versionLabel } from "../model/versions.ts";
import { didYouMean } from "./did-you-mean.ts";
import { clauseLacks } from "./draft-lacks.ts";
import type { Problems } from "./problems.ts";

export interface VersionsInput {
  /** The contracts in contracts/*.md: each the latest version of its slug. */
  latest: readonly ParsedContract[];
  /** The files in contracts/<slug>/versions/. */
  older: readonly ParsedContract[];
  /** .md files elsewhere in a contract's folder. */
  misplaced: readonly string[];
}

/** A version in the line of its contract. */
interface Node {
  contract: ParsedContract;
  label: string | undefined;
}

/**
 * Reports every problem of the versions and returns each slug's older versions in order,
 * oldest first (those that could be placed in the line; with a problem the build stops anyway).
 */
export function validateVersions({ latest, older, misplaced }: VersionsInput, problems: Problems): Record<string, ParsedContract[]> {
  for (const file of misplaced) {
    const slug = file.split("/")[1]!;
    problems.add("version-file", file, 1, `an older version of "${slug}" belongs in contracts/${slug}/versions/`, `move it to contracts/${slug}/versions/<version id>.md`);
  }
  const latestBySlug = new Map(latest.flatMap((contract) => (contract.frontMatter ? [[contract.frontMatter.slug, contract] as const] : [])));
  const olderBySlug = new Map<string, ParsedContract[]>();
  for (const contract of older) {
    const slug = contract.file.split("/")[1]!;
    if (!checkVersionFile(contract, slug, latestBySlug.has(slug), problems)) continue;
    olderBySlug.set(slug, [...(olderBySlug.get(slug) ?? []), contract]);
  }

  const chains: Record<string, ParsedContract[]> = {};
  for (const [slug, contract] of latestBySlug) {
    const versions = olderBySlug.get(slug) ?? [];
    if (!versions.length && contract.frontMatter?.supersedes === undefined) continue;
    const chain = checkChain(slug, contract, versions, problems);
    checkDates(chain, problems);
    chains[slug] = chain.slice(0, -1).map((node) => node.contract);
  }
  for (const contract of [...latest, ...older]) reportReview(contract, problems);
  return chains;
}

/** Whether an older version's file is where it belongs, reporting why not. */
function checkVersionFile(contract: ParsedContract, folder: string, hasLatest: boolean, problems: Problems): boolean {
  const { file, frontMatter } = contract;
  if (!hasLatest) {
    problems.add("version-file", file, 1, `contracts/${folder}/versions/ holds older versions of "${folder}", but there is no contracts/${folder}.md, its latest version`, `add the latest version as contracts/${folder}.md, or move the folder to the contract's slug`);
    return false;
  }
  if (!frontMatter) return false;
  if (frontMatter.slug !== folder) {
    problems.add("version-file", file, frontMatterLine(contract, ["slug"]), `the slug "${frontMatter.slug}" is not that of the folder contracts/${folder}/`, `an older version keeps its contract's slug: write \`slug: ${folder}\`, or move the file to contracts/${frontMatter.slug}/versions/`);
    return false;
  }
  const label = versionLabel(frontMatter);
  if (label === undefined) {
    problems.add("version-date", file, frontMatterLine(contract, ["date"]), "an older version has neither a version nor a date", "write the date the document states (YYYY-MM-DD), or where it states none the date the version was published");
    return false;
  }
  if (path.basename(file, ".md") !== versionId(label)) {
    problems.add("version-file", file, frontMatterLine(contract, [frontMatter.version === null ? "date" : "version"]), `the file name does not match the version "${label}"`, `rename the file to ${versionFile(folder, label)}, or correct the version`);
    return false;
  }
  return true;
}

/** The versions of one contract from the latest back, as far as `supersedes` leads; reports what does not form one line. */
function checkChain(slug: string, latest: ParsedContract, older: readonly ParsedContract[], problems: Problems): Node[] {
  const nodes: Node[] = [latest, ...older].map((contract) => ({ contract, label: contract.frontMatter && versionLabel(contract.frontMatter) }));
  const byLabel = new Map<string, Node>();
  for (const node of nodes.slice(1)) byLabel.set(node.label!, node);
  const latestNode = nodes[0]!;
  if (latestNode.label !== undefined && byLabel.has(latestNode.label)) {
    problems.add("version-chain", latest.file, frontMatterLine(latest, [latest.frontMatter!.version === null ? "date" : "version"]), `the latest version is "${latestNode.label}", like ${byLabel.get(latestNode.label)!.contract.file}`, "give the latest version its own version (or date): two versions cannot be the same");
  }

  const replacedBy = new Map<Node, Node>();
  for (const node of nodes) {
    const named = node.contract.frontMatter?.supersedes;
    if (named === undefined) continue;
    const line = frontMatterLine(node.contract, ["supersedes"]);
    const replaced = byLabel.get(named);
    if (!replaced) {
      const guess = didYouMean(named, byLabel.keys());
      problems.add("version-chain", node.contract.file, line, `supersedes "${named}", which is not a version in contracts/${slug}/versions/`, guess ? `did you mean "${guess}"?` : `name the replaced version as its \`version\` (or, where it has none, its \`date\`) reads, and keep its file in contracts/${slug}/versions/`);
    } else if (replacedBy.has(replaced)) {
      problems.add("version-chain", node.contract.file, line, `supersedes "${named}", which ${replacedBy.get(replaced)!.contract.file} supersedes too`, "a contract's versions form one line: name in `supersedes` the version this one directly replaced");
    } else if (replaced === node) {
      problems.add("version-chain", node.contract.file, line, "the version supersedes itself", "name the version this one replaced");
    } else replacedBy.set(replaced, node);
  }

  const chain: Node[] = [];
  const seen = new Set<Node>();
  for (let node: Node | undefined = latestNode; node && !seen.has(node); ) {
    seen.add(node);
    chain.push(node);
    const named: string | undefined = node.contract.frontMatter?.supersedes;
    node = named === undefined ? undefined : byLabel.get(named);
  }
  for (const node of nodes) {
    if (seen.has(node)) continue;
    const { contract, label } = node;
    const line = frontMatterLine(contract, [contract.frontMatter!.version === null ? "date" : "version"]);
    if (!replacedBy.has(node)) {
      problems.add("version-chain", contract.file, line, `version "${label}" is superseded by no later version: it would be a second latest version`, `name it in the \`supersedes\` of the version that replaced it (contracts/${slug}.md or a later one in contracts/${slug}/versions/), or remove the file`);
    } else {
      problems.add("version-chain", contract.file, line, `version "${label}" is in a circle of versions that supersede each other, apart from the latest`, "follow `supersedes` from contracts/<slug>.md back to the first version and correct the names");
    }
  }
  return chain.reverse();
}

/** A line of several versions: each dated, and no earlier than the one before. */
function checkDates(chain: readonly Node[], problems: Problems): void {
  chain.forEach(({ contract }, index) => {
    const date = contract.frontMatter?.date;
    if (date === null) {
      problems.add("version-date", contract.file, frontMatterLine(contract, ["date"]), "a contract with several versions needs the date of each");
      return;
    }
    const before = chain[index - 1]?.contract.frontMatter;
    if (date !== undefined && before?.date && date < before.date) {
      problems.add("version-date", contract.file, frontMatterLine(contract, ["date"]), `version "${versionLabel(contract.frontMatter!)}" is dated ${date}, before the version it supersedes ("${versionLabel(before)}", ${before.date})`);
    }
  });
}

/** What a new version still needs reviewed: warnings, not errors. */
function reportReview(contract: ParsedContract, problems: Problems): void {
  const { file, clauses, frontMatter } = contract;
  for (const clause of clauses) {
    if (!clause.review) continue;
    const name = `clause ${clause.number ?? clause.id}`;
    const lacks = clauseLacks(clause);
    if (lacks.length) {
      problems.warn("review", file, clause.line, `${name} is new in this version and has ${lacks.map(({ lack }) => lack).join(" and ")}`, `${lacks.map(({ fix }) => fix).join("; ")}; then delete \`review: ${clause.review}\``);
    } else {
      const why = clause.review === "changed" ? "its wording changed since the previous version, and its annotation is the previous version's" : "it is new in this version";
      problems.warn("review", file, clause.line, `${name} still needs review: ${why}`, `check its types, summary, assessment and note against its wording, then delete \`review: ${clause.review}\``);
    }
  }
  for (const [name, term] of Object.entries(frontMatter?.terms ?? {})) {
    if (!term.review) continue;
    problems.warn("review", file, frontMatterLine(contract, ["terms", name, "review"]), `key term "${name}" still needs review: the clause it cites changed in this version`, `check its value, wording and answer against clause "${term.clause}", then delete \`review: ${term.review}\``);
  }
}
