// The GitHub Actions workflows: every push and pull request runs the tests, and nothing is
// published to GitHub Pages unless the tests of that commit passed, and only from main. This
// fails when someone removes the gate, or adds a deployment that goes around it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/build.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  jobs: Record<string, Job>;
}

const folder = path.join(ROOT, ".github/workflows");
const workflows = readdirSync(folder)
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => ({ file, workflow: parse(readFileSync(path.join(folder, file), "utf8")) as Workflow }));

const runs = (job: Job) => (job.steps ?? []).flatMap((step) => (step.run ? [step.run.trim()] : []));
const runsTests = (job: Job) => runs(job).includes("npm test");
const publishes = (job: Job) => (job.steps ?? []).some((step) => /^actions\/(deploy-pages|upload-pages-artifact)@/.test(step.uses ?? ""));

/** The job and every job it waits for, directly or not. */
function withPrerequisites(jobs: Record<string, Job>, name: string): Job[] {
  const job = jobs[name]!;
  return [job, ...[job.needs ?? []].flat().flatMap((need) => withPrerequisites(jobs, need))];
}

describe("the CI workflow", () => {
  const testing = workflows.flatMap(({ file, workflow }) =>
    Object.entries(workflow.jobs)
      .filter(([, job]) => runsTests(job))
      .map(([name, job]) => ({ file, name, job, on: workflow.on })),
  );

  it("runs npm ci, then npm test, on Node 20, for every push and pull request", () => {
    expect(testing.map(({ file, name }) => `${file}: ${name}`)).toHaveLength(1);
    const { job, on } = testing[0]!;
    const commands = runs(job);
    expect(commands.indexOf("npm ci")).toBeGreaterThanOrEqual(0);
    expect(commands.indexOf("npm ci")).toBeLessThan(commands.indexOf("npm test"));
    expect(job.steps!.find((step) => step.uses?.startsWith("actions/setup-node@"))?.with).toMatchObject({ "node-version": 20, cache: "npm" });
    expect(Object.keys(on)).toEqual(expect.arrayContaining(["push", "pull_request"]));
    expect(on.push?.branches).toBeUndefined();
    expect(on.pull_request?.branches).toBeUndefined();
  });

  it("publishes to GitHub Pages only from main, and only after the tests passed", () => {
    const publishing = workflows.flatMap(({ file, workflow }) =>
      Object.entries(workflow.jobs)
        .filter(([, job]) => publishes(job))
        .map(([name]) => ({ where: `${file}: ${name}`, chain: withPrerequisites(workflow.jobs, name) })),
    );
    expect(publishing.length).toBeGreaterThan(0);
    for (const { where, chain } of publishing) {
      expect(chain.some(runsTests), `${where} waits for the tests`).toBe(true);
      expect(chain.some((job) => job.if?.includes("github.ref == 'refs/heads/main'")), `${where} runs on main only`).toBe(true);
      // always(), failure() or cancelled() in a condition would run the job after failed tests.
      expect(chain.filter((job) => /\b(always|failure|cancelled)\(\)/.test(job.if ?? "")), `${where} runs only when its prerequisites passed`).toEqual([]);
    }
  });
});
