// A GDPR pinpoint as each language cites it: "28(3)(g)" is "art. 28 lid 3 onder g AVG" in
// Dutch and "Art. 28(3)(g) GDPR" in English (the AVG's and GDPR's own ways of citing).
import type { Lang } from "../../model/vocabulary.ts";

export function gdprPinpoint(reference: string, lang: Lang): string {
  const [, article, paragraph, point] = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(reference) ?? [];
  if (!article) throw new Error(`"${reference}" is not a GDPR reference such as 28(3)(g)`);
  if (lang === "en") return `Art. ${reference} GDPR`;
  return `art. ${article}${paragraph ? ` lid ${paragraph}` : ""}${point ? ` onder ${point}` : ""} AVG`;
}
