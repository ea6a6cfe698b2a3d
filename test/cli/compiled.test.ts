/**
 * The CLI runs lib/, the tsc output of src/ (scripts/build-lib.js). These tests read lib/ as the CLI
 * runs it: up to date with src/, every file found at runtime from the compiled code present, and
 * each command's code loaded only when that command runs.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { LIB, staleReason } from "../../scripts/build-lib.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const lib = (p: string) => pathToFileURL(path.join(LIB, p)).href;

describe("compiled CLI (lib/)", () => {
  it("is up to date with src/, and a changed source makes it stale", () => {
    expect(staleReason()).toBeNull();
    const file = path.join(ROOT, "src/cli/report.ts");
    const { atime, mtime } = statSync(file);
    try {
      utimesSync(file, atime, new Date(Date.now() + 60_000));
      expect(staleReason()).toBe("src/cli/report.ts changed");
    } finally {
      utimesSync(file, atime, mtime);
    }
    expect(staleReason()).toBeNull();
  });

  it("finds the browser handlers, templates, styles, preview client and Chromium wrapper from lib/", async () => {
    const { HANDLER_SCRIPTS } = (await import(lib("render/print/paginate.js"))) as { HANDLER_SCRIPTS: string[] };
    const { STYLES_DIR } = (await import(lib("render/print/html.js"))) as { STYLES_DIR: string };
    const { TEMPLATES_DIR } = (await import(lib("render/print/templates.js"))) as { TEMPLATES_DIR: string };
    const { EPUB_CSS } = (await import(lib("render/epub/index.js"))) as { EPUB_CSS: string };
    const { SITE_CSS } = (await import(lib("publish/site.js"))) as { SITE_CSS: URL };
    const { TIED_CHROMIUM } = (await import(lib("browser/resolve.js"))) as { TIED_CHROMIUM: string };
    expect(HANDLER_SCRIPTS.length).toBeGreaterThan(0);
    for (const f of HANDLER_SCRIPTS) expect(existsSync(f), f).toBe(true);
    for (const f of [STYLES_DIR, TEMPLATES_DIR, EPUB_CSS, SITE_CSS.pathname, path.join(TEMPLATES_DIR, "print.hbs")])
      expect(existsSync(f), f).toBe(true);
    expect(() => accessSync(TIED_CHROMIUM, constants.X_OK)).not.toThrow();
    for (const f of ["viewer.html", "viewer.js", "frame.js"])
      expect(existsSync(path.join(LIB, "preview/client", f)), f).toBe(true);
  });

  it("loads a command's code only when that command runs", () => {
    // A module hook in the child lists every folio module it loads.
    const hook = `data:text/javascript,${encodeURIComponent(
      `export async function load(url, context, next) { if (url.includes("/lib/")) process.stderr.write("loaded " + url + "\\n"); else if (url.includes("/node_modules/")) process.stderr.write("package " + url + "\\n"); return next(url, context); }`,
    )}`;
    const cache = mkdtempSync(path.join(tmpdir(), "folio-loaded-"));
    const env = { ...process.env, FOLIO_CACHE_DIR: cache, FOLIO_FIT_CACHE: path.join(cache, "flatplan") };
    const packages = new Set<string>();
    const loaded = (args: string[]) => {
      const register = `import { register } from "node:module"; register(${JSON.stringify(hook)});`;
      const r = spawnSync(
        process.execPath,
        ["--import", `data:text/javascript,${encodeURIComponent(register)}`, path.join(ROOT, "bin/folio.js"), ...args],
        { encoding: "utf8", env },
      );
      expect(r.status, r.stderr).toBe(0);
      packages.clear();
      for (const l of r.stderr.split("\n"))
        if (l.startsWith("package ")) packages.add(l.slice(l.lastIndexOf("/node_modules/") + 14).split("/")[0]);
      return r.stderr
        .split("\n")
        .filter((l) => l.startsWith("loaded "))
        .map((l) => l.slice(l.indexOf("/lib/") + 5));
    };
    const help = loaded(["--help"]);
    expect(help).toContain("cli/main.js");
    for (const heavy of [
      "model/load.js",
      "check/index.js",
      "pipeline/build.js",
      "render/print/render.js",
      "preview/index.js",
      "publish/site.js",
    ]) {
      expect(help, heavy).not.toContain(heavy);
    }
    const check = loaded(["check", path.join(ROOT, "issues/2022-08"), "--no-layout"]);
    expect(check).toContain("check/index.js");
    for (const heavy of ["pipeline/build.js", "render/print/render.js", "handoff/index.js", "render/epub/index.js"])
      expect(check, heavy).not.toContain(heavy);
    // Checked again, unchanged: the model comes from the load cache, so neither parsers nor the schema load.
    const again = loaded(["check", path.join(ROOT, "issues/2022-08"), "--no-layout"]);
    for (const heavy of ["model/load.js", "model/schema.js", "model/yaml.js"])
      expect(again, heavy).not.toContain(heavy);
    for (const pkg of ["zod", "yaml", "markdown-it", "chardet"]) expect([...packages], pkg).not.toContain(pkg);
    rmSync(cache, { recursive: true, force: true });
  });
});
