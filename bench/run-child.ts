// Runs one of the bench/child scripts in a fresh Node process (under tsx, from the project
// root), watching its memory, and returns the JSON it wrote. Fresh processes make each
// figure independent of what ran before (JIT warm-up, caches, heap).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { watchMemory, type MemoryPeak } from "./proc-memory.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

export interface ChildOptions {
  /** bench/child/<name>.ts */
  script: string;
  args: string[];
  env?: Record<string, string>;
  /** Folder for the child's result JSON and log. */
  workDir: string;
  /** Extra Node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export interface ChildResult<T> {
  result: T;
  memory: MemoryPeak;
  wallMs: number;
  log: string;
}

/** A child that exited with an error (a build that ran out of memory, say), with what was measured until then. */
export class ChildFailed extends Error {
  constructor(
    readonly child: string,
    readonly exitCode: number | null,
    readonly wallMs: number,
    readonly memory: MemoryPeak,
    readonly logFile: string,
    readonly logTail: string,
  ) {
    super(`bench: ${child} failed (exit ${exitCode}) after ${(wallMs / 1000).toFixed(1)} s; log in ${logFile}:\n${logTail}`);
  }
}

export async function runChild<T>({ script, args, env = {}, workDir, nodeFlags = [] }: ChildOptions): Promise<ChildResult<T>> {
  mkdirSync(workDir, { recursive: true });
  const name = path.basename(script, ".ts");
  const resultFile = path.join(workDir, `${name}-${process.pid}-${Date.now()}.json`);
  const logFile = path.join(workDir, `${name}.log`);
  const start = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", path.join(PROJECT_ROOT, "bench/child", `${name}.ts`), ...args, resultFile], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const memory = watchMemory(child.pid!);
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  // "exit" fires before the process is reaped by the event loop's handle close; sampling
  // stops there, while /proc still has it.
  const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
  const peak = memory.stop();
  const wallMs = performance.now() - start;
  writeFileSync(logFile, log);
  if (code !== 0) throw new ChildFailed(name, code, wallMs, peak, logFile, log.slice(-3000));
  const result = JSON.parse(readFileSync(resultFile, "utf8")) as T;
  rmSync(resultFile);
  return { result, memory: peak, wallMs, log };
}
