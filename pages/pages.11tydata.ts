// Every page's `title`, computed as plain text (scripts/site/titles.ts) rather than as a
// template in the page's front matter, which Nunjucks would escape before the layout escapes
// it again.
import path from "node:path";
import { pageTitle } from "../scripts/site/titles.ts";

export default {
  eleventyComputed: {
    title: (data: Parameters<typeof pageTitle>[1] & { page: { inputPath: string } }) => pageTitle(path.basename(data.page.inputPath, ".njk"), data),
  },
};
