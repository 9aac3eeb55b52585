// A contract's versions, defined once. The latest version is contracts/<slug>.md, as any
// contract; each older one keeps its own file, contracts/<slug>/versions/<version id>.md,
// in the same format, checked against its own source. A version names the one it replaces
// in `supersedes`, so the chain is written down rather than guessed from dates.
import { slugify } from "../site/filters/slugify.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** The folder of a contract's older versions, relative to the library root. */
export function versionsDir(slug: string): string {
  return `contracts/${slug}/versions`;
}

/**
 * How a version is named: its `version` as the document states it, or where it states none,
 * its date. `supersedes` names the previous version so.
 */
export function versionLabel(version: { version: string | null; date: string | null }): string | undefined {
  return version.version ?? version.date ?? undefined;
}

/** A version's id in file names and addresses: its label in lower-case letters, digits and hyphens ("1.0" → "1-0"). */
export function versionId(label: string): string {
  return slugify(label);
}

/** The file of an older version. */
export function versionFile(slug: string, label: string): string {
  return `${versionsDir(slug)}/${versionId(label)}.md`;
}

/**
 * Why a clause or key term of a new version still needs the author's review (`review:`),
 * as `npm run new-version` marks it. The validator lists each as a warning until the
 * author has checked the annotation and deleted the mark.
 */
export const REVIEW_REASONS = {
  changed: {
    nl: "De tekst is gewijzigd sinds de vorige versie; de annotatie is nog die van de vorige versie.",
    en: "The wording changed since the previous version; the annotation is still the previous version's.",
  },
  added: {
    nl: "Nieuw in deze versie; nog niet geannoteerd.",
    en: "New in this version; not yet annotated.",
  },
} satisfies Vocabulary<string>;
export type ReviewReason = keyof typeof REVIEW_REASONS;
