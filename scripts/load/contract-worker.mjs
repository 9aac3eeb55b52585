// Entry of a contract-loading worker thread (scripts/load/contract-threads.ts). A worker
// does not inherit the main thread's TypeScript loader, so it registers tsx before it
// loads the worker's TypeScript code.
import { register } from "tsx/esm/api";

register();
await import("./contract-worker.ts");
