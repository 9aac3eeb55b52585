// Binds the dev server of `npm start` to localhost, so a laptop on a shared network does not
// serve the library to its neighbours; HOST picks another address (HOST=0.0.0.0 for a
// container or another device). Eleventy Dev Server 2.1.2 has no host option and listens on
// every interface (https://github.com/11ty/dev-server/issues/128): its one listen call,
// _serverListen, is replaced by one that passes the `host` server option. A test starts the
// server and checks the address it is bound to, so an upgrade that changes that method fails
// the test instead of quietly exposing the server again.
import EleventyDevServer from "@11ty/eleventy-dev-server";
import type { EleventyConfig } from "./eleventy-types.ts";

export default function devServerHost(eleventyConfig: EleventyConfig): void {
  const host = process.env.HOST || "localhost";
  // On another host, the start message lists this machine's addresses, not just localhost.
  eleventyConfig.setServerOptions({ host, showAllHosts: host !== "localhost" });
  EleventyDevServer.prototype._serverListen = function (this: EleventyDevServer, port: number) {
    this.server.listen({ port, host: this.options.host });
  };
}
