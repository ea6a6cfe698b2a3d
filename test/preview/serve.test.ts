/** The preview server without a browser: what it serves, what it refuses, where it listens. */
import { request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type Preview } from "../../src/preview/index.js";
import { contentType, resolveInside } from "../../src/preview/static.js";
import { handlerScript } from "../../src/render/print/paginate.js";
import { copyMini } from "../helpers/mini.js";

/** A raw GET: the path goes on the wire exactly as given (fetch would normalise the dots away). */
function get(port: number, rawPath: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, headers: { host } }, (res) => {
      let body = "";
      res
        .setEncoding("utf8")
        .on("data", (c: string) => (body += c))
        .on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject).end();
  });
}

describe("preview server", () => {
  let preview: Preview;
  const copies: string[] = [];
  const mini = () => {
    const m = copyMini();
    copies.push(m.root);
    return m.issueDir;
  };
  beforeAll(async () => {
    preview = await startPreview({ issueDir: mini(), port: 0 });
  });
  afterAll(async () => {
    await preview?.close();
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it("serves the viewer, the polyfill and print.html with the preview scripts", async () => {
    expect((await get(preview.port, "/")).body).toContain('id="page-count"');
    expect((await get(preview.port, "/_folio/paged.polyfill.js")).body).toContain("registerHandlers");
    // The layout contract's names, served under the handlers' address as names.js.
    const names = (await get(preview.port, "/_folio/paged/names.js")).body;
    expect(names).toContain("var FolioNames = ");
    expect(names).toBe(readFileSync(handlerScript("names.js"), "utf8"));
    expect(contentType(handlerScript("names.js"))).toBe("text/javascript; charset=utf-8");
    const html = await get(preview.port, "/issue/1/print.html");
    expect(html.status).toBe(200);
    expect(html.body).toMatch(/paged\.polyfill\.js[\s\S]*fit-check\.js[\s\S]*<\/head>/);
    expect((await get(preview.port, "/issue/1/styles/page.css")).status).toBe(200);
  });

  it("refuses path traversal and anything outside the build folder", async () => {
    for (const p of [
      "/issue/1/../../../../etc/passwd",
      "/issue/1/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/issue/1/..%2f..%2f..%2fetc%2fpasswd",
      "/issue/1/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
      "/issue/1/styles/..%2f..%2f..%2fbuild-1",
      "/issue/1/%00",
      "/issue/1/%E0%A4%A",
      "/_folio/paged/../../../package.json",
      "/_folio/paged/cleanup.ts",
      "/etc/passwd",
      "//etc/passwd",
    ]) {
      const r = await get(preview.port, p);
      expect([403, 404], p).toContain(r.status);
      expect(r.body, p).not.toMatch(/root:|"dependencies"/);
    }
    expect(resolveInside("/srv/x", "/a/../../y")).toBeUndefined();
    expect(resolveInside("/srv/x", "/a%2f..%2f..%2fy")).toBeUndefined();
    expect(resolveInside("/srv/x", "/fonts/a.woff2")).toBe("/srv/x/fonts/a.woff2");
  });

  it("refuses other Host names (DNS rebinding) and other methods", async () => {
    expect((await get(preview.port, "/", "evil.example:80")).status).toBe(403);
    const post = await new Promise<number>((resolve) =>
      request({ host: "127.0.0.1", port: preview.port, path: "/", method: "POST" }, (res) =>
        resolve(res.statusCode ?? 0),
      ).end(),
    );
    expect(post).toBe(405);
  });

  it("listens on 127.0.0.1 only", async () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
    for (const host of [external, "::1"].filter(Boolean) as string[]) {
      const outcome = await new Promise<string>((resolve) => {
        const s = connect({ host, port: preview.port }, () => {
          s.destroy();
          resolve("connected");
        });
        s.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
      });
      expect(outcome, host).not.toBe("connected");
    }
  });

  it("a second server on the same port is a one-line error; close removes the temp folder", async () => {
    await expect(startPreview({ issueDir: mini(), port: preview.port })).rejects.toThrow(/port already in use/);
    const other = await startPreview({ issueDir: mini(), port: 0 });
    await other.close();
    expect(existsSync(other.outRoot)).toBe(false);
  });
});
