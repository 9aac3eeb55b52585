// @ts-check
// What the compare page decides, apart from drawing it: which contracts an address names, and
// which topics the chosen contracts agree on. Plain JavaScript that the page loads as it is
// (compare.js imports it) and the unit tests import too.

/** @typedef {{ slug: string; vendor: string }} Choosable */

/** Names compared the way a person types them: any case, surrounding and doubled spaces ignored. */
const key = (/** @type {string} */ text) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The contracts the ?c= values of an address name, in order and each once. A value is a slug
 * or a vendor name, in any case, or several of them separated by commas (the first form of
 * compare addresses, ?c=belco,smartlockr). A value that names no contract is `unknown`; a
 * vendor name that several contracts share is `ambiguous` (their slugs tell them apart).
 * @param {readonly string[]} values
 * @param {readonly Choosable[]} contracts
 * @returns {{ slugs: string[]; unknown: string[]; ambiguous: string[] }}
 */
export function resolveChoices(values, contracts) {
  /** @type {Map<string, string[]>} */
  const byName = new Map();
  for (const contract of contracts) byName.set(key(contract.vendor), [...(byName.get(key(contract.vendor)) ?? []), contract.slug]);
  const bySlug = new Map(contracts.map((contract) => [key(contract.slug), contract.slug]));
  /** A slug names one contract; a vendor name one or more. */
  const lookUp = (/** @type {string} */ value) => {
    const slug = bySlug.get(key(value));
    return slug ? [slug] : byName.get(key(value));
  };

  const found = { slugs: /** @type {string[]} */ ([]), unknown: /** @type {string[]} */ ([]), ambiguous: /** @type {string[]} */ ([]) };
  const add = (/** @type {string[]} */ list, /** @type {string} */ item) => {
    if (!list.includes(item)) list.push(item);
  };
  for (const value of values) {
    if (!value.trim()) continue;
    // A vendor's name may contain a comma itself: only a value that names nothing as a whole is a list.
    const parts = lookUp(value) ? [value] : value.split(",").filter((part) => part.trim());
    for (const part of parts) {
      const slugs = lookUp(part);
      if (!slugs) add(found.unknown, part.trim());
      else if (slugs.length > 1) add(found.ambiguous, part.trim());
      else add(found.slugs, /** @type {string} */ (slugs[0]));
    }
  }
  return found;
}

/**
 * Whether the chosen contracts agree on a clause type, given each one's clauses of it: every
 * contract has a clause of the type and their assessments give the same ratings (a clause
 * without an assessment counts as "not assessed"), or none of them has a clause of it. The
 * option "hide topics they agree on" hides such rows; the page's hint says the same.
 * @param {readonly (readonly { assessment?: { rating: string } | null }[])[]} cells
 */
export function clausesAgree(cells) {
  if (cells.every((clauses) => clauses.length === 0)) return true;
  if (cells.some((clauses) => clauses.length === 0)) return false;
  const ratings = cells.map((clauses) => [...new Set(clauses.map((clause) => clause.assessment?.rating ?? ""))].sort().join(" "));
  return ratings.every((rating) => rating === ratings[0]);
}

/**
 * @typedef {{ criterion: string; result: string; nl: string; en: string }} Finding
 * @typedef {{ assessment?: { findings?: readonly Finding[] } | null }} AssessedClause
 */

/**
 * The grid of a clause type for the chosen contracts: a row per criterion that at least one of
 * them has a finding on, in the type's order, with each contract's findings on it and the
 * clause each is on. Criteria none of them has a finding on are left out.
 * @param {readonly { ref: string; name: string }[]} criteria
 * @param {readonly (readonly AssessedClause[])[]} cells each contract's clauses of the type
 * @returns {{ ref: string; name: string; cells: { clause: AssessedClause; finding: Finding }[][] }[]}
 */
export function criterionRows(criteria, cells) {
  return criteria
    .map((criterion) => ({
      ...criterion,
      cells: cells.map((clauses) =>
        clauses.flatMap((clause) => (clause.assessment?.findings ?? []).filter((finding) => finding.criterion === criterion.ref).map((finding) => ({ clause, finding }))),
      ),
    }))
    .filter((row) => row.cells.some((found) => found.length > 0));
}

/**
 * Whether the chosen contracts agree on a key term: its value reads the same for each (also
 * when none states it).
 * @param {readonly string[]} values
 */
export function valuesAgree(values) {
  return values.every((value) => value === values[0]);
}

/**
 * An interface text with its {placeholders} filled in, as the templates' `t` filter does.
 * @param {string} text
 * @param {Record<string, string | number>} values
 */
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (placeholder, name) => (name in values ? String(values[name]) : placeholder));
}
