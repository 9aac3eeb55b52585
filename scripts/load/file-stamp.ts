// When a file was last written and how long it is. Watch-mode rebuilds compare stamps to
// tell which files changed, instead of reading the whole library again to compare texts.
import { statSync } from "node:fs";

export function fileStamp(file: string): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat && `${stat.mtimeMs}:${stat.size}`;
}
