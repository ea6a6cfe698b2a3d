/**
 * Page furniture of the extracted print text, and the sentences of that text that the issue data
 * must keep (fidelity test: test/content/fidelity.test.ts).
 *
 * The seed (test/fixtures/seed-2022-08.txt) is the full text pulled out of the printed PDF.
 * Besides the articles it holds things that are not issue data (page furniture: continuation
 * notes, photo page references, the 目录 which is regenerated from the articles, cover/barcode
 * artwork) and structural markers whose *content* moves into front matter ("[责任编辑:X]" →
 * editor X). Every such rule is listed here with its reason; a rule either removes text
 * (no `replace`) or rewrites it to exactly what the data keeps (`replace`), so nothing is dropped
 * silently: the fidelity test still checks the kept part.
 *
 * Rules are applied in order to the whole text (patterns are global and multi-line).
 */

export interface FurnitureRule {
  name: string;
  pattern: RegExp;
  why: string;
  /** Replacement (String.prototype.replace semantics). Absent: the match is removed. "\n" splits clauses. */
  replace?: string | ((match: string, ...groups: string[]) => string);
}

/** Space-separated names: two-character names are printed padded ("苗 密"); join such pairs. */
function splitNames(line: string): string {
  const tokens = line.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].length === 1 && tokens[i + 1]?.length === 1) {
      out.push(tokens[i] + tokens[i + 1]);
      i++;
    } else out.push(tokens[i]);
  }
  return out.join("\n");
}

export const FURNITURE: FurnitureRule[] = [
  // ── cover artwork ─────────────────────────────────────────────────────────────
  {
    name: "cover issue line",
    pattern: /^\d{4}·\d{1,2}$/gm,
    why: "封一 issue line (2022·8): rendered from issue.yaml year/number",
  },
  { name: "cover total number", pattern: /^总第\d+期$/gm, why: "封一 总第N期: rendered from issue.yaml total_number" },
  {
    name: "barcode digits",
    pattern: /^\d \d{6} \d{6}$/gm,
    why: "EAN-13 text under the ISSN barcode: drawn by the barcode renderer from the ISSN",
  },
  { name: "barcode scale", pattern: /^\d\.\d{2}$/gm, why: "size label (0.85) of the barcode artwork, not text" },
  // ── imprint (版权页) ──────────────────────────────────────────────────────────
  {
    name: "imprint field label",
    pattern: /^(?:主 管|主 办|出 版)$/gm,
    why: "labels of imprint.supervisor/sponsor/publisher; the values that follow are kept",
  },
  {
    name: "imprint inline label",
    pattern: /^(?:地 址|电 话|邮 编|投稿邮箱|定 价|出版日期|印刷装订|国内统一连续出版物号:|国际标准连续出版物号:) */gm,
    why: "label before an imprint/magazine value (address, phone, postcode, email, price, 出版日期, 印刷装订, CN, ISSN); the value is kept",
  },
  // ── 目录 ───────────────────────────────────────────────────────────────────────
  {
    name: "table of contents",
    pattern: /^目 录 MULU$[\s\S]*?^(?=封面:)/gm,
    why: "the printed 目录 is regenerated from the articles (titles, pages, authors) and section names",
  },
  {
    name: "cover caption",
    pattern: /^封面:(.+?) +(\S+\/摄)$/gm,
    replace: "$1\n$2",
    why: "目录 line '封面:caption credit' → issue.yaml cover.caption and cover.credit",
  },
  {
    name: "photo page reference",
    pattern: /^P\d{1,2}$/gm,
    why: "'P16'-style references to photo pages next to the 目录 thumbnails",
  },
  // ── running furniture ──────────────────────────────────────────────────────────
  {
    name: "continuation note",
    pattern: /[(（](?:转下页|接上页)[)）]/g,
    why: "(转下页)/(接上页): the continued text is rejoined in reading order",
  },
  {
    name: "advertisement page",
    pattern: /^2022 全民健身日\n+全民健身一起来$/gm,
    why: "one-page 公益广告 (全民健身日) between 组织部长论坛 and p.30: an advertisement, not article text (issue.yaml lists it as a page filler)",
  },
  {
    name: "title artwork fragment",
    pattern: /^繁多,品质优良。吐鲁番的葡萄哈密\n天下,阿图什的无花果名声大,下野$/gm,
    why: "p.56 (生活之友): two clipped lines of lettering inside the title artwork, a cut-off variant of the intro paragraph that is kept",
  },
  // ── structural markers → front matter / figures ────────────────────────────────
  {
    name: "photo credit box",
    pattern: /□ */g,
    replace: "\n",
    why: "'□name/摄' → figure/cover credit 'name/摄' (the box is drawn by the stylesheet)",
  },
  {
    name: "editor",
    pattern: /[[【〔]责任编辑[:：] *([^\]】〕]+)[\]】〕]/g,
    replace: "\n$1",
    why: "'[责任编辑:X]' → front matter editor: X (the label and brackets are added by the template)",
  },
  {
    name: "affiliation",
    pattern: /[(（]作者单位[:：]([^)）]+)[)）]/g,
    replace: "$1",
    why: "'(作者单位:X)' → front matter affiliation: X",
  },
  {
    name: "source",
    pattern: /^[(（](摘(?:编)?自《[^》]+》)[)）]$/gm,
    replace: "$1",
    why: "'(摘自《…》)' → front matter source: 摘自《…》 (brackets added by the template)",
  },
  {
    name: "editor's note label",
    pattern: /^编者按 +/gm,
    replace: "编者按\n",
    why: "'编者按 text' → lead: { label: 编者按, text }",
  },
  {
    name: "brief bullet",
    pattern: /^◆/gm,
    why: "◆ before each short-report title (pp.40–43) is drawn by the stylesheet",
  },
  {
    name: "brief byline",
    pattern: /^[(（]([\u4e00-\u9fff]{2,4})[)）]$/gm,
    replace: "$1",
    why: "'(王超)' under a short report → authors: [王超] (brackets added by the template)",
  },
  {
    name: "name list",
    pattern: /^[\u4e00-\u9fff·]+(?: +[\u4e00-\u9fff·]+)+$/gm,
    replace: (m: string) => splitNames(m),
    why: "space-separated bylines/masthead names ('唐丽君 苗 密') → one authors/names entry each; two-character names are padded with a space in print",
  },
];

/** The seed text with every furniture rule applied. */
export function stripFurniture(seedText: string): string {
  let t = seedText.replace(/\r\n?/g, "\n");
  for (const rule of FURNITURE) {
    rule.pattern.lastIndex = 0;
    t =
      typeof rule.replace === "function"
        ? t.replace(rule.pattern, rule.replace)
        : t.replace(rule.pattern, rule.replace ?? "");
  }
  return t;
}

/** Only punctuation, symbols or nothing: not worth checking on its own. */
const EMPTY = /^[\p{P}\p{S}\s]*$/u;

/**
 * Sentences/clauses of the seed after furniture removal: split at 。!?;… (full or half width)
 * and at line ends, whitespace removed. Each must be a substring of the plain text
 * (whitespace removed).
 */
export function seedSentences(seedText: string): string[] {
  const text = stripFurniture(seedText);
  const out: string[] = [];
  for (const piece of text.match(/[^。!?！？;；…\n]*[。!?！？;；…]*/g) ?? []) {
    const s = piece.replace(/\s+/g, "");
    if (!EMPTY.test(s)) out.push(s);
  }
  return out;
}

/** Remove all whitespace: Chinese print text has none that matters; line breaks come from the columns. */
export const normalise = (s: string) => s.replace(/\s+/g, "");

/**
 * Reverse fidelity: the parts of `text` that are not made of seed lines. Each block of issue text
 * (a paragraph, heading, caption…) must be a concatenation of whole lines of the furniture-stripped
 * seed (the column extraction splits paragraphs into lines; rejoining them is allowed, changing them
 * is not). Punctuation between lines is tolerated. Returns the unexplained runs.
 */
export function textNotInSeed(blocks: string[], seedText: string): string[] {
  const lines = [...new Set(stripFurniture(seedText).split("\n").map(normalise).filter(Boolean))];
  const byHead = new Map<string, string[]>();
  for (const l of lines) {
    const k = l[0];
    byHead.set(k, [...(byHead.get(k) ?? []), l]);
  }
  for (const list of byHead.values()) list.sort((a, b) => b.length - a.length);
  const extra: string[] = [];
  for (const block of blocks) {
    const t = normalise(block);
    let i = 0;
    let run = "";
    while (i < t.length) {
      const hit = byHead.get(t[i])?.find((l) => t.startsWith(l, i));
      if (hit) {
        if (run) extra.push(run);
        run = "";
        i += hit.length;
      } else {
        if (!/[\p{P}\p{S}]/u.test(t[i])) run += t[i];
        else if (run) {
          extra.push(run);
          run = "";
        }
        i++;
      }
    }
    if (run) extra.push(run);
  }
  return extra;
}
