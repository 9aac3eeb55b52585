// What a `review:` mark means, in the page's language.
import { REVIEW_REASONS, type ReviewReason } from "../model/versions.ts";
import type { Lang } from "../model/vocabulary.ts";

export function reviewReason(reason: ReviewReason, lang: Lang): string {
  return REVIEW_REASONS[reason][lang];
}
