// Global data `site`: the validated, cross-linked library, loaded before the build (scripts/eleventy/library.ts).
import { validatedSite } from "../scripts/eleventy/library.ts";

export default () => validatedSite();
