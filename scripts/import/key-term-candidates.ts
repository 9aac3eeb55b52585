// Key-term candidates for an imported contract: in each sentence that has the term's cue
// words (import-cues.yaml, data a privacy officer may edit), the value the sentence states
// (a duration near breach, sub-processor, audit, deletion or request words; a governing law;
// a court) and the clause's own words for it, quoted verbatim so that the validator can check
// them as it checks a key term's wording.
import { KEY_TERM_NAMES, type KeyTermName } from "../model/key-terms.ts";
import type { Duration, TermCandidate } from "../model/schema.ts";
import { loadCues, type Cues, type Reading as ReadingKind } from "./cues.ts";

export interface CandidateClause {
  id: string;
  text: string;
  /** The heading of the section the clause stands in: "Rechten van betrokkenen" says what its "verzoeken" are. */
  section: string;
  /** The clause's suggested types: a candidate in a clause of the term's own type (its home, as clauses/ says) comes first. */
  types: readonly string[];
}

const UNITS: Record<string, Duration["unit"]> = {
  uur: "hours", uren: "hours", hours: "hours", hour: "hours",
  dag: "days", dagen: "days", kalenderdagen: "days", kalenderdag: "days", days: "days", day: "days",
  werkdag: "working-days", werkdagen: "working-days", "business days": "working-days", "working days": "working-days",
  maand: "months", maanden: "months", months: "months", month: "months",
  jaar: "years", jaren: "years", years: "years", year: "years",
};
const UNIT = Object.keys(UNITS).sort((a, b) => b.length - a.length).join("|");
/** Words that qualify a period and belong in its wording: "uiterlijk binnen 48 uur na ontdekking". */
const QUALIFIER = "(?:(?:uiterlijk|binnen|ten minste|minimaal|maximaal|minstens|niet later dan|doch|tenminste|na|voor|per|eenmaal|één ?maal)\\s+){0,3}";
const NO_FIGURE = /onverwijld|zonder onredelijke vertraging|zo (?:spoedig|snel) mogelijk|onmiddellijk/i;

/**
 * Candidates per key term, most likely first: in a clause of the term's home type before
 * elsewhere, a stated value before words without one, then in document order.
 */
export function keyTermCandidates(
  clauses: readonly CandidateClause[],
  homes: Partial<Record<KeyTermName, string>>,
  cues: Cues = loadCues(),
  max = 3,
): Partial<Record<KeyTermName, TermCandidate>> {
  const durationPattern = new RegExp(`${QUALIFIER}(\\d+|${Object.keys(cues.numbers).join("|")})(?:\\s*\\((\\d+)\\))?[\\s-]*(${UNIT})\\b(?:\\s+na\\s+\\p{L}+)?`, "giu");
  const result: Partial<Record<KeyTermName, TermCandidate>> = {};
  for (const name of KEY_TERM_NAMES) {
    const cue = cues.terms[name];
    const all = cue.all.map((words) => new RegExp(words, "iu"));
    const any = cue.any?.map((words) => new RegExp(words, "iu"));
    const found: (TermCandidate[number] & { rank: number })[] = [];
    clauses.forEach((clause, order) => {
      const context = `${clause.section}\n${clause.text}`;
      if (!all.every((pattern) => pattern.test(context))) return;
      for (const sentence of sentences(clause.text)) {
        if (any && !any.some((pattern) => pattern.test(sentence))) continue;
        const reading = read(cue.reads, sentence, any, durationPattern, cues);
        const home = homes[name] !== undefined && clause.types.includes(homes[name]!);
        if (reading) found.push({ ...reading, clause: clause.id, rank: (home ? 0 : 2000) + (reading.value === undefined ? 1000 : 0) + order });
      }
    });
    const seen = new Set<string>();
    const best = found
      .sort((a, b) => a.rank - b.rank)
      .filter((candidate) => !seen.has(candidate.clause + candidate.wording) && seen.add(candidate.clause + candidate.wording))
      .slice(0, max)
      .map(({ rank: _rank, ...candidate }) => candidate);
    if (best.length) result[name] = best;
  }
  return result;
}

type Reading = { value?: TermCandidate[number]["value"]; wording: string } | undefined;

function read(reads: ReadingKind, sentence: string, any: RegExp[] | undefined, durationPattern: RegExp, cues: Cues): Reading {
  switch (reads) {
    case "deadline":
    case "duration":
    case "frequency": {
      // A frequency is a period "per": "eenmaal per twaalf maanden", "per jaar", "jaarlijks"; any other period in the sentence is not one.
      if (reads === "frequency") {
        const per = nearestDuration(sentence, durationPattern, cues, [/\bper\b/i]);
        if (per && /\bper\b/i.test(per.wording)) return per;
        const yearly = sentence.match(/(?:(?:maximaal|hooguit|ten hoogste)\s+)?(?:(?:een|één)\s?maal\s+)?(?:jaarlijks|per (?:kalender)?jaar)/i);
        return yearly ? { value: { amount: 1, unit: "years" }, wording: yearly[0] } : undefined;
      }
      const duration = nearestDuration(sentence, durationPattern, cues, any);
      if (duration) return duration;
      const vague = reads === "deadline" ? sentence.match(NO_FIGURE) : null;
      return vague ? { wording: vague[0] } : undefined;
    }
    case "clockStart":
    case "yes":
    case "mention": {
      const match = any ? any.map((pattern) => sentence.match(pattern)).find(Boolean) : undefined;
      const words = match ? widen(sentence, match.index!, match[0].length, reads === "clockStart" ? 0 : 2, 3) : undefined;
      if (!words) return reads === "mention" ? { wording: widen(sentence, 0, 0, 0, 8) } : undefined;
      return reads === "clockStart" ? { value: words, wording: words } : reads === "yes" ? { value: true, wording: words } : { wording: words };
    }
    case "payer": {
      if (/eigen kosten/i.test(sentence)) return { value: "each-own", wording: sentence.match(/[^,;]*eigen kosten/i)![0].trim() };
      const charged = sentence.match(/(?:voor rekening van|op kosten van|betaald door|gedragen door|draagt)\s+(?:de\s+)?(\p{L}+)/iu);
      if (!charged) return undefined;
      const party = charged[1]!.toLowerCase();
      const value = cues.parties.controller.includes(party) ? "controller" : cues.parties.processor.includes(party) ? "processor" : undefined;
      return value ? { value, wording: charged[0] } : undefined;
    }
    case "law": {
      const law = sentence.match(new RegExp(`(${Object.keys(cues.laws).join("|")})e?\\s+recht`, "iu"));
      if (!law) return undefined;
      const key = Object.keys(cues.laws).find((adjective) => adjective.toLowerCase() === law[1]!.toLowerCase())!;
      return { value: cues.laws[key], wording: law[0] };
    }
    case "court": {
      const court = sentence.match(/(?:(?:Ondernemings)?[Rr]echtbank|[Hh]oven en rechtbanken)(?: van| te| in)?(?: het arrondissement)? [\p{Lu}'][\p{L}'-]*(?:[ -][\p{Lu}'][\p{L}'-]*)*(?:, locatie [\p{L}' -]+)?/u);
      if (court) return { value: court[0], wording: court[0] };
      const competent = sentence.match(/bevoegde rechter[^,.;]*/);
      return competent ? { wording: competent[0].trim() } : undefined;
    }
  }
}

/** The period in a sentence nearest to its cue word ("ten minste 30 dagen" near "aankondiging", not "twaalf maanden" near "audit"). */
function nearestDuration(sentence: string, pattern: RegExp, cues: Cues, any: RegExp[] | undefined): Reading {
  const cue = any?.map((cuePattern) => sentence.search(cuePattern)).find((at) => at >= 0) ?? 0;
  let best: { reading: NonNullable<Reading>; distance: number } | undefined;
  for (const match of sentence.matchAll(pattern)) {
    const [wording, written, digits, unit] = match;
    const amount = digits ? Number(digits) : /^\d+$/.test(written!) ? Number(written) : cues.numbers[written!.toLowerCase()];
    const key = unit!.toLowerCase();
    if (!amount || !UNITS[key]) continue;
    const distance = Math.abs(match.index! - cue);
    if (!best || distance < best.distance) best = { reading: { value: { amount, unit: UNITS[key] }, wording: wording.trim() }, distance };
  }
  return best?.reading;
}

/** The sentence's own words around a match: `before` words before it and `after` words after it, cut at punctuation. */
function widen(sentence: string, start: number, length: number, before: number, after: number): string {
  let from = start;
  for (let words = 0; words < before && from > 0; words++) from = sentence.lastIndexOf(" ", from - 2) + 1;
  let to = start + length;
  for (let words = 0; words < after && to < sentence.length; words++) {
    const next = sentence.indexOf(" ", to + 1);
    to = next < 0 ? sentence.length : next;
  }
  const words = sentence.slice(from, to);
  const cut = words.search(/[,;:.(]/);
  return (cut >= start - from + length ? words.slice(0, cut) : words).trim();
}

/** A clause's sentences: cut after a full stop or semicolon before a capital, or at a line break. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.;])\s+(?=[\p{Lu}(])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
