// A version's clause changes counted in a line: "1 gewijzigd, 1 verplaatst, 1 toegevoegd".
import type { Lang } from "../model/vocabulary.ts";
import { CHANGE_KINDS, type ChangeKind } from "./changes.ts";
import { versionText } from "./ui-text.ts";

export function changeCounts(counts: Record<ChangeKind, number>, lang: Lang): string {
  return CHANGE_KINDS.filter((kind) => counts[kind])
    .map((kind) => `${counts[kind]} ${versionText(`kind_${kind}`, lang).toLowerCase()}`)
    .join(", ");
}
