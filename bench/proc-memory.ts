// Peak memory of a child process and everything it starts (Eleventy's process, Pagefind's
// indexer, which is a separate binary spawned by its Node API), by polling /proc:
// /usr/bin/time -v is not on every machine, and process.resourceUsage() in the child sees
// only the child itself. A build runs in steps, one process after another; each sample is
// put down to the step whose process is running then, so each step's peak is known too.
import { readdirSync, readFileSync } from "node:fs";

export interface MemoryPeak {
  /** Highest sum of resident memory over the process tree, sampled. */
  treeBytes: number;
  /** Highest resident memory of the root process, from the kernel's high-water mark (exact). */
  rootBytes: number;
  /** Per step (see watchMemory's `stepOf`): the highest sum over the tree, and when its last sample was taken (ms after the start). */
  steps: Record<string, { treeBytes: number; lastSeenMs: number }>;
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return ""; // the process has ended between listing and reading
  }
}

function statusField(pid: number, field: string): number {
  const match = readProc(pid, "status").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return match ? Number(match[1]) * 1024 : 0;
}

function parentOf(pid: number): number {
  // Field 4 of /proc/<pid>/stat, after the parenthesised command name (which may hold spaces).
  const stat = readProc(pid, "stat");
  return stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : 0;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const parent = parentOf(pid);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/**
 * Samples the tree every `intervalMs` until stopped; call stop() before the root is reaped.
 * `stepOf` names the step a sample belongs to from the command lines of the tree's processes.
 */
export function watchMemory(root: number, stepOf: (commandLines: string[]) => string = () => "all", intervalMs = 100): { stop(): MemoryPeak } {
  const start = performance.now();
  const peak: MemoryPeak = { treeBytes: 0, rootBytes: 0, steps: {} };
  const sample = () => {
    const pids = descendants(root);
    const tree = pids.reduce((sum, pid) => sum + statusField(pid, "VmRSS"), 0);
    const step = stepOf(pids.map((pid) => readProc(pid, "cmdline").replaceAll("\0", " ")));
    peak.treeBytes = Math.max(peak.treeBytes, tree);
    peak.steps[step] = { treeBytes: Math.max(peak.steps[step]?.treeBytes ?? 0, tree), lastSeenMs: performance.now() - start };
    peak.rootBytes = Math.max(peak.rootBytes, statusField(root, "VmHWM"));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
