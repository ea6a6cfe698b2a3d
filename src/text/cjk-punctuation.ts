/**
 * Simplified Chinese print sets full-width punctuation in Chinese text. Sources (and text taken
 * from PDFs) often carry half-width , : ; ? ! ( ) between Chinese characters; the writers set them
 * full-width, with no spaces around them, leaving numbers (1,000 · 10:30), Latin text and URLs alone.
 * The model keeps the source text as it is.
 */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’《》]/;
const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！" };

/** Converts one run of text (no markup). */
export function fullWidthPunctuation(text: string): string {
  const chars = [...text];
  const near = (i: number, step: number): string => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) if (!/\s/.test(chars[j])) return chars[j];
    return "";
  };
  const out = chars.map((c, i) => {
    const full = FULL[c];
    if (!full) return c;
    const before = near(i, -1);
    const after = near(i, 1);
    return CJK.test(before) || CJK.test(after) ? full : c;
  });
  // Parentheses go full-width as a pair, when what they hold or what precedes them is Chinese.
  const stack: number[] = [];
  out.forEach((c, i) => {
    if (c === "(") stack.push(i);
    else if (c === ")") {
      const open = stack.pop();
      if (open === undefined) return;
      const inner = out.slice(open + 1, i).join("");
      if (CJK.test(inner)) {
        out[open] = "（";
        out[i] = "）";
      }
    }
  });
  // No space around full-width punctuation.
  return out.join("").replace(/[ \t]*([，：；？！（）、。])[ \t]*/g, "$1");
}

const ENTITY = /(&(?:#\d+|#x[0-9a-f]+|[a-z]+);)/i;

/** Applies fullWidthPunctuation to the text between tags of an HTML fragment (entities kept whole). */
export function fullWidthPunctuationHtml(html: string): string {
  return html.replace(
    /(^|>)([^<]+)/g,
    (_m, lead: string, text: string) =>
      lead +
      text
        .split(ENTITY)
        .map((part, i) => (i % 2 ? part : fullWidthPunctuation(part)))
        .join(""),
  );
}
