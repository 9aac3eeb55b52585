// Checks across lesson files that the one-lesson fixture library cannot show (test/validate.test.ts
// has a bad-input fixture per rule): two lessons with the same id or the same order.
import { describe, expect, it } from "vitest";
import type { Lesson } from "../../scripts/model/types.ts";
import { Problems, formatProblem } from "../../scripts/validate/problems.ts";
import { validateLessons } from "../../scripts/validate/validate-lessons.ts";

function lesson(file: string, id: string, order: number): Lesson {
  const text = { nl: "tekst", en: "text" };
  return { file, id, order, title: text, summary: text, clauseTypes: ["audits"], requirements: [{ ref: text, text, sources: ["gdpr-28"] }], lookFor: [text], redFlags: [text], questions: [{ question: text, answer: text }], intro: text, links: { nl: [], en: [] } };
}

function report(lessons: Lesson[]): string[] {
  const problems = new Problems();
  validateLessons({ lessons, clauseTypes: [], clauseTypeIds: new Set(["audits"]), sourceIds: new Set(["gdpr-28"]) }, problems);
  return problems.list.map(formatProblem);
}

describe("validateLessons", () => {
  it("accepts lessons numbered 1 to n, whatever the file order", () => {
    expect(report([lesson("lessons/b.md", "b", 2), lesson("lessons/a.md", "a", 1), lesson("lessons/c.md", "c", 3)])).toEqual([]);
  });

  it("reports a second lesson with the same order", () => {
    expect(report([lesson("lessons/a.md", "a", 1), lesson("lessons/b.md", "b", 1)])).toEqual([
      "lessons/b.md:1: the order 1 is also used by lessons/a.md — give each lesson its own position in the path, counting from 1",
    ]);
  });

  it("reports a second lesson with the same id", () => {
    expect(report([lesson("lessons/a.md", "a", 1), lesson("lessons/a-copy.md", "a", 2)])).toEqual([
      'lessons/a-copy.md:1: the lesson id "a" does not match its file name — rename the file to lessons/a.md or correct the id',
      'lessons/a-copy.md:1: the lesson id "a" is also used by lessons/a.md — rename the file or the slug so that they match and no two are the same',
    ]);
  });
});
