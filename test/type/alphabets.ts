/**
 * The letters of the scripts the magazine's other editions are written in, as used in China, for
 * the font coverage tests (script-coverage.test.ts). Code points from the Unicode Standard's
 * Arabic (U+0600–U+06FF) and Mongolian (U+1800–U+18AF) charts; letter lists from:
 *  - Uyghur: the Uyghur Arabic alphabet (Uyghur Ereb Yëziqi, standardised 1983): 32 letters in its
 *    order, plus the hamza seat ئ (U+0626) that every vowel at the start of a syllable is written on;
 *  - Kazakh (China): the 29 letters of the Kazakh Arabic alphabet (Baitursynov's reform, the script of
 *    the Kazakhs of Xinjiang) and the high hamza ٴ (U+0674) written before a word of front vowels;
 *    the four letters with it precomposed (U+0675–U+0678) are in the Arabic block for alphabet tables;
 *  - Kyrgyz (China, Kizilsu): the Arabic alphabet standardised in the 1950s, with a letter for each of
 *    the four rounded vowels: و o, ۅ ö (U+06C5), ۇ u, ۉ ü (U+06C9), and no hamza marker;
 *  - the punctuation of all three: Arabic comma ، U+060C, semicolon ؛ U+061B, question mark ؟ U+061F,
 *    and the tatweel ـ U+0640 (kashida, for justification);
 *  - traditional Mongolian: the letters U+1820–U+1842 and the punctuation U+1800–U+180A (birga,
 *    ellipsis, comma, full stop, colon, four dots, Todo and Sibe hyphens, Manchu comma and full stop,
 *    Nirugu).
 */

const letters = (s: string): number[] => s.split(" ").map((c) => c.codePointAt(0) ?? 0);

export const UYGHUR: readonly number[] = letters("ا ە ب پ ت ج چ خ د ر ز ژ س ش غ ف ق ك گ ڭ ل م ن ھ و ۇ ۆ ۈ ۋ ې ى ي ئ");

export const KAZAKH: readonly number[] = letters("ا ب ۆ گ ع د ە ج ز ي ك ق ل م ن ڭ و پ ر س ت ۋ ۇ ف ح ھ چ ش ى ٴ ٵ ٶ ٷ ٸ");

export const KYRGYZ: readonly number[] = letters("ا ە ب پ ت ج چ ح د ر ز س ش ع ف ق ك گ ڭ ل م ن و ۅ ۇ ۉ ۋ ى ي");

export const ARABIC_PUNCTUATION: readonly number[] = [0x060c, 0x061b, 0x061f, 0x0640];

const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

export const MONGOLIAN_LETTERS: readonly number[] = span(0x1820, 0x1842);
export const MONGOLIAN_PUNCTUATION: readonly number[] = span(0x1800, 0x180a);
