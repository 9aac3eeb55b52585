// Runs a TypeScript script (a bench/child script, or the build itself) in a fresh Node process
// under tsx, from the project root, watching its memory, and returns the JSON it wrote if it
// writes any. Fresh processes make each figure independent of what ran before (JIT warm-up,
// caches, heap).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { watchMemory, type MemoryPeak } from "./proc-memory.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

export interface ChildOptions {
  /** The script, relative to the project root. */
  script: string;
  args: string[];
  env?: Record<string, string>;
  /** Folder for the child's result JSON and log. */
  workDir: string;
  /** Extra Node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** Whether the script writes its result as JSON to the file given as its last argument. */
  writesResult?: boolean;
  /** Names the step a memory sample belongs to (see watchMemory). */
  stepOf?: (commandLines: string[]) => string;
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

export async function runChild<T = undefined>({ script, args, env = {}, workDir, nodeFlags = [], writesResult = false, stepOf }: ChildOptions): Promise<ChildResult<T>> {
  mkdirSync(workDir, { recursive: true });
  const name = path.basename(script, ".ts");
  const resultFile = path.join(workDir, `${name}-${process.pid}-${Date.now()}.json`);
  const logFile = path.join(workDir, `${name}.log`);
  const start = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", path.join(PROJECT_ROOT, script), ...args, ...(writesResult ? [resultFile] : [])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const memory = watchMemory(child.pid!, stepOf);
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
  let result = undefined as T;
  if (writesResult) {
    result = JSON.parse(readFileSync(resultFile, "utf8")) as T;
    rmSync(resultFile);
  }
  return { result, memory: peak, wallMs, log };
}
