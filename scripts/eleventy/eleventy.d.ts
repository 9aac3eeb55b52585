// Eleventy ships no type declarations; these cover the plugins this project imports.
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "./eleventy-types.ts";
  type Plugin = (config: EleventyConfig, options?: Record<string, unknown>) => void;
  export const HtmlBasePlugin: Plugin;
  export class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; config?: (config: EleventyConfig) => void });
    init(): Promise<void>;
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
