/** Server-Sent Events: every open viewer gets each build state as it happens. */
import type { ServerResponse } from "node:http";

export interface EventHub {
  /** Take over a response as an event stream; `first` is sent at once (the current state). */
  attach(res: ServerResponse, first?: { event: string; data: unknown }): void;
  send(event: string, data: unknown): void;
  /** End every stream (server shutdown). */
  close(): void;
  readonly size: number;
}

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export function createEventHub(keepAliveMs = 15_000): EventHub {
  const clients = new Set<ServerResponse>();
  // A comment line now and then keeps proxies and idle timeouts from dropping the stream.
  const timer = setInterval(() => {
    for (const res of clients) res.write(": keep-alive\n\n");
  }, keepAliveMs);
  timer.unref();
  return {
    attach(res, first) {
      res.writeHead(200, {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store",
        Connection: "keep-alive",
      });
      res.write("retry: 500\n\n");
      if (first) res.write(frame(first.event, first.data));
      clients.add(res);
      res.on("close", () => clients.delete(res));
    },
    send(event, data) {
      const text = frame(event, data);
      for (const res of clients) res.write(text);
    },
    close() {
      clearInterval(timer);
      for (const res of clients) res.end();
      clients.clear();
    },
    get size() {
      return clients.size;
    },
  };
}
