/**
 * Blocks the stylesheets cannot make a whole number of grid lines (a table, a list, a quote) are
 * rounded up to whole lines before layout (src/browser/paged/grid-snap.js): the body text after them,
 * read back from the PDF, stays on the page's baseline grid.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Block } from "../../src/model/types.js";
import { renderBlocks } from "../../src/render/html/blocks.js";
import { renderPrintWith } from "../../src/render/print/render.js";
import type { TypeReport } from "../../src/type/report.js";
import { runCleanup } from "../../src/util/cleanup.js";
import { makeIssue } from "../print/fixtures/make-issue.js";
import { present } from "../helpers/present.js";

const TEXT =
  "做好新疆工作，关键在党。学习贯彻习近平总书记视察新疆重要讲话重要指示精神，完整准确贯彻新时代党的治疆方略，在新时代新征程上奋力建设美好新疆，必须常怀忧党之心、为党之责、强党之志。";
const p = (id: string): Block => ({ id, type: "paragraph", classes: [], html: TEXT, text: TEXT });

let type: TypeReport;

beforeAll(async () => {
  const issue = await makeIssue(mkdtempSync(path.join(tmpdir(), "folio-grid-src-")));
  const blocks: Block[] = [
    ...[1, 2, 3].map((i) => p(`g-${i}`)),
    {
      id: "g-t",
      type: "table",
      classes: [],
      text: "表",
      html: "<table><tr><th>项目</th><th>数量</th></tr><tr><td>社区党组织</td><td>1200个</td></tr><tr><td>网格党支部</td><td>3600个</td></tr></table>",
    },
    ...[4, 5, 6].map((i) => p(`g-${i}`)),
    {
      id: "g-l",
      type: "list",
      ordered: true,
      classes: [],
      text: "列",
      html: "<ol><li>建强社区党组织，严密组织体系。</li><li>健全完善领导机制。</li><li>健全社区与驻区单位共驻共建机制。</li></ol>",
    },
    ...[7, 8, 9].map((i) => p(`g-${i}`)),
    {
      id: "g-q",
      type: "quote",
      classes: [],
      text: "引",
      html: "<blockquote><p>推进国家治理体系和治理能力现代化，社区治理只能加强不能削弱。</p></blockquote>",
    },
    ...Array.from({ length: 14 }, (_, i) => p(`g-${10 + i}`)),
  ];
  // The long-article slot of the fixture, without its photo: only these blocks.
  const articles = issue.articles.map((a) => (a.id === "p010-shequ-zhili" ? { ...a, blocks, lead: undefined } : a));
  const out = mkdtempSync(path.join(tmpdir(), "folio-grid-out-"));
  try {
    const result = await renderPrintWith(
      {
        ...issue,
        articles,
        sections: issue.sections.map((s) => ({
          ...s,
          articles: s.articles.map((x) =>
            present(
              articles.find((a) => a.id === x.id),
              `article ${x.id} among the articles`,
            ),
          ),
        })),
      },
      { outDir: out, log: () => {}, warn: () => {} },
      {
        renderBody: (a, imageUrl) => renderBlocks(a.blocks, { imageUrl }),
        thumbnails: false,
      },
    );
    type = result.facts?.type as TypeReport;
  } finally {
    await runCleanup();
  }
}, 300_000);

describe("tables, lists and quotes on the baseline grid", () => {
  it("keeps the body text after them on the grid, in one size and one leading", () => {
    const pages = (type as TypeReport & { layout: { articles: string[] }[] }).layout
      .map((l, i) => (l.articles.includes("p010-shequ-zhili") ? i + 1 : 0))
      .filter(Boolean);
    expect(pages.length).toBeGreaterThan(0);
    expect(type.checks.filter((c) => c.check === "baseline grid" && pages.includes(c.page ?? 0))).toEqual([]);
    expect(type.pages.filter((p) => pages.includes(p.page)).map((p) => p.leadingPt)).toEqual(pages.map(() => 15.75));
  });
});
