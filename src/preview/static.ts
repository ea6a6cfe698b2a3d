/**
 * Serving files from one folder only. A request path is decoded, then resolved under the folder;
 * anything that would leave it (.., encoded %2e%2e or %2f, absolute paths, NUL) is refused.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import path from "node:path";

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
};

export const contentType = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";

/**
 * The file a URL path (already split off its query, still percent-encoded) names under `root`,
 * or undefined when it is malformed or points outside `root`.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const segments = decoded.split("/");
  if (segments.some((s) => s === "..")) return undefined;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  const rel = path.relative(base, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return file;
}

export function sendText(res: ServerResponse, status: number, text: string, type = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
  res.end(text);
}

/** Stream a regular file; 404 when it is missing or not a file. */
export async function sendFile(res: ServerResponse, file: string, cache = "no-store", head = false): Promise<void> {
  const st = await stat(file).catch(() => undefined);
  if (!st?.isFile()) return sendText(res, 404, "not found\n");
  res.writeHead(200, {
    "Content-Type": contentType(file),
    "Content-Length": st.size,
    "Cache-Control": cache,
    "X-Content-Type-Options": "nosniff",
  });
  if (head) {
    res.end();
    return;
  }
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}
