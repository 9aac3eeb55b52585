// Checks across files for the learning path and the law it cites: lesson ids match their
// files, the lessons are numbered 1 to n, they name real clause types, and every source a
// lesson or clause type cites is in lessons/sources.yaml (a clause type's including the
// articles of its `gdpr` references).
import path from "node:path";
import { fieldLine } from "../load/field-lines.ts";
import { LAW_SOURCES_FILE } from "../load/folders.ts";
import { gdprArticleSource } from "../model/law-sources.ts";
import type { ClauseType, Lesson } from "../model/types.ts";
import type { Path } from "../load/yaml-source.ts";
import { didYouMean } from "./did-you-mean.ts";
import type { Problems } from "./problems.ts";

export interface LessonsInput {
  /** The lessons that parsed, in file order. */
  lessons: Lesson[];
  clauseTypes: ClauseType[];
  /** Ids of all clause type files, valid or not. */
  clauseTypeIds: ReadonlySet<string>;
  /** Ids of all sources in lessons/sources.yaml, valid or not. */
  sourceIds: ReadonlySet<string>;
}

export function validateLessons({ lessons, clauseTypes, clauseTypeIds, sourceIds }: LessonsInput, problems: Problems): void {
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const lesson of lessons) {
    const { file, id, order } = lesson;
    if (path.basename(file, ".md") !== id) {
      problems.add("duplicate-slug", file, fieldLine(lesson, ["id"]), `the lesson id "${id}" does not match its file name`, `rename the file to lessons/${id}.md or correct the id`);
    }
    const sameId = ids.get(id);
    if (sameId) problems.add("duplicate-slug", file, fieldLine(lesson, ["id"]), `the lesson id "${id}" is also used by ${sameId}`);
    ids.set(id, file);

    const sameOrder = orders.get(order);
    if (sameOrder) problems.add("lesson-order", file, fieldLine(lesson, ["order"]), `the order ${order} is also used by ${sameOrder}`);
    else if (order > lessons.length) {
      problems.add("lesson-order", file, fieldLine(lesson, ["order"]), `the order ${order} leaves a gap: the path has ${lessons.length} lesson${lessons.length === 1 ? "" : "s"}, numbered from 1`);
    }
    orders.set(order, file);

    lesson.clauseTypes.forEach((type, index) => {
      if (clauseTypeIds.has(type)) return;
      const guess = didYouMean(type, clauseTypeIds);
      problems.add(
        "unknown-clause-type",
        file,
        fieldLine(lesson, ["clauseTypes", index]),
        `unknown clause type "${type}"`,
        guess ? `did you mean "${guess}"? Clause types are the file names in clauses/` : "use an id from clauses/ (file name without .md), or add a clause type there",
      );
    });

    const cited: [Path, readonly string[] | undefined][] = [
      ...lesson.requirements.map((item, index): [Path, string[]] => [["requirements", index, "sources"], item.sources]),
      ...lesson.lookFor.map((item, index): [Path, string[] | undefined] => [["lookFor", index, "sources"], item.sources]),
      ...lesson.redFlags.map((item, index): [Path, string[] | undefined] => [["redFlags", index, "sources"], item.sources]),
      ...lesson.questions.map((item, index): [Path, string[] | undefined] => [["questions", index, "sources"], item.sources]),
      ...(lesson.exercises ?? []).map((item, index): [Path, string[] | undefined] => [["exercises", index, "sources"], item.sources]),
    ];
    for (const [at, sources] of cited) checkCited(lesson, at, sources ?? [], sourceIds, problems);
  }

  for (const type of clauseTypes) {
    checkCited(type, ["lawSources"], type.lawSources, sourceIds, problems);
    for (const reference of type.gdpr) {
      const source = gdprArticleSource(reference);
      if (!type.lawSources.includes(source)) {
        problems.add("gdpr-source", type.file, fieldLine(type, ["lawSources"]), `the gdpr reference "${reference}" has no source in lawSources`, `add "${source}" to lawSources, or correct the gdpr reference`);
      }
    }
    checkCriteria(type, sourceIds, problems);
  }
}

/** A clause type's criteria: ids once each, and every source they rest on in lessons/sources.yaml. */
function checkCriteria(type: ClauseType, sourceIds: ReadonlySet<string>, problems: Problems): void {
  // Lines are looked up only for a problem: finding them parses the front matter a second time, in every (re)build.
  const line = (index: number) => fieldLine(type, ["criteria", index, "id"]);
  const ids = new Map<string, number>();
  type.criteria.forEach((criterion, index) => {
    const first = ids.get(criterion.id);
    if (first !== undefined) problems.add("duplicate-slug", type.file, line(index), `the criterion id "${criterion.id}" is also used on line ${line(first)}`, "give each criterion of the clause type its own id");
    else ids.set(criterion.id, index);
    (criterion.gdpr ?? []).forEach((reference, at) => {
      const source = gdprArticleSource(reference);
      if (!sourceIds.has(source)) {
        problems.add("gdpr-source", type.file, fieldLine(type, ["criteria", index, "gdpr", at]), `the gdpr reference "${reference}" names an article that lessons/sources.yaml has no source for ("${source}")`, `add "${source}" to ${LAW_SOURCES_FILE}, or correct the gdpr reference`);
      }
    });
    checkCited(type, ["criteria", index, "sources"], criterion.sources ?? [], sourceIds, problems);
  });
}

function checkCited(model: Lesson | ClauseType, at: Path, sources: readonly string[], sourceIds: ReadonlySet<string>, problems: Problems): void {
  sources.forEach((source, index) => {
    if (sourceIds.has(source)) return;
    const guess = didYouMean(source, sourceIds);
    problems.add(
      "unknown-source",
      model.file,
      fieldLine(model, [...at, index]),
      `unknown source "${source}"`,
      guess ? `did you mean "${guess}"? Sources are the ids in ${LAW_SOURCES_FILE}` : `use an id from ${LAW_SOURCES_FILE}, or add the source there`,
    );
  });
}
