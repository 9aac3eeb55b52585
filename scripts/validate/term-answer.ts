// A key term's answer agrees with its value: the matrix shows the answer but sorts by the
// value, and the CSV carries both, so the two must not tell different stories.
import { KEY_TERMS, type KeyTermName } from "../model/key-terms.ts";
import type { KeyTerm } from "../model/schema.ts";
import { LANGS, YES_NO, type Lang } from "../model/vocabulary.ts";

export interface AnswerDisagreement {
  lang: Lang;
  message: string;
  fix: string;
}

/** Where the answer in each language contradicts the value: a yes/no answer must start with the value's word, a period's answer must name its number. */
export function answerDisagreements(name: KeyTermName, term: Pick<KeyTerm, "value" | "answer">): AnswerDisagreement[] {
  const { value, answer } = term;
  if (value === null) return [];
  const kind = KEY_TERMS[name].kind;
  return LANGS.flatMap((lang): AnswerDisagreement[] => {
    const text = answer[lang];
    if (kind === "boolean") {
      const word = YES_NO[String(value) as "true" | "false"][lang];
      if (new RegExp(`^${word}(?![\\p{L}])`, "iu").test(text)) return [];
      return [{ lang, message: `the answer (${lang}) of key term "${name}" does not start with "${word}", though its value is ${value}`, fix: `start the answer with "${word}", or correct the value` }];
    }
    if (kind === "duration" && typeof value === "object") {
      const amount = value.amount.toLocaleString(lang, { useGrouping: false });
      if (new RegExp(`(?<![\\d.,])${amount.replace(/[.,]/g, "\\$&")}(?![\\d]|[.,]\\d)`).test(text)) return [];
      return [{ lang, message: `the answer (${lang}) of key term "${name}" does not name its figure ${amount}`, fix: `write the value's number in the answer as digits ("binnen ${amount} …", "within ${amount} …"), or correct the value` }];
    }
    return [];
  });
}
