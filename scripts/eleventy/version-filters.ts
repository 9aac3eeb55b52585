// Registers the filters of the version pages (scripts/versions/): their texts, addresses and
// the word diff's markup. Each is a pure function with its own unit tests.
import type { EleventyConfig } from "./eleventy-types.ts";
import { changesUrl, feedUrl, versionsJsonUrl, versionUrl } from "../site/urls.ts";
import { versionText } from "../versions/ui-text.ts";
import { diffHtml } from "../versions/word-diff.ts";
import { reviewReason } from "../versions/review.ts";
import { changeCounts } from "../versions/change-counts.ts";
import type { Lang } from "../model/vocabulary.ts";

export default function versionFilters(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("vt", versionText);
  eleventyConfig.addFilter("diffHtml", diffHtml);
  eleventyConfig.addFilter("reviewReason", reviewReason);
  eleventyConfig.addFilter("changeCounts", changeCounts);
  // Filters take the piped value first: `{{ slug | versionUrl(lang, id) }}`.
  eleventyConfig.addFilter("versionUrl", (slug: string, lang: Lang, id: string, part?: number) => versionUrl(lang, slug, id, part));
  eleventyConfig.addFilter("changesUrl", (slug: string, lang: Lang, id: string) => changesUrl(lang, slug, id));
  eleventyConfig.addFilter("versionsJsonUrl", versionsJsonUrl);
  eleventyConfig.addFilter("feedUrl", feedUrl);
}
