import { describe, expect, it } from "vitest";
import { fullWidthPunctuation, fullWidthPunctuationHtml } from "../../src/text/cjk-punctuation.js";

describe("full-width punctuation in Chinese text", () => {
  it("sets half-width , : ; ? ! between Chinese characters full-width, without spaces", () => {
    expect(fullWidthPunctuation("近年来,新疆克孜勒苏 , 推动工作:一是;二是?好!")).toBe(
      "近年来，新疆克孜勒苏，推动工作：一是；二是？好！",
    );
    expect(fullWidthPunctuation("“四个意识”,坚定")).toBe("“四个意识”，坚定");
  });

  it("leaves numbers, times, Latin text and URLs alone", () => {
    expect(fullWidthPunctuation("1,000 人 10:30 开会")).toBe("1,000 人 10:30 开会");
    expect(fullWidthPunctuation("ISSN 2096-7462, CN 65-1309/D")).toBe("ISSN 2096-7462, CN 65-1309/D");
    expect(fullWidthPunctuation("see https://example.com/a?b=1")).toBe("see https://example.com/a?b=1");
  });

  it("sets parentheses full-width as a pair when they hold Chinese", () => {
    expect(fullWidthPunctuation("(作者单位:自治区党委组织部)")).toBe("（作者单位：自治区党委组织部）");
    expect(fullWidthPunctuation("电话 (0991)2698306")).toBe("电话 (0991)2698306");
    expect(fullWidthPunctuation("党支部(党总支、基层党委)")).toBe("党支部（党总支、基层党委）");
  });

  it("touches text only, never markup", () => {
    expect(fullWidthPunctuationHtml('<a href="https://x.cn/a,b">链接,文字</a>,后')).toBe(
      '<a href="https://x.cn/a,b">链接，文字</a>，后',
    );
    expect(fullWidthPunctuationHtml("他说&quot;好&quot;,对")).toBe("他说&quot;好&quot;，对");
  });
});
