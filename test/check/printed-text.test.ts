/** What of a source file can print, line for line: YAML comments and HTML comments are blanked. */
import { describe, expect, it } from "vitest";
import { printedLines, withoutOtherEditions, yamlWithoutComment } from "../../src/check/printed-text.js";

describe("printed text of the sources", () => {
  it("drops a YAML comment, but not a # inside quotes or a word", () => {
    expect(yamlWithoutComment("  - { id: p004, page: 4 }  # 目录 p.4 😀")).toBe("  - { id: p004, page: 4 }  ");
    expect(yamlWithoutComment("# 整行注释")).toBe("");
    expect(yamlWithoutComment('caption: "第#1期 # 不是注释"')).toBe('caption: "第#1期 # 不是注释"');
    expect(yamlWithoutComment("title: C#语言")).toBe("title: C#语言");
  });

  it("keeps every line in its place: front matter comments and HTML comments blanked", () => {
    const md = "---\ntitle: 标题 # 注释\n---\n\n正文<!-- 批注 -->继续\n<!-- 多行\n批注 -->尾\n";
    expect(printedLines(md, "markdown")).toEqual(["---", "title: 标题 ", "---", "", "正文继续", "", "尾", ""]);
    expect(printedLines("\uFEFFa: 1\r\nb: 2 # x", "yaml")).toEqual(["a: 1", "b: 2 "]);
  });

  it("keeps of magazine.yaml's editions block only the edition's own", () => {
    const lines = [
      "title: 党员之友",
      "editions:",
      "  ug:",
      "    title: دوستى",
      "  mn-Mong:",
      "    title: ᠨᠥᠬᠦᠷ",
      "sections:",
      "  - 要闻",
    ];
    expect(withoutOtherEditions(lines)).toEqual(["title: 党员之友", "", "", "", "", "", "sections:", "  - 要闻"]);
    expect(withoutOtherEditions(lines, "ug")).toEqual([
      "title: 党员之友",
      "",
      "  ug:",
      "    title: دوستى",
      "",
      "",
      "sections:",
      "  - 要闻",
    ]);
  });
});
