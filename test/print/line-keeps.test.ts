import { describe, expect, it } from "vitest";
import { keepQuotes } from "../../src/render/print/body-edits.js";
import { keepLineRuns } from "../../src/render/print/line-keeps.js";

const kp = (s: string) => `<span class="kp">${s}</span>`;

describe("runs kept on one line", () => {
  it("keeps a number with its unit or measure word, and each number of a date with its own", () => {
    expect(keepLineRuns("仅2021年，受理17件")).toBe(`仅${kp("2021年")}，受理${kp("17件")}`);
    expect(keepLineRuns('<p id="x">2007年6月，为15 名大学生</p>')).toBe(
      `<p id="x">${kp("2007年")}${kp("6月")}，为${kp("15 名")}大学生</p>`,
    );
    expect(keepLineRuns("增长12.5%，联合国2030 议程")).toBe(`增长${kp("12.5%")}，联合国2030 议程`);
  });

  it("keeps a one-em 连接号 with the character before it, never a 破折号", () => {
    expect(keepLineRuns("“社区党支部—网格党小组—党员中心户”")).toBe(
      `“社区党支${kp("部—")}网格党小${kp("组—")}党员中心户”`,
    );
    expect(keepLineRuns("——加强城市基层治理")).toBe("——加强城市基层治理");
    // With keepQuotes after it, a closing quote before the dash stays with both.
    expect(keepQuotes(keepLineRuns("街道‘大工委’—社区"))).toContain(`<span class="kp">${kp("委’")}—</span>`);
  });

  it("leaves tags and entities whole", () => {
    expect(keepLineRuns('<span class="x" data-n="3年">A &amp;—B</span>')).toBe(
      '<span class="x" data-n="3年">A &amp;—B</span>',
    );
  });
});
