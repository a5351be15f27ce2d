// Run by process.test.ts as its own process: a server with keepServing() installed, then a
// rejection nobody handles and an exception nobody catches. Without the handlers Node exits 1.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { keepServing } from "../../src/slack/keep-serving.ts";
import { createLogger } from "../../src/slack/logger.ts";

keepServing(createLogger("info"));
const server = http.createServer((_req, res) => res.writeHead(200).end("still here"));
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`);
  void Promise.reject(new Error("boom-rejection"));
  setTimeout(() => {
    throw new Error("boom-exception");
  }, 10);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
