// Global data `site`: the validated, cross-linked library (see scripts/site/site-model.ts).
import { loadSite } from "../scripts/eleventy/library.ts";
import { takeChangedFiles } from "../scripts/eleventy/watch-edits.ts";

export default () => loadSite(process.env.LIBRARY_ROOT ?? process.cwd(), takeChangedFiles());
