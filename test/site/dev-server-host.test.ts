// `npm start` serves on localhost only, unless HOST asks for another address: the dev server
// is started with the project's plugin (on an empty site, so it starts at once) and the
// address it listens on and the connections it accepts are checked.
import { mkdtempSync } from "node:fs";
import { connect, type AddressInfo } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { afterEach, describe, expect, it, vi } from "vitest";
import devServerHost from "../../scripts/eleventy/dev-server-host.ts";

/** Starts Eleventy's dev server on a free port; resolves once it listens. */
async function startDevServer(): Promise<{ address: AddressInfo; stop: () => Promise<void> }> {
  const folder = mkdtempSync(path.join(tmpdir(), "dev-server-"));
  let address: AddressInfo | undefined;
  const eleventy = new Eleventy(folder, path.join(folder, "_site"), {
    quietMode: true,
    config(config) {
      config.addPlugin(devServerHost);
      config.setServerOptions({ port: 0, messageOnStart: () => false, ready: (server: { server: { address(): AddressInfo } }) => (address = server.server.address()) });
    },
  });
  await eleventy.init();
  await eleventy.serve();
  return { address: address!, stop: () => eleventy.stopWatch() };
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.on("connect", () => resolve(true)).on("error", () => resolve(false)).on("timeout", () => resolve(false));
    socket.on("connect", () => socket.destroy()).on("timeout", () => socket.destroy());
  });
}

/** This machine's IPv4 addresses other than loopback: what a neighbour on the network would use. */
const externalAddresses = Object.values(networkInterfaces())
  .flatMap((entries) => entries ?? [])
  .filter((entry) => !entry.internal && entry.family === "IPv4")
  .map((entry) => entry.address);

afterEach(() => vi.unstubAllEnvs());

describe("npm start's dev server", () => {
  it("listens on localhost only by default", async () => {
    vi.stubEnv("HOST", undefined);
    const server = await startDevServer();
    try {
      expect(["127.0.0.1", "::1"]).toContain(server.address.address);
      expect(await accepts(server.address.address, server.address.port)).toBe(true);
      for (const external of externalAddresses) expect(await accepts(external, server.address.port), external).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it("listens on the address HOST names", async () => {
    vi.stubEnv("HOST", "0.0.0.0");
    const server = await startDevServer();
    try {
      expect(server.address.address).toBe("0.0.0.0");
      for (const external of externalAddresses) expect(await accepts(external, server.address.port), external).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
