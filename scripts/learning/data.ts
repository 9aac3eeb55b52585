// The learning path as the templates use it (`site.learningPath`, built with the site model
// from the loaded lessons): the modules, one pagination entry per page and language, and the
// helpers the templates call. Examples and exercises need the library; templates pass it in:
// `{% set examples = lp.examples(module, site) %}`, `lp.exercises(module, site, lang)`.
import type { Lesson } from "../model/types.ts";
import { LANGS, type Lang } from "../model/vocabulary.ts";
import { selectExamples, type ExampleContract, type ModuleExamples } from "./examples.ts";
import { exerciseViews, type ExerciseView } from "./exercises.ts";
import { LEARNING_TEXT, learningText } from "./ui-text.ts";

/** Examples per side on a module page. */
export const EXAMPLES_PER_SIDE = 3;

export interface ModulePage {
  lang: Lang;
  module: Lesson;
  /** 1-based position in the path. */
  number: number;
  total: number;
  previous: Lesson | null;
  next: Lesson | null;
}

/** What the templates need of `site`: its contracts (with their clauses). */
export interface LearningSite {
  contracts: readonly ExampleContract[];
}

export interface LearningPathData {
  modules: readonly Lesson[];
  langs: readonly Lang[];
  modulePages: ModulePage[];
  ui: typeof LEARNING_TEXT;
  text: typeof learningText;
  examples(module: Lesson, site: LearningSite): ModuleExamples;
  /** The module's exercises in the page's language; none for a module without them. */
  exercises(module: Lesson, site: LearningSite, lang: Lang): ExerciseView[];
}

/** `modules` in their order in the path. */
export function modulePages(modules: readonly Lesson[]): ModulePage[] {
  return LANGS.flatMap((lang) =>
    modules.map((module, index) => ({
      lang,
      module,
      number: index + 1,
      total: modules.length,
      previous: modules[index - 1] ?? null,
      next: modules[index + 1] ?? null,
    })),
  );
}

/** `modules` in their order in the path (the loaded library's `lessons`). */
export function learningPathData(modules: readonly Lesson[]): LearningPathData {
  // A module's examples appear on four pages (two languages, screen and print); chosen once per library.
  const chosen = new WeakMap<readonly ExampleContract[], Map<string, ModuleExamples>>();
  const contractsBySlug = new WeakMap<readonly ExampleContract[], Map<string, ExampleContract>>();
  return {
    modules,
    langs: LANGS,
    modulePages: modulePages(modules),
    ui: LEARNING_TEXT,
    text: learningText,
    examples(module, site) {
      let perModule = chosen.get(site.contracts);
      if (!perModule) chosen.set(site.contracts, (perModule = new Map()));
      let examples = perModule.get(module.id);
      if (!examples) {
        examples = selectExamples(module.clauseTypes, site.contracts, EXAMPLES_PER_SIDE);
        perModule.set(module.id, examples);
      }
      return examples;
    },
    exercises(module, site, lang) {
      let bySlug = contractsBySlug.get(site.contracts);
      if (!bySlug) contractsBySlug.set(site.contracts, (bySlug = new Map(site.contracts.map((contract) => [contract.slug, contract]))));
      return exerciseViews(module.exercises ?? [], bySlug, lang);
    },
  };
}
