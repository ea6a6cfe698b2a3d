import { describe, expect, it } from "vitest";
import { bareText, squash } from "../../src/text/squash.js";
import { escapeHtml, unescapeHtml } from "../../src/text/escape.js";

describe("text as PDF extraction leaves it", () => {
  it("drops punctuation and symbols, folds full-width forms and keeps one space", () => {
    expect(bareText("《党员之友》：  ２０２２ 年 ·  第８期")).toBe("党员之友 2022 年 第8期");
  });

  it("squashes the spaces out as well", () => {
    expect(squash("“不忘 初心”，\n牢记使命！")).toBe("不忘初心牢记使命");
    expect(squash("不忘初心牢记使命")).toBe(squash("不忘 初心 牢记 使命"));
  });
});

describe("HTML escaping", () => {
  it("escapes the five characters and takes them back", () => {
    const s = `<a href="x">Tom & Jerry's</a>`;
    expect(escapeHtml(s)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    expect(unescapeHtml(escapeHtml(s))).toBe(s);
    expect(escapeHtml(undefined)).toBe("");
    expect(escapeHtml(8)).toBe("8");
  });
});
