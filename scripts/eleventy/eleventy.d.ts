// Eleventy ships no type declarations; these cover what this project imports. EleventyConfig
// comes in as an import() type: an import declaration may not name a relative module here.
declare module "@11ty/eleventy" {
  type EleventyConfig = import("./eleventy-types.ts").EleventyConfig;
  type Plugin = (config: EleventyConfig, options?: Record<string, unknown>) => void;
  export const HtmlBasePlugin: Plugin;
  export class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; config?: (config: EleventyConfig) => void });
    init(): Promise<void>;
    toJSON(): Promise<{ url: string | false; content: string }[]>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  import type { Server } from "node:http";
  export default class EleventyDevServer {
    options: { host?: string };
    get server(): Server;
    _serverListen(port: number): void;
  }
}
