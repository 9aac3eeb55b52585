// The Chromium that the browser tests and the benchmark drive with playwright-core (test
// tools cannot download browsers here). Found in this order: CHROMIUM_PATH, a system
// Chromium or Chrome, then the Chromium inside the @sparticuz/chromium package (Linux x64),
// so that `npm install && npm test` needs nothing else on a fresh Linux machine.
import { accessSync, constants, statSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];

const HOW_TO_FIX =
  "set CHROMIUM_PATH to a Chromium or Chrome binary (on macOS e.g. \"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome\"), " +
  "or on Linux x64 run `npm install` so that the @sparticuz/chromium package brings its own";

export class ChromiumNotFound extends Error {}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium packaged in @sparticuz/chromium, unpacked on first use; or why there is none. */
export async function packagedChromium(): Promise<{ path?: string; why?: string }> {
  if (process.platform !== "linux" || process.arch !== "x64") return { why: `@sparticuz/chromium has no Chromium for ${process.platform}-${process.arch}` };
  try {
    const { default: packaged } = await import("@sparticuz/chromium");
    return { path: await packaged.executablePath() };
  } catch (error) {
    return { why: `@sparticuz/chromium could not provide its Chromium (${(error as Error).message})` };
  }
}

export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  systemPaths: readonly string[] = SYSTEM_CHROMIUMS,
  packaged: () => Promise<{ path?: string; why?: string }> = packagedChromium,
): Promise<string> {
  if (env.CHROMIUM_PATH) {
    if (isExecutableFile(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new ChromiumNotFound(`Chromium not found: CHROMIUM_PATH is "${env.CHROMIUM_PATH}", which is not an executable file — point it at a Chromium or Chrome binary, or unset it`);
  }
  const system = systemPaths.find(isExecutableFile);
  if (system) return system;
  const found = await packaged();
  if (found.path && isExecutableFile(found.path)) return found.path;
  throw new ChromiumNotFound(`Chromium not found: none of ${systemPaths.join(", ")} exists and ${found.why ?? "the packaged one is missing"} — ${HOW_TO_FIX}`);
}

let found: Promise<string> | undefined;

export async function launchBrowser(): Promise<Browser> {
  found ??= findChromium();
  return chromium.launch({
    executablePath: await found,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
