// Loads the contracts of a large library on every core. The main thread and worker threads
// take files in turn from one shared counter, so a worker that starts late or a file that
// takes long evens out, and the loads come back in file order whoever made them.
// loadLibrary stays synchronous (Eleventy's global data and the tests call it so): the main
// thread waits with Atomics.wait and takes the workers' messages with receiveMessageOnPort,
// without the event loop.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { loadContract, type ContractLoad } from "./load-contract.ts";

/** Slots of the shared counter: the next file to take, and how many loads workers have posted. */
export const NEXT = 0;
export const POSTED = 1;

/** What a worker is started with. */
export interface WorkerData {
  root: string;
  files: readonly string[];
  counter: Int32Array;
  port: MessagePort;
}

export type WorkerMessage = { index: number; load: ContractLoad } | { index: number; error: string };

/**
 * A worker takes about 0.6 s to start (it loads the parser and schemas again) and, while it
 * starts and warms up, slows the main thread down; below some 16 MB of contracts it costs
 * more than it gives. Measured on 2 cores, main thread alone and with one worker: 7 MB
 * 1.2 s / 1.4 s, 11 MB 1.56 s / 1.72 s, 16.5 MB 2.18 s / 2.10 s, 24 MB 3.26 s / 2.80 s.
 */
const WORKER_MIN_BYTES = 16_000_000;

/** How long the main thread waits for a worker's next contract: far more than any one contract takes. */
const WORKER_SILENCE_MS = 120_000;

/** Loads the files, in order; on worker threads too when there are enough bytes to share. */
export function loadContracts(root: string, files: readonly string[]): ContractLoad[] {
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(root, file)).size, 0);
  const threads = new ContractThreads(root, files, bytes >= WORKER_MIN_BYTES ? availableParallelism() - 1 : 0);
  try {
    threads.work();
    return threads.finish();
  } finally {
    threads.end();
  }
}

export class ContractThreads {
  private readonly counter = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  private readonly loads: (ContractLoad | undefined)[];
  private done = 0;
  private readonly workers: { worker: Worker; port: MessagePort }[] = [];

  constructor(
    private readonly root: string,
    private readonly files: readonly string[],
    workers: number,
  ) {
    this.loads = new Array<ContractLoad | undefined>(files.length);
    for (let count = 0; count < workers; count++) {
      const { port1, port2 } = new MessageChannel();
      const workerData: WorkerData = { root, files, counter: this.counter, port: port2 };
      // execArgv: [] because the entry registers tsx itself (Node 20 does not pass the main
      // thread's `--import tsx` on to workers, later versions would register it twice).
      const worker = new Worker(new URL("./contract-worker.mjs", import.meta.url), { workerData, transferList: [port2], execArgv: [] });
      // A worker that fails to start takes no files and the main thread loads them all;
      // the load is still complete, so this is a warning, not a failure.
      worker.on("error", (error) => console.warn(`A contract-loading worker failed: ${error.stack ?? error.message}`));
      worker.unref();
      this.workers.push({ worker, port: port1 });
    }
  }

  /** Loads files on this thread until none are left to take. */
  work(): void {
    for (let index: number; (index = Atomics.add(this.counter, NEXT, 1)) < this.files.length; ) {
      this.loads[index] = loadContract(this.root, this.files[index]!);
      this.done++;
      // Taking the workers' loads in between keeps them from piling up for the end, when the
      // other cores would be idle.
      this.receive();
    }
  }

  /** Waits for the files the workers took; all loads, in file order. */
  finish(): ContractLoad[] {
    while (this.done < this.files.length) {
      const posted = Atomics.load(this.counter, POSTED);
      this.receive();
      // A worker that dies outright (out of memory, say) posts nothing and its error event
      // needs the event loop this thread is blocking: stop waiting after a while instead of hanging.
      if (this.done < this.files.length && Atomics.wait(this.counter, POSTED, posted, WORKER_SILENCE_MS) === "timed-out") {
        throw new Error(`A contract-loading worker thread sent nothing for ${WORKER_SILENCE_MS / 1000} s and seems to have died (out of memory?); run the build again, and if it recurs, with more memory (NODE_OPTIONS=--max-old-space-size=…).`);
      }
    }
    return this.loads as ContractLoad[];
  }

  /** Stops the workers (they stop by themselves once no files are left; not so after an error). */
  end(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
  }

  private receive(): void {
    for (const { port } of this.workers) {
      for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
        const message = received.message as WorkerMessage;
        if ("error" in message) throw new Error(`loading ${this.files[message.index]} in a worker thread failed: ${message.error}`);
        this.loads[message.index] = message.load;
        this.done++;
      }
    }
  }
}
