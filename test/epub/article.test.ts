import { describe, expect, it } from "vitest";
import type { Block } from "../../src/model/types.js";
import { headingLevels } from "../../src/render/epub/article.js";

const h = (level: 2 | 3 | 4): Block => ({
  id: `a-${level}`,
  type: "heading",
  level,
  html: "小标题",
  classes: [],
  text: "小标题",
});

describe("headingLevels", () => {
  it("closes gaps under the article title, keeping the order of levels", () => {
    const only3 = headingLevels([h(3), h(3)]);
    expect(only3(3)).toBe(2);
    const twoAndFour = headingLevels([h(2), h(4)]);
    expect([twoAndFour(2), twoAndFour(4)]).toEqual([2, 3]);
    const all = headingLevels([h(4), h(2), h(3)]);
    expect([all(2), all(3), all(4)]).toEqual([2, 3, 4]);
  });
});
