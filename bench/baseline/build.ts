// A baseline's build, in the steps of `npm run build` (scripts/cli/build.ts): Eleventy with the
// baseline's config, then, once its process has exited, Pagefind with its defaults over the
// whole output folder (what `npx pagefind --site <output>` does).
//
// Usage: node --import tsx bench/baseline/build.ts <config> <output>
import { spawnSync } from "node:child_process";
import path from "node:path";
import { eleventyCommand } from "../../scripts/cli/eleventy-command.ts";

const [config, output] = process.argv.slice(2);
if (!config || !output) throw new Error("usage: build.ts <config> <output>");

const { command, args } = eleventyCommand([`--config=${config}`, `--output=${output}`]);
const eleventy = spawnSync(command, args, { stdio: "inherit" });
if (eleventy.status !== 0) process.exit(eleventy.status ?? 1);

const pagefind = await import("pagefind");
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: output });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: path.join(output, "pagefind") });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  console.log(`[pagefind] indexed ${added.page_count} pages`);
} finally {
  await pagefind.close();
}
