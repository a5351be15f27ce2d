// postJson (src/slack/respond.ts) posts replies through node:http on kept-alive connections:
// one connection carries reply after reply, and a reused connection the server dropped while
// it sat idle is retried once on a new one. (No nock in this file: nock replaces the agent's
// connections with its own.)
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { postJson } from "../../src/slack/respond.ts";

const OK =
  "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok";

/**
 * A server answering "ok" to each request on a connection, except that on the first
 * connection it resets after `answered` requests instead of answering the next one.
 */
async function server(answered: number) {
  let connections = 0;
  const bodies: string[] = [];
  const sockets = new Set<net.Socket>();
  const s = net.createServer((socket) => {
    sockets.add(socket);
    const n = ++connections;
    let seen = 0;
    let buffer = "";
    socket.on("data", (chunk) => {
      buffer += chunk.toString();
      for (;;) {
        const head = buffer.indexOf("\r\n\r\n");
        if (head < 0) return;
        const length = Number(/content-length: (\d+)/i.exec(buffer.slice(0, head))?.[1] ?? 0);
        if (buffer.length < head + 4 + length) return;
        const body = buffer.slice(head + 4, head + 4 + length);
        buffer = buffer.slice(head + 4 + length);
        if (n === 1 && seen === answered) {
          socket.resetAndDestroy();
          return;
        }
        seen++;
        bodies.push(body);
        socket.write(OK);
      }
    });
  });
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const port = (s.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    bodies,
    connections: () => connections,
    close: () =>
      new Promise<void>((r) => {
        for (const socket of sockets) socket.destroy();
        s.close(() => r());
      }),
  };
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

describe("postJson", () => {
  it("posts one reply after another on one kept-alive connection", async () => {
    const s = await server(Number.POSITIVE_INFINITY);
    close = s.close;
    for (let i = 0; i < 3; i++) {
      const r = await postJson(s.url, `{"n":${i}}`);
      expect(r.ok).toBe(true);
      expect(await r.text()).toBe("ok");
    }
    expect(s.bodies).toEqual(['{"n":0}', '{"n":1}', '{"n":2}']);
    expect(s.connections()).toBe(1);
  });

  it("sends a post again, once, on a new connection when a reused one was reset", async () => {
    const s = await server(1);
    close = s.close;
    expect((await postJson(s.url, '{"n":0}')).ok).toBe(true);
    const again = await postJson(s.url, '{"n":1}');
    expect(again.ok).toBe(true);
    expect(s.bodies).toEqual(['{"n":0}', '{"n":1}']);
    expect(s.connections()).toBe(2);
  });
});
