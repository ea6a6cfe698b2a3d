import { describe, expect, it } from "vitest";
import { decodeEntities, insertMarkers, pageBreakMarker } from "../../src/render/epub/page-map.js";
import { pageListNav } from "../../src/render/epub/nav.js";

const M = (n: number) => pageBreakMarker(n);
/** Text of the HTML with tags removed, entities decoded (what the offsets count). */
const text = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ""));

describe("pageBreakMarker", () => {
  it("is an empty span with an accessible label, role and a page-N id", () => {
    expect(M(12)).toBe(
      '<span epub:type="pagebreak" role="doc-pagebreak" id="page-12" aria-label="12" title="12"></span>',
    );
  });
});

describe("insertMarkers", () => {
  const p = '<p id="a-1">做好新疆工作,关键在党。</p>';

  it("puts offset 0 just inside the block's opening tag", () => {
    expect(insertMarkers(p, [{ folio: 3, charOffset: 0 }])).toBe(`<p id="a-1">${M(3)}做好新疆工作,关键在党。</p>`);
  });

  it("counts characters of the text, not of the markup", () => {
    expect(insertMarkers(p, [{ folio: 4, charOffset: 7 }])).toBe(`<p id="a-1">做好新疆工作,${M(4)}关键在党。</p>`);
  });

  it("places an offset inside nested inline markup", () => {
    const html = '<p id="a-2">学习<em>贯彻<strong>重要讲话</strong>精神</em>,完整准确。</p>';
    // "学习" (2) + "贯彻" (2) + "重要" → offset 6 is between 要 and 讲
    expect(insertMarkers(html, [{ folio: 9, charOffset: 6 }])).toBe(
      `<p id="a-2">学习<em>贯彻<strong>重要${M(9)}讲话</strong>精神</em>,完整准确。</p>`,
    );
  });

  it("puts a boundary offset at the start of the next text run", () => {
    const html = '<p id="a-2">学习<strong>讲话</strong>精神</p>';
    expect(insertMarkers(html, [{ folio: 2, charOffset: 2 }])).toBe(
      `<p id="a-2">学习<strong>${M(2)}讲话</strong>精神</p>`,
    );
    expect(insertMarkers(html, [{ folio: 2, charOffset: 4 }])).toBe(
      `<p id="a-2">学习<strong>讲话</strong>${M(2)}精神</p>`,
    );
  });

  it("inserts several pages that start in one long paragraph, in order", () => {
    const long = "一二三四五六七八九十".repeat(50);
    const html = `<p id="a-7">${long}</p>`;
    const out = insertMarkers(html, [
      { folio: 10, charOffset: 120 },
      { folio: 11, charOffset: 260 },
      { folio: 12, charOffset: 430 },
    ]);
    expect(text(out)).toBe(long);
    expect(out.indexOf(M(10))).toBeLessThan(out.indexOf(M(11)));
    expect(out.indexOf(M(11))).toBeLessThan(out.indexOf(M(12)));
    expect(text(out.slice(0, out.indexOf(M(11))))).toHaveLength(260);
    expect(text(out.slice(0, out.indexOf(M(12))))).toHaveLength(430);
  });

  it("accepts marks in any order and keeps equal positions in the given order", () => {
    const out = insertMarkers(p, [
      { folio: 5, charOffset: 7 },
      { folio: 2, charOffset: 1 },
    ]);
    expect(out).toBe(`<p id="a-1">做${M(2)}好新疆工作,${M(5)}关键在党。</p>`);
    expect(
      insertMarkers(p, [
        { folio: 7, charOffset: 3 },
        { folio: 8, charOffset: 3 },
      ]),
    ).toBe(`<p id="a-1">做好新${M(7)}${M(8)}疆工作,关键在党。</p>`);
  });

  it("counts an entity as one character and never splits it", () => {
    const html = '<p id="a-3">A&amp;B &lt;党&gt;</p>';
    expect(insertMarkers(html, [{ folio: 1, charOffset: 2 }])).toBe(`<p id="a-3">A&amp;${M(1)}B &lt;党&gt;</p>`);
    expect(insertMarkers(html, [{ folio: 1, charOffset: 5 }])).toBe(`<p id="a-3">A&amp;B &lt;${M(1)}党&gt;</p>`);
  });

  it("puts an offset at or past the end before the closing tag", () => {
    expect(insertMarkers(p, [{ folio: 6, charOffset: 12 }])).toBe(`<p id="a-1">做好新疆工作,关键在党。${M(6)}</p>`);
    expect(insertMarkers(p, [{ folio: 6, charOffset: 500 }])).toBe(`<p id="a-1">做好新疆工作,关键在党。${M(6)}</p>`);
  });

  it("skips tags whose quoted attributes hold '>' and counts a figure's caption text", () => {
    const fig =
      '<figure id="a-4" class="figure"><img src="x.jpg" alt="a > b" /><figcaption><span class="caption">村民</span><span class="credit">□摄</span></figcaption></figure>';
    expect(insertMarkers(fig, [{ folio: 2, charOffset: 1 }])).toContain(`村${M(2)}民`);
    expect(insertMarkers(fig, [{ folio: 2, charOffset: 0 }])).toBe(
      fig.replace('class="figure">', `class="figure">${M(2)}`),
    );
  });

  it("never puts a marker directly inside a list: whitespace between items moves to the next item's text", () => {
    const list = '<div id="a-5" class="list"><ul>\n<li>第一条</li>\n<li>第二条</li>\n</ul>\n</div>';
    // text: "\n" + "第一条" + "\n" + "第二条" + "\n" + "\n"; offset 4 is the "\n" between the items
    expect(insertMarkers(list, [{ folio: 3, charOffset: 4 }])).toContain(`<li>${M(3)}第二条</li>`);
    expect(insertMarkers(list, [{ folio: 3, charOffset: 6 }])).toContain(`<li>第${M(3)}二条</li>`);
  });

  it("leaves a block without marks untouched", () => {
    expect(insertMarkers(p, [])).toBe(p);
  });
});

describe("pageListNav", () => {
  it("lists every page in folio order, linking to its marker", () => {
    const nav = pageListNav([
      { folio: 3, href: "b.xhtml" },
      { folio: 1, href: "a.xhtml" },
    ]);
    expect(nav).toContain('epub:type="page-list"');
    expect([...nav.matchAll(/<a href="([^"]+)">(\d+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ["a.xhtml#page-1", "1"],
      ["b.xhtml#page-3", "3"],
    ]);
  });
});
