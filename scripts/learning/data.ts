// The learning path as Eleventy global data (`learningPath`, from _data/learningPath.ts): the
// modules, one pagination entry per page and language, and the helpers the templates call.
// Examples need the library, which is the separate global `site`; templates pass it in:
// `{% set examples = learningPath.examples(module, site) %}`.
import { EUR_LEX_GDPR } from "../model/art28.ts";
import { LANGS, type Bilingual, type Lang } from "../model/vocabulary.ts";
import { selectExamples, type ExampleContract, type ModuleExamples } from "./examples.ts";
import { LEARNING_MODULES } from "./modules.ts";
import type { LearningModule } from "./types.ts";
import { LEARNING_TEXT, learningText } from "./ui-text.ts";

/** Examples per side on a module page. */
export const EXAMPLES_PER_SIDE = 3;

export interface ModulePage {
  lang: Lang;
  module: LearningModule;
  /** 1-based position in the path. */
  number: number;
  total: number;
  previous: LearningModule | null;
  next: LearningModule | null;
}

/** What the templates need of `site`: its contracts (with their clauses) and clause types. */
export interface LearningSite {
  contracts: readonly ExampleContract[];
  clauseTypes: readonly { id: string }[];
}

export interface LearningPathData {
  modules: readonly LearningModule[];
  langs: readonly Lang[];
  modulePages: ModulePage[];
  eurLex: Bilingual;
  ui: typeof LEARNING_TEXT;
  text: typeof learningText;
  examples(module: LearningModule, site: LearningSite): ModuleExamples;
}

export function modulePages(modules: readonly LearningModule[] = LEARNING_MODULES): ModulePage[] {
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

export function learningPathData(modules: readonly LearningModule[] = LEARNING_MODULES): LearningPathData {
  // A module's examples appear on four pages (two languages, screen and print); chosen once per library.
  const chosen = new WeakMap<readonly ExampleContract[], Map<string, ModuleExamples>>();
  return {
    modules,
    langs: LANGS,
    modulePages: modulePages(modules),
    eurLex: EUR_LEX_GDPR,
    ui: LEARNING_TEXT,
    text: learningText,
    examples(module, site) {
      let perModule = chosen.get(site.contracts);
      if (!perModule) chosen.set(site.contracts, (perModule = new Map()));
      let examples = perModule.get(module.id);
      if (!examples) {
        examples = selectExamples(module.clauseTypes, site.contracts, EXAMPLES_PER_SIDE, new Set(site.clauseTypes.map((type) => type.id)));
        perModule.set(module.id, examples);
      }
      return examples;
    },
  };
}
