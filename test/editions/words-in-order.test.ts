import { describe, expect, it } from "vitest";
import { wordsInOrder } from "../../src/text/words-in-order.js";

const source = "ھەممە ئادەم زانىدىنلا ئەركىن، ئىززەت-ھۆرمەت ۋە ھوقۇقتا باپباراۋەر بولۇپ تۇغۇلغان.";

describe("words copied out whole and in order", () => {
  it("counts every word of a faithful extraction, marks and lam-alef order aside", () => {
    const extracted = "\u202Bھەممە ئادەم زانىدىنال ئەركىن ،ئىززەت -ھۆرمەت ۋە ھوقۇقتا باپباراۋەر\u202C\nبولۇپ تۇغۇلغان.";
    expect(wordsInOrder(source, extracted).share).toBe(1);
  });
  it("fails a text whose lines come out backwards, or with a line missing", () => {
    const backwards = "ۋە ھوقۇقتا باپباراۋەر بولۇپ تۇغۇلغان ھەممە ئادەم زانىدىنلا ئەركىن ئىززەت ھۆرمەت";
    expect(wordsInOrder(source, backwards).share).toBeLessThan(0.99);
    expect(wordsInOrder(source, "ھەممە ئادەم زانىدىنلا ئەركىن").share).toBeLessThan(0.5);
  });
});
