// Generates a synthetic library of N contracts from the real ones in contracts/: each
// generated contract is a real one (taken in turn) with a new vendor, slug and source file,
// about a third of its words replaced by made-up ones (the same replacement in the source and
// in the contract, so it validates), and its key-term figures varied. Clause types are
// copied as they are, lessons without their exercises. Deterministic for a given seed.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { splitFrontMatter } from "../scripts/load/front-matter.ts";
import { deriveContract } from "./derive-contract.ts";
import { seeded, seedOf, type Random } from "./prng.ts";
import { capitalize, pseudoWord, wordPool } from "./pseudo-words.ts";
import { safeWords, type BaseContract } from "./safe-words.ts";
import { substitute, type Substitution } from "./substitute.ts";

export interface GenerateOptions {
  /** Folder with the real contracts/, contracts/sources/, clauses/ and lessons/. */
  from: string;
  /** Folder to (re)create; it gets contracts/, contracts/sources/, clauses/ and lessons/. */
  to: string;
  contracts: number;
  seed?: number;
  /** Share of a contract's substitutable words that are replaced. */
  substitutionRate?: number;
}

export interface GeneratedLibrary {
  root: string;
  slugs: string[];
  /** Bytes of contract Markdown and of sources written. */
  contractBytes: number;
  sourceBytes: number;
}

/** Size of the made-up vocabulary the replacements are drawn from: a long tail, shared across contracts. */
const POOL_SIZE = 20_000;
const LEGAL_FORMS = ["", "", " B.V.", " BV", " N.V.", " GmbH", " SRL", " Ltd"];

export function generateLibrary({ from, to, contracts: count, seed = 1, substitutionRate = 0.3 }: GenerateOptions): GeneratedLibrary {
  const bases = readBases(from);
  const safe = new Map(bases.map((base) => [base.slug, safeWords(base)]));
  const pool = wordPool(seeded(seed), POOL_SIZE);

  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.join(to, "contracts/sources"), { recursive: true });
  cpSync(path.join(from, "clauses"), path.join(to, "clauses"), { recursive: true });
  // The clause types cite the legal sources in lessons/sources.yaml.
  cpSync(path.join(from, "lessons"), path.join(to, "lessons"), { recursive: true });
  for (const name of readdirSync(path.join(to, "lessons")).filter((file) => file.endsWith(".md"))) {
    const file = path.join(to, "lessons", name);
    writeFileSync(file, withoutExercises(readFileSync(file, "utf8")));
  }

  const brands = new Set<string>();
  const slugs: string[] = [];
  let contractBytes = 0;
  let sourceBytes = 0;
  for (let index = 0; index < count; index++) {
    const base = bases[index % bases.length]!;
    const random = seeded(seedOf(base.slug, index) ^ seed);
    const brand = uniqueBrand(random, brands);
    const slug = brand.toLowerCase();
    const identity = { slug, vendor: capitalize(brand) + random.pick(LEGAL_FORMS), source: `${slug}.txt` };
    const substitution = substitutionFor(base, safe.get(base.slug)!, brand, pool, substitutionRate, random);
    const contract = deriveContract(base.raw, identity, substitution, random);
    const source = substitute(base.source, substitution);
    writeFileSync(path.join(to, "contracts", `${slug}.md`), contract);
    writeFileSync(path.join(to, "contracts/sources", identity.source), source);
    contractBytes += Buffer.byteLength(contract);
    sourceBytes += Buffer.byteLength(source);
    slugs.push(slug);
  }
  return { root: to, slugs, contractBytes, sourceBytes };
}

/**
 * A lesson without its exercises: they name the real contracts and check their wording, which
 * a generated library has under other names and with other words. The `exercises:` block is
 * cut from the front matter as text, so that the rest of the lesson stays as it is.
 */
export function withoutExercises(raw: string): string {
  const lines = raw.split("\n");
  const start = lines.indexOf("exercises:");
  if (start < 0) return raw;
  let end = start + 1;
  while (end < lines.length && (lines[end] === "" || /^\s/.test(lines[end]!))) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join("\n");
}

function readBases(root: string): BaseContract[] {
  const dir = path.join(root, "contracts");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      // NFC throughout, so that a word is spelt the same in the contract and its source.
      const raw = readFileSync(path.join(dir, name), "utf8").normalize("NFC");
      const frontMatter = parse(splitFrontMatter(raw)!.yaml) as { slug: string; vendor: string; source: string };
      const source = readFileSync(path.join(dir, "sources", frontMatter.source), "utf8").normalize("NFC");
      return { slug: frontMatter.slug, raw, source, sourceName: frontMatter.source, brandTokens: brandTokens(frontMatter.vendor) };
    });
}

/** The vendor's name as it is spelt in the text: "Aiono (Bepromptly B.V.)" → Aiono, AIONO, aiono, Bepromptly, … */
export function brandTokens(vendor: string): string[] {
  const names = (vendor.match(/\p{L}{4,}/gu) ?? []).filter((name) => /^\p{Lu}/u.test(name));
  return names.flatMap((name) => [name, name.toUpperCase(), name.toLowerCase()]);
}

function uniqueBrand(random: Random, taken: Set<string>): string {
  for (;;) {
    const brand = pseudoWord(random, 2 + random.int(2));
    if (!taken.has(brand)) {
      taken.add(brand);
      return brand;
    }
  }
}

function substitutionFor(base: BaseContract, safe: readonly string[], brand: string, pool: readonly string[], rate: number, random: Random): Substitution {
  const words = new Map<string, string>();
  for (const word of safe) if (random.chance(rate)) words.set(word, random.pick(pool));
  // The first name is the brand; further names (a parent company) get made-up names of their own.
  const exact = new Map<string, string>();
  for (let at = 0; at < base.brandTokens.length; at += 3) {
    const name = at === 0 ? brand : pseudoWord(random);
    const [spelt, upper, lower] = base.brandTokens.slice(at, at + 3) as [string, string, string];
    exact.set(spelt, capitalize(name));
    exact.set(upper, name.toUpperCase());
    exact.set(lower, name);
  }
  return { words, exact };
}
