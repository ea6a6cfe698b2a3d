import { describe, expect, it } from "vitest";
import { CHINESE_WORDS, fillWord, placesOf, WORD_KEYS, WORD_PLACES } from "../../src/model/words.js";
import { lettersNotForms, parseToUnicode } from "../../src/handoff/to-unicode.js";
import { readingOrder, readingOrderArgs, stripBidiControls } from "../../src/text/bidi.js";

describe("the furniture's words", () => {
  it("has a Chinese word for every key, each keeping exactly its places", () => {
    for (const key of WORD_KEYS) {
      expect(CHINESE_WORDS[key], key).toBeDefined();
      expect(placesOf(CHINESE_WORDS[key]).sort(), key).toEqual([...(WORD_PLACES[key] ?? [])].sort());
    }
  });
  it("fills places and refuses a word whose value is missing", () => {
    expect(fillWord(CHINESE_WORDS.continued_on, { page: 12 })).toBe("（下转第12页）");
    expect(fillWord("{year}-يىللىق {number}-سان", { year: 2022, number: 12 })).toBe("2022-يىللىق 12-سان");
    expect(() => fillWord(CHINESE_WORDS.continued_on, {})).toThrow(/page/);
  });
});

describe("text read back from right-to-left pages", () => {
  it("drops embedding marks and reads RTL pages in poppler's reading order", () => {
    expect(stripBidiControls("\u202Bسۆز بېشى\u202C \u202A1\u202C")).toBe("سۆز بېشى 1");
    expect(readingOrderArgs("ltr")).toEqual(["-raw"]);
    expect(readingOrderArgs("rtl")).toEqual(["-layout"]);
    // A 目录 line as -layout prints it (number left, title right) reads title first.
    expect(readingOrder("  \u202A1\u202C        \u202Bسۆز بېشى\u202C      \u202Bباش سۆز\u202C", "rtl")).toBe(
      "باش سۆز سۆز بېشى 1",
    );
    expect(readingOrder("a  b", "ltr")).toBe("a  b");
    // Words two or three spaces apart (a justified line) stay in poppler's logical order.
    expect(readingOrder("ھەممە   ئادەم  زانىدىنلا", "rtl")).toBe("ھەممە   ئادەم  زانىدىنلا");
  });

  it("maps shaped Arabic glyphs to their letters, leaves other maps as they are", () => {
    const cmap = (entries: string) => `/CIDInit /ProcSet findresource begin\nbegincmap\n${entries}\nendcmap\nend\n`;
    const shaped = cmap(
      "2 beginbfchar\n<0506> <FE8B>\n<0003> <0020>\nendbfchar\n1 beginbfrange\n<0010> <0011> <FEFB>\nendbfrange",
    );
    const fixed = parseToUnicode(lettersNotForms(shaped));
    expect(fixed.get(0x0506)).toBe("0626"); // YEH WITH HAMZA ABOVE, not its initial form
    expect(fixed.get(0x0003)).toBe("0020");
    expect(fixed.get(0x0010)).toBe("06440627"); // LAM-ALEF ligature → lam, alef
    const chinese = cmap("1 beginbfchar\n<0010> <4E60>\nendbfchar");
    expect(lettersNotForms(chinese)).toBe(chinese);
  });
});
