import { describe, expect, it } from "vitest";
import { FURNITURE, normalise, seedSentences, stripFurniture } from "../../src/model/furniture.js";

describe("FURNITURE", () => {
  it("documents every rule", () => {
    expect(FURNITURE.length).toBeGreaterThan(5);
    for (const r of FURNITURE) {
      expect(r.name).toBeTruthy();
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.pattern.global, `${r.name} must be global`).toBe(true);
    }
    expect(new Set(FURNITURE.map((r) => r.name)).size).toBe(FURNITURE.length);
  });

  it("removes continuation notes, photo page references and the 目录", () => {
    const t = stripFurniture(
      "目 录 MULU\n\n- 1 卷首语 辛组研\n\n封面:某园区 韩亮/摄\n\nP16\n\n发展预期目标。（转下页）\n\n(接上页)马兴瑞强调,",
    );
    expect(t).not.toMatch(/MULU|卷首语|P16|转下页|接上页/);
    expect(t).toContain("某园区\n韩亮/摄");
    expect(t).toContain("发展预期目标。");
    expect(t).toContain("马兴瑞强调,");
  });

  it("turns structural markers into the values front matter keeps", () => {
    const t = stripFurniture(
      "营造风清气正的政治生态。 [责任编辑:林庆霞]\n(作者单位:新疆塔城地委组织部)\n（摘自《法制日报》）\n〔责任编辑：吐尔逊·麦麦提〕\n议事活动。 □曹 怡/摄\n(王超)\n唐丽君 苗 密\n◆新疆乌苏市建强“红管家”服务千万家",
    );
    const lines = t
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual([
      "营造风清气正的政治生态。",
      "林庆霞",
      "新疆塔城地委组织部",
      "摘自《法制日报》",
      "吐尔逊·麦麦提",
      "议事活动。",
      "曹 怡/摄",
      "王超",
      "唐丽君",
      "苗密",
      "新疆乌苏市建强“红管家”服务千万家",
    ]);
  });
});

describe("seedSentences", () => {
  it("splits at sentence punctuation and line ends and removes whitespace", () => {
    expect(seedSentences("做好新疆工作,关键在党。学习贯彻 精神!对吗?是;好……\n新的 一行。")).toEqual([
      "做好新疆工作,关键在党。",
      "学习贯彻精神!",
      "对吗?",
      "是;",
      "好……",
      "新的一行。",
    ]);
  });

  it("drops pieces that are only punctuation (a closing quote after 。)", () => {
    expect(seedSentences("他说:“好。”\n\n(均据新华社)")).toEqual(["他说:“好。", "(均据新华社)"]);
  });

  it("drops furniture entirely", () => {
    expect(seedSentences("P21\n\n2022·8\n\n总第313期\n\n9 772096 746223")).toEqual([]);
  });

  it("normalises whitespace", () => {
    expect(normalise(" 新华社记者 燕 雁/摄\n")).toBe("新华社记者燕雁/摄");
  });
});
