// A worker thread of scripts/load/contract-threads.ts: takes files from the shared counter
// until none are left and posts each file's load, or the error loading it threw, to the
// main thread.
import { workerData } from "node:worker_threads";
import { NEXT, POSTED, type WorkerData, type WorkerMessage } from "./contract-threads.ts";
import { loadContract } from "./load-contract.ts";

const { root, files, counter, port } = workerData as WorkerData;
for (let index: number; (index = Atomics.add(counter, NEXT, 1)) < files.length; ) {
  try {
    port.postMessage({ index, load: loadContract(root, files[index]!) } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerMessage);
  }
  Atomics.add(counter, POSTED, 1);
  Atomics.notify(counter, POSTED);
}
port.close();
