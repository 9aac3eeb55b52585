// The pages Eleventy keeps until a build ends are kept as UTF-8 bytes, except, in watch and
// serve mode, a page whose own template was just edited: the dev server patches it in place
// in the browser from its text.
import { describe, expect, it } from "vitest";
import utf8Output from "../../scripts/eleventy/utf8-output.ts";
import type { EleventyConfig } from "../../scripts/eleventy/eleventy-types.ts";

function plugin() {
  const handlers: Record<string, (files: readonly string[]) => void> = {};
  let transform: ((this: { page: { inputPath: string } }, content: string | Buffer) => string | Buffer) | undefined;
  utf8Output({
    on: (event: string, handler: (files: readonly string[]) => void) => (handlers[event] = handler),
    addTransform: (_name: string, given: typeof transform) => (transform = given),
  } as unknown as EleventyConfig);
  const run = (inputPath: string, content: string) => transform!.call({ page: { inputPath } }, content);
  return { run, edited: (files: string[]) => handlers["eleventy.beforeWatch"]!(files) };
}

describe("utf8-output", () => {
  it("keeps every page of a build as UTF-8 bytes", () => {
    const { run } = plugin();
    const page = run("./pages/contract.njk", "“48 uur”");
    expect(Buffer.isBuffer(page)).toBe(true);
    expect(page.toString()).toBe("“48 uur”");
  });

  it("leaves the pages of a template just edited in watch mode as text, for the dev server to patch in place", () => {
    const { run, edited } = plugin();
    edited(["./pages/contract.njk"]);
    expect(run("./pages/contract.njk", "<p>x</p>")).toBe("<p>x</p>");
    expect(Buffer.isBuffer(run("./pages/clause-type.njk", "<p>y</p>"))).toBe(true);
    // After an edit to content, every page is bytes again.
    edited(["/library/contracts/axiops.md"]);
    expect(Buffer.isBuffer(run("./pages/contract.njk", "<p>x</p>"))).toBe(true);
  });
});
