/**
 * The preview's HTTP routes (node:http, GET/HEAD only):
 *   /                        the viewer (toolbar + the paginated issue in a frame)
 *   /_folio/<asset>          the viewer's own scripts and styles (fixed list)
 *   /_folio/paged.polyfill.js, /_folio/paged/<handler>.js   Paged.js and folio's handlers
 *   /_folio/events           Server-Sent Events: build states
 *   /_folio/state            the current build state (JSON)
 *   /_folio/proof            what changed since the last proof round (JSON, null before the first)
 *   /issue/<build>/<path>    files of one preview build (print.html gets the preview scripts)
 *   /fonts/<file>            the fonts of the newest good build (the same in every build; cached)
 * Nothing else is served; requests naming another host (DNS rebinding) are refused.
 */
import { handlerScript, PAGED_HANDLERS } from "../render/print/paginate.js";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Builder } from "./build.js";
import type { EventHub } from "./events.js";
import { injectPreview } from "./inject.js";
import { resolveInside, sendFile, sendText } from "./static.js";
import type { SinceRound } from "../proof/since.js";

const CLIENT_DIR = fileURLToPath(new URL("./client/", import.meta.url));
export const POLYFILL = path.join(
  path.dirname(createRequire(import.meta.url).resolve("pagedjs")),
  "..",
  "dist",
  "paged.polyfill.js",
);

const ASSETS: Record<string, string> = {
  "/": "viewer.html",
  "/_folio/viewer.css": "viewer.css",
  "/_folio/viewer.js": "viewer.js",
  "/_folio/frame.css": "frame.css",
  "/_folio/frame.js": "frame.js",
};
const HANDLERS = new Set(PAGED_HANDLERS);

export interface RouteContext {
  builder: Builder;
  events: EventHub;
  /** Port the server listens on (for the Host check). */
  port: () => number;
  /** What changed since the last proof round (undefined: no round yet). */
  sinceRound?: () => SinceRound | undefined;
}

function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = (req.headers.host ?? "").toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function createHandler(ctx: RouteContext): RequestListener {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") return sendText(res, 405, "method not allowed\n");
    if (!hostAllowed(req, ctx.port())) return sendText(res, 403, "forbidden host\n");
    const head = req.method === "HEAD";
    const urlPath = (req.url ?? "/").split(/[?#]/)[0];
    const asset = ASSETS[urlPath];
    if (asset) return sendFile(res, path.join(CLIENT_DIR, asset), "no-store", head);
    if (urlPath === "/_folio/paged.polyfill.js") return sendFile(res, POLYFILL, "max-age=3600", head);
    const handler = /^\/_folio\/paged\/([a-z0-9-]+\.js)$/.exec(urlPath)?.[1];
    if (handler && HANDLERS.has(handler)) return sendFile(res, handlerScript(handler), "no-store", head);
    if (urlPath === "/_folio/events")
      return ctx.events.attach(res, ctx.builder.state && { event: "state", data: ctx.builder.state });
    if (urlPath === "/_folio/proof")
      return sendText(res, 200, JSON.stringify(ctx.sinceRound?.() ?? null), "application/json; charset=utf-8");
    if (urlPath === "/_folio/state")
      return sendText(res, 200, JSON.stringify(ctx.builder.state ?? null), "application/json; charset=utf-8");

    if (urlPath.startsWith("/fonts/")) {
      const dir = ctx.builder.htmlDir(ctx.builder.state?.goodVersion ?? 0);
      const file = dir && resolveInside(path.join(dir, "fonts"), urlPath.slice("/fonts".length));
      if (!file) return sendText(res, dir ? 403 : 404, dir ? "forbidden\n" : "not found\n");
      return sendFile(res, file, file.endsWith(".woff2") ? "max-age=86400, immutable" : "no-store", head);
    }
    const m = /^\/issue\/(\d+)(\/.*)$/.exec(urlPath);
    if (!m) return sendText(res, 404, "not found\n");
    const dir = ctx.builder.htmlDir(Number(m[1]));
    if (!dir) return sendText(res, 404, "this preview build is gone; reload the page\n");
    const file = resolveInside(dir, m[2]);
    if (!file) return sendText(res, 403, "forbidden\n");
    if (m[2] === "/print.html") {
      const html = await readFile(file, "utf8").catch(() => undefined);
      if (html === undefined) return sendText(res, 404, "not found\n");
      return sendText(res, 200, head ? "" : injectPreview(html), "text/html; charset=utf-8");
    }
    return sendFile(res, file, "no-store", head);
  };
  return (req, res) => {
    route(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendText(res, 500, `preview: ${(e as Error)?.message ?? String(e)}\n`);
      else res.destroy();
    });
  };
}
