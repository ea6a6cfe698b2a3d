/**
 * print.html as runs (runs.ts), a run's facts moved to its place in the issue and joined
 * (run-merge.ts), and what runs cannot know of each other (run-anchors.ts). Pure.
 */
import { describe, expect, it } from "vitest";
import {
  fitCssFor,
  issueStrings,
  RUN_MARK,
  runBody,
  runRole,
  SPACER,
  splitRuns,
  takeFitStyle,
} from "../../src/render/print/runs.js";
import { startTag } from "../../src/render/print/start-tag.js";
import { createTemplates } from "../../src/render/print/templates.js";
import { joinRuns, placeRun, type RunFacts } from "../../src/render/print/run-merge.js";
import { tocNumbersCss } from "../../src/render/print/run-anchors.js";
import type { PageInfo } from "../../src/render/print/layout-facts.js";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEMPLATES_DIR } from "../../src/render/print/templates.js";

const html = `<!DOCTYPE html><html><head><title>t</title></head><body>
${RUN_MARK}<section class="cover" data-page-role="front-cover"><span class="rh-magazine">党员之友</span><span class="rh-issue">2022·8</span></section>
${RUN_MARK}<article class="article" data-article-id="a"><p>甲</p></article><article class="article run-on" data-article-id="b"><figure id="b-1"></figure></article>
${RUN_MARK}<nav class="toc"><a href="#t-a">甲</a></nav>
</body>
</html>`;

describe("runs of print.html", () => {
  it("splits the body at every run mark, head and tail kept", () => {
    const s = splitRuns(html);
    expect(s.runs).toHaveLength(3);
    expect(s.runs[1]).toMatch(/^<article class="article" data-article-id="a">.*run-on.*<\/article>$/s);
    expect(s.head).toMatch(/<body>$/);
    expect(s.tail).toMatch(/^<\/body>/);
    expect(() => splitRuns("<html><body><p>x</p></body></html>")).toThrow(/content before its first run/);
  });

  it("opens a run at every page-starting piece of the template: covers, articles that are not run on, 版权页, 目录, pads", () => {
    const src = readFileSync(path.join(TEMPLATES_DIR, "print.hbs"), "utf8");
    const marks = src.split("{{runMark}}").length - 1;
    expect(marks).toBeGreaterThanOrEqual(10);
    expect(src).not.toContain(RUN_MARK);
    expect(src).toContain("{{#unless runOn}}{{runMark}}{{/unless}}{{> article this}}");
  });

  it("writes the layout contract's run mark and page roles through the templates' helpers", () => {
    expect(RUN_MARK).toBe("<!--folio:run-->");
    const dir = mkdtempSync(path.join(tmpdir(), "folio-tpl-"));
    mkdirSync(path.join(dir, "partials"));
    writeFileSync(
      path.join(dir, "t.hbs"),
      `{{runMark}}<nav data-page-role="{{pageRole 'toc'}}"></nav>{{runMark}}<i data-page-role="{{pageRole 'insideBackCover'}}"></i>`,
    );
    writeFileSync(path.join(dir, "bad.hbs"), `<p>\n{{pageRole 'contents'}}</p>`);
    const t = createTemplates(dir);
    expect(t.render("t", {})).toBe(
      '<!--folio:run--><nav data-page-role="toc"></nav><!--folio:run--><i data-page-role="inside-back-cover"></i>',
    );
    expect(() => t.render("bad", {})).toThrow(/:2: \{\{pageRole 'contents'\}\}: no such page role \(frontCover, /);
  });

  it("knows a run by its first element's page role, whatever the order of its attributes", () => {
    expect(runRole('<section class="pad-page" data-page-role="pad" data-pad="1">x</section>')).toBe("pad");
    expect(runRole("<nav data-page-role='toc' class=\"toc\">")).toBe("toc");
    expect(
      runRole('<article class="article" data-article-id="a"><p data-page-role="pad"></p></article>'),
    ).toBeUndefined();
    expect(runRole("text <b>")).toBeUndefined();
    expect(startTag('<img alt="a > b" src=x.jpg hidden/>tail')).toEqual({
      name: "img",
      attributes: new Map([
        ["alt", "a > b"],
        ["src", "x.jpg"],
        ["hidden", ""],
      ]),
      end: 35,
    });
  });

  it("takes the fit rules' element out of the head", () => {
    const page = '<head><style id="folio-fit">\n[id="a"] { x: 1; }\n</style><style>b {}</style></head>';
    expect(takeFitStyle(page)).toEqual({ fitCss: '\n[id="a"] { x: 1; }\n', html: "<head><style>b {}</style></head>" });
    expect(takeFitStyle("<head></head>")).toEqual({ fitCss: "", html: "<head></head>" });
  });

  it("puts the issue strings inside the run's first element, after a spacer page when it starts on a left page", () => {
    const s = splitRuns(html);
    const strings = issueStrings(s.runs);
    expect(strings).toBe('<span class="rh-magazine">党员之友</span><span class="rh-issue">2022·8</span>');
    expect(runBody(s.runs[2], strings, false)).toBe(`<nav class="toc">${strings}<a href="#t-a">甲</a></nav>`);
    expect(runBody(s.runs[2], strings, true).startsWith(SPACER)).toBe(true);
  });

  it("gives a run the fit rules of its own articles and figures only", () => {
    const fit =
      '[data-article-id="a"] { --head-space: 2; }\n[id="b-1"] { --fig-lines: 9; }\n[data-article-id="c"] { --head-space: 1; }';
    const run = splitRuns(html).runs[1];
    expect(fitCssFor(fit, run)).toBe('[data-article-id="a"] { --head-space: 2; }\n[id="b-1"] { --fig-lines: 9; }');
    expect(fitCssFor(fit, splitRuns(html).runs[2])).toBe("");
  });
});

const page = (index: number, extra: Partial<PageInfo> = {}): PageInfo => ({
  index,
  right: index % 2 === 0,
  roles: [],
  innerStart: false,
  articleStarts: [],
  articles: [],
  start: null,
  ...extra,
});
const layout = (pages: number, pagesOf: Record<string, number[]>) => ({
  pagesOf,
  fill: Array.from({ length: pages }, (_, i) => i / 10),
  linesPerColumn: pagesOf.x ? 0 : 40,
  gridMm: 5,
  articles: Object.fromEntries(Object.keys(pagesOf).map((k) => [k, { columns: 2, charsPerLine: 20 }])),
  figures: [],
  paragraphs: [],
  pageStarts: Array.from({ length: pages }, () => null),
});

describe("runs joined into the issue", () => {
  it("moves a run's pages, images and measures to its place, without its spacer page", () => {
    const run: RunFacts = {
      pages: [
        page(0, { roles: ["front-cover"] }),
        page(1, { articleStarts: ["a"], articles: ["a"] }),
        page(2, { articles: ["a"] }),
      ],
      images: [{ src: "x.jpg", page: 2, widthMm: 10, heightMm: 10, figureId: null, role: null }],
      layout: layout(3, { a: [1, 2] }),
      warnings: ["w"],
      proxied: ["x.jpg"],
    };
    const placed = placeRun(run, 7, 1);
    expect(placed.pages.map((p) => p.index)).toEqual([7, 8]);
    expect(placed.images[0].page).toBe(8);
    expect(placed.layout.pagesOf).toEqual({ a: [7, 8] });
    expect(placed.layout.fill).toEqual([0.1, 0.2]);
    const joined = joinRuns([placeRun({ ...run, layout: layout(3, {}) }, 0, 0), placed]);
    expect(joined.pages.map((p) => p.index)).toEqual([0, 1, 2, 7, 8]);
    expect(joined.layout.linesPerColumn).toBe(40);
    expect(joined.warnings).toEqual(["w"]);
  });
});

describe("what runs cannot know of each other", () => {
  const pages = [
    page(0, { roles: ["front-cover"] }),
    page(1, { roles: ["inside-front-cover"] }),
    page(2, { innerStart: true, articleStarts: ["a"] }),
    page(3),
    page(4, { articleStarts: ["b", "c"] }),
  ];
  it("writes each 目录 number as text: the folio of the title's page", () => {
    expect(tocNumbersCss(pages)).toBe(
      [
        '.toc-link[href="#t-a"]::after { content: "1"; }',
        '.toc-link[href="#t-b"]::after { content: "3"; }',
        '.toc-link[href="#t-c"]::after { content: "3"; }',
      ].join("\n"),
    );
    expect(tocNumbersCss([])).toBe("");
  });
});
