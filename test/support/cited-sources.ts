// The legal sources an English text names, read from its wording: what the tests compare with
// the sources a lesson or clause type cites as data.

/** Sources named in an English text other than by article, and their ids in lessons/sources.yaml. */
const NAMED_SOURCES: [RegExp, string][] = [
  [/WP250/, "wp250"],
  [/Guidelines 07\/2020/, "edpb-guidelines-07-2020"],
  [/Guidelines 05\/2021/, "edpb-guidelines-05-2021"],
  [/C-311\/18/, "c-311-18"],
  [/C-683\/21/, "c-683-21"],
  [/C-807\/21/, "c-807-21"],
  [/2021\/914/, "scc-2021-914"],
  [/2021\/915/, "scc-2021-915"],
  [/Opinion 22\/2024/, "edpb-opinion-22-2024"],
  [/Data Privacy Framework/, "dpf-2023-1795"],
  [/Art\. 46 UAVG/, "uavg-46"],
  [/Art\. 6:248\b/, "nl-bw-6-248"],
  [/Art\. 5\.89 of the (Belgian )?Civil Code/, "be-bw-5-89"],
  [/Art\. VI\.91\/5\b/, "be-wer-vi-91-5"],
];

/**
 * The sources an English text cites: `gdpr-N` for every GDPR article it names ("Art. 28(3)(a)",
 * "Art. 44 to 46 and 49", "Articles 32 to 36", "Art. 5(2) and Art. 24"), and the guidelines and
 * judgments of NAMED_SOURCES.
 */
export function citedSources(text: string): string[] {
  const cited = NAMED_SOURCES.filter(([pattern]) => pattern.test(text)).map(([, id]) => id);
  for (const start of text.matchAll(/\b(?:Art\.|Articles?) (?=\d)/g)) {
    // Numbers, pinpoints in brackets, and the words joining them, up to the first other word.
    const list = text.slice(start.index + start[0].length).match(/^(?:\d+|\s*\([^()]*\)|\s*(?:,|and|to|–)\s*(?:Art\.\s*)?(?=\d|\())+/)![0];
    // Not the GDPR: a national code's article numbered "6:248" or "5.89", or an article of
    // another act ("Art. 31 UAVG", "Art. 1(2) of Implementing Decision 2021/914", "Art. 10 Belgian Act").
    if (/^(?:[:.]\d|\s*(?:UAVG|of (?!the GDPR)|Implementing Decision|Dutch|Belgian))/.test(text.slice(start.index + start[0].length + list.length))) continue;
    const numbers = [...list.replace(/\([^()]*\)/g, "").matchAll(/(\d+)(?:\s*(?:to|–)\s*(\d+))?/g)];
    for (const [, from, to] of numbers) for (let article = Number(from); article <= Number(to ?? from); article++) cited.push(`gdpr-${article}`);
  }
  return [...new Set(cited)];
}
