// Peak memory of a child process and everything it starts (Pagefind's indexer is a separate
// binary spawned by its Node API), by polling /proc: /usr/bin/time -v is not on every
// machine, and process.resourceUsage() in the child sees only the child itself.
import { readdirSync, readFileSync } from "node:fs";

export interface MemoryPeak {
  /** Highest sum of resident memory over the process tree, sampled. */
  treeBytes: number;
  /** Highest resident memory of the root process, from the kernel's high-water mark (exact). */
  rootBytes: number;
}

function statusField(pid: number, field: string): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process has ended between listing and reading
  }
}

function parentOf(pid: number): number {
  try {
    // Field 4 of /proc/<pid>/stat, after the parenthesised command name (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
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

/** Samples the tree every `intervalMs` until stopped; call stop() before the root is reaped. */
export function watchMemory(root: number, intervalMs = 100): { stop(): MemoryPeak } {
  const peak: MemoryPeak = { treeBytes: 0, rootBytes: 0 };
  const sample = () => {
    const tree = descendants(root).reduce((sum, pid) => sum + statusField(pid, "VmRSS"), 0);
    peak.treeBytes = Math.max(peak.treeBytes, tree);
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
