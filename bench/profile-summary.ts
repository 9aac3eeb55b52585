// Summarises a V8 CPU profile (node --cpu-prof): the functions with the most self time, and
// self time per package, to see where a build or a validation spends its time.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; ms: number; share: number }[];
  packages: { name: string; ms: number; share: number }[];
  /** The project's own functions by total time (their callees included): where time goes from our code's view. */
  ownTotals: { name: string; ms: number; share: number }[];
}

function where(url: string): string {
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:") || !url) return url ? "node (internals)" : "(native/gc)";
  const match = url.match(/\/(scripts\/[^/]+|bench|_data|pages)\//);
  return match ? match[1]! : "project";
}

export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) => {
    const file = url.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "").replace(/^.*\/(scripts|bench|pages|_data)\//, "$1/");
    return `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
  };
  const isOwn = (node: ProfileNode) => /\/work\/|^file:/.test(node.callFrame.url) && !node.callFrame.url.includes("node_modules") && /\/(scripts|_data)\//.test(node.callFrame.url);
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  const ownTotals = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    total += micros;
    const node = byId.get(id)!;
    const name = nameOf(node);
    functions.set(name, (functions.get(name) ?? 0) + micros);
    const pkg = where(node.callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    // Inclusive time: every distinct own function on the sample's stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!;
      if (!isOwn(frame)) continue;
      const frameName = nameOf(frame);
      if (seen.has(frameName)) continue;
      seen.add(frameName);
      ownTotals.set(frameName, (ownTotals.get(frameName) ?? 0) + micros);
    }
  });
  const list = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, functions: list(functions, top), packages: list(packages, 15), ownTotals: list(ownTotals, Number(process.env.BENCH_OWN_TOP ?? 15)) };
}

/** The main thread's profile in a --cpu-prof-dir: the largest file (tsx's loader thread writes a small one too). */
export function mainProfile(dir: string): string {
  const files = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile")).map((name) => path.join(dir, name));
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

export function formatSummary(title: string, summary: ProfileSummary): string {
  const pct = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  return [
    `${title}: ${(summary.totalMs / 1000).toFixed(2)} s sampled`,
    "  self time by package:",
    ...summary.packages.map((entry) => `  ${pct(entry.share)} ${entry.ms.toFixed(0).padStart(7)} ms  ${entry.name}`),
    "  top functions by self time:",
    ...summary.functions.map((entry) => `  ${pct(entry.share)} ${entry.ms.toFixed(0).padStart(7)} ms  ${entry.name}`),
    "  the project's functions by total time (callees included):",
    ...summary.ownTotals.map((entry) => `  ${pct(entry.share)} ${entry.ms.toFixed(0).padStart(7)} ms  ${entry.name}`),
  ].join("\n");
}

// `tsx bench/profile-summary.ts <profile or dir> [top]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2]!;
  const file = statSync(target).isDirectory() ? mainProfile(target) : target;
  console.log(formatSummary(path.basename(file), summariseProfile(file, Number(process.argv[3] ?? 25))));
}
