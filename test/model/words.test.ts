/**
 * The furniture words (src/model/words.ts): every word has exactly the places WORD_PLACES names, as
 * magazine.yaml's editions must (src/model/edition-folder.ts): the Chinese defaults, and the test
 * editions' words in Uyghur and Mongolian (test/epub/fixtures/edition-words.ts).
 */
import { describe, expect, it } from "vitest";
import { CHINESE_WORDS, fillWord, placesOf, WORD_KEYS, WORD_PLACES, type Words } from "../../src/model/words.js";
import { MONGOLIAN_WORDS, UYGHUR_WORDS } from "../epub/fixtures/edition-words.js";

const wrongPlaces = (words: Words) =>
  WORD_KEYS.filter((k) => placesOf(words[k]).sort().join() !== [...(WORD_PLACES[k] ?? [])].sort().join());

describe("furniture words", () => {
  it.each([
    ["Chinese", CHINESE_WORDS],
    ["Uyghur (test)", UYGHUR_WORDS],
    ["Mongolian (test)", MONGOLIAN_WORDS],
  ])("%s: every key, each with exactly its places", (_, words) => {
    expect(Object.keys(words).sort()).toEqual([...WORD_KEYS].sort());
    expect(wrongPlaces(words)).toEqual([]);
  });

  it("fills a word's places and refuses a place without a value", () => {
    expect(fillWord(CHINESE_WORDS.issue_total, { issue: "2022年第8期", total: "总第313期" })).toBe(
      "2022年第8期（总第313期）",
    );
    expect(() => fillWord(CHINESE_WORDS.cover_alt, {})).toThrow(/no value for \{title\}/);
  });
});
