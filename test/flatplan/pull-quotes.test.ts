import { describe, expect, it } from "vitest";
import { choosePullQuotes, pullQuoteCount } from "../../src/flatplan/pull-quotes.js";
import type { Article } from "../../src/model/types.js";

const para = (id: string, text: string) => ({ id, type: "paragraph", classes: [], text, html: text });
const article = (...texts: string[]) => ({ blocks: texts.map((t, i) => para(`b${i}`, t)) }) as unknown as Article;

describe("pull quotes", () => {
  it("take whole sentences of the article, never from its first or last paragraph, and a closing quotation mark stays with its sentence", () => {
    const a = article(
      "开头的这一段落不会被选作引语，因为它是文章的开头部分。",
      "他说这句话很短。我说：“你要全心全意为人民服务，不管什么时候，都要守住你的心。”外公的话让我感到震撼，深深印在我脑海里。",
      "结尾的这一段落也不会被选作引语，因为它是文章的结尾部分。",
    );
    expect(pullQuoteCount(a)).toBe(1);
    const [q] = choosePullQuotes(a, 2);
    expect(q).toEqual({ afterBlockId: "b1", text: "我说：“你要全心全意为人民服务，不管什么时候，都要守住你的心。”" });
    expect(q.text).not.toMatch(/^[”’」』]/);
  });
});
