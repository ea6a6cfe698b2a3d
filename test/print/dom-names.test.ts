/**
 * The DOM names the Paged.js handlers, the layout reader and the preview rely on are written once,
 * in the layout contract (src/contract/layout/names.cjs): the files that use them carry none of
 * them as literals.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOM } from "../../src/render/print/layout-facts.js";
import { HANDLER_SCRIPTS, PAGED_HANDLERS } from "../../src/render/print/paginate.js";

const SRC = path.resolve(import.meta.dirname, "../../src");
const USERS = [
  ...PAGED_HANDLERS.filter((f) => f !== "names.js").map((f) => `browser/paged/${f}`),
  "browser/paged/read-layout.js",
  "render/print/layout-facts.ts",
  "render/print/paginate.ts",
  "render/print/page-map.ts",
  "preview/client/frame.js",
  "preview/client/viewer.js",
];
/** TypeScript that tells pages apart by their role. */
const ROLE_USERS = [
  "render/print/run-pass.ts",
  "render/print/render.ts",
  "render/print/outline-items.ts",
  "type/report.ts",
  "flatplan/loop.ts",
  "images/layout.ts",
];
/** The same words meaning something else: the viewer's 目录 panel (#toc), the type report's kind of filler page. */
const NOT_ROLES: Record<string, string[]> = { "preview/client/viewer.js": ["toc"], "type/report.ts": ["filler"] };
/** Code without its comments (block and line), so that prose may still name things. */
const code = (f: string) =>
  readFileSync(path.join(SRC, f), "utf8")
    .replace(/\/\*[^]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\s\/\/ .*$/gm, "");

describe("DOM names", () => {
  it("are one object for the page and for TypeScript, loaded before every handler", () => {
    const fromNode = createRequire(import.meta.url)("../../src/contract/layout/names.cjs");
    expect(fromNode).toBe(DOM);
    expect(PAGED_HANDLERS[0]).toBe("names.js");
    expect(HANDLER_SCRIPTS[0]).toBe(path.join(SRC, "contract/layout/names.cjs"));
    expect(DOM.pages).toBe(".pagedjs_pages > .pagedjs_page");
    expect(Object.keys(DOM.globals).sort()).toEqual([
      "fontPreload",
      "images",
      "padding",
      "pageMap",
      "proxied",
      "proxies",
      "runLayout",
      "warnings",
    ]);
    // The page sees the same object: a script's top-level var FolioNames is window.FolioNames.
    const inPage = new Function(
      `${readFileSync(path.join(SRC, "contract/layout/names.cjs"), "utf8")}\nreturn FolioNames;`,
    )();
    expect(inPage).toEqual(DOM);
    expect(Object.isFrozen(inPage.roles) && Object.isFrozen(inPage.globals)).toBe(true);
  });

  it.each(USERS)("%s uses the names, never their literals", (f) => {
    const text = code(f);
    const literals = [
      ...Object.values(DOM.globals),
      "pagedjs_pages",
      "pagedjs_page_content",
      "pagedjs_right_page",
      "pagedjs_left_page",
      "[data-article-id]",
      "[data-page-role]",
      "[data-article-title]",
      "--pagedjs-string-",
    ];
    expect(literals.filter((l) => text.includes(l))).toEqual([]);
  });

  it("are in the templates only through their helpers: {{pageRole 'name'}}, {{runMark}}", () => {
    const dir = path.resolve(SRC, "../templates");
    for (const f of ["print.hbs", ...readdirSync(path.join(dir, "partials")).map((p) => `partials/${p}`)]) {
      const text = readFileSync(path.join(dir, f), "utf8").replace(/\{\{!--[^]*?--\}\}/g, "");
      // (inside-cover.hbs writes the role print.hbs gives it: role=(pageRole '…'))
      expect(text.match(/data-page-role="(?!\{\{pageRole '|\{\{role\}\})[^"]*"/g), f).toBeNull();
      expect(text.match(/\srole=(?!\(pageRole ')\S*/g), f).toBeNull();
      expect(text.includes(DOM.runMark), f).toBe(false);
    }
  });

  it.each([...USERS, ...ROLE_USERS])("%s names page roles through the contract, never as literals", (f) => {
    const text = code(f);
    const quoted = Object.values(DOM.roles).filter(
      (r) => text.includes(`"${r}"`) || text.includes(`'${r}'`) || text.includes(`="${r}`),
    );
    expect(quoted.filter((r) => !NOT_ROLES[f]?.includes(r))).toEqual([]);
  });
});
