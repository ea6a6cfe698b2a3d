/**
 * Fidelity: every sentence of the printed issue's extracted text (minus documented furniture,
 * src/model/furniture.ts) is present in the issue data, and the data has no text the print lacks.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIssue } from "../../src/check/load.js";
import { articlePlainText, issuePlainText } from "../../src/model/text.js";
import { FURNITURE, normalise, seedSentences, textNotInSeed } from "../../src/model/furniture.js";
import type { Issue } from "../../src/model/types.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const seed = readFileSync(path.join(ROOT, "test/fixtures/seed-2022-08.txt"), "utf8");

describe("issue 2022-08 keeps every word of the print", () => {
  let issue: Issue;
  let plain: string;
  beforeAll(async () => {
    issue = await loadIssue(path.join(ROOT, "issues/2022-08"));
    plain = normalise(issuePlainText(issue));
  });

  it("has all articles of the 目录 in reading order", () => {
    expect(issue.articles.length).toBeGreaterThanOrEqual(40);
    const pages = issue.articles.filter((a) => !a.place).map((a) => a.plannedPage ?? 0);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(issue.articles[0].id).toBe("p001-juanshouyu");
  });

  it("contains every seed sentence", () => {
    const sentences = seedSentences(seed);
    expect(sentences.length).toBeGreaterThan(1500);
    const missing = sentences.filter((s) => !plain.includes(s));
    expect(missing).toEqual([]);
  });

  it("has no article text that is absent from the seed", () => {
    const extra: string[] = [];
    for (const a of issue.articles) {
      const rest = textNotInSeed(
        a.blocks.map((b) => b.text),
        seed,
      );
      if (rest.length) extra.push(`${a.id}: ${rest.join(" | ")}`);
    }
    expect(extra).toEqual([]);
  });

  it("moves structural markers into front matter instead of dropping them", () => {
    const byId = new Map(issue.articles.map((a) => [a.id, a]));
    expect(byId.get("p001-juanshouyu")?.editor).toBe("林庆霞");
    expect(byId.get("p014-fazhi-liliang")?.sourceNote).toBe("摘自《法制日报》");
    expect(byId.get("p016-ningxin-juli")?.affiliation).toBe("新疆乌鲁木齐市委组织部");
    expect(byId.get("p024-zuzhi-buzhang-luntan")?.lead?.label).toBe("编者按");
    expect(issue.cover.credit).toBe("韩亮/摄");
    const text = issue.articles.map(articlePlainText).join("\n");
    expect(text).not.toMatch(/责任编辑|作者单位[:：]|□|转下页|接上页/);
  });

  it("keeps the furniture list no longer than what it removes", () => {
    for (const rule of FURNITURE) {
      rule.pattern.lastIndex = 0;
      expect(rule.pattern.test(seed), `${rule.name} matches nothing in the seed`).toBe(true);
    }
  });
});
