// The part of Eleventy's configuration API this project uses. Eleventy ships no type
// declarations, so we declare what we call.

export interface EleventyConfig {
  addDataExtension(extension: string, options: { read: boolean; parser: (input: string) => unknown }): void;
  addGlobalData(name: string, data: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPreprocessor(name: string, extensions: string, preprocess: (data: never, content: string) => string): void;
  addPlugin<O>(plugin: (config: EleventyConfig, options: O) => void | Promise<void>, options?: O): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addTransform(name: string, transform: (this: { page: { inputPath: string } }, content: string | Buffer) => string | Buffer): void;
  addWatchTarget(path: string): void;
  amendLibrary(engine: "njk", amend: (environment: never) => void): void;
  setServerOptions(options: Record<string, unknown>): void;
  on(event: "eleventy.after", handler: (event: { directories: { output: string }; runMode: string }) => unknown): void;
  on(event: "eleventy.before", handler: (event: { runMode: string }) => unknown): void;
  on(event: "eleventy.beforeWatch", handler: (changedFiles: readonly string[]) => unknown): void;
  ignores: { add(pattern: string): void };
  pathPrefix?: string;
}
