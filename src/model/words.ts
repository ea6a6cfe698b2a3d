/**
 * The words the furniture prints (目录, 封二, 版权页, "下转第N页" …), per edition: the Chinese edition's
 * are the defaults below; every other edition gives all of them in its own script (magazine.yaml
 * `editions.<tag>.words`). A word with {name} places is filled by `fillWord`.
 */
import { InternalError } from "../contract/errors.js";

export const WORD_KEYS = [
  "contents",
  "contents_latin",
  "cover",
  "inside_front_cover",
  "inside_back_cover",
  "back_cover",
  "imprint",
  "title_page",
  "supervisor",
  "sponsor",
  "publisher",
  "address",
  "phone",
  "postcode",
  "email",
  "price",
  "publication_day",
  "printer",
  "issn",
  "cn",
  "notes",
  "ad",
  "photo",
  "issue",
  "total",
  "continued_on",
  "continued_from",
  "affiliation",
  "editor",
  "figure",
  "figure_captioned",
  "qr_code",
  "barcode",
  "page",
  // The EPUB's own furniture (src/render/epub): labels, alt texts and the package's sentences.
  "issue_total",
  "cover_alt",
  "cover_alt_photo",
  "figure_of",
  "figure_below",
  "published_on",
  "source_note",
  "landmarks",
  "body_matter",
  "page_list",
  "description",
  "list_separator",
  "a11y_summary",
  "a11y_pages",
] as const;

export type WordKey = (typeof WORD_KEYS)[number];
export type Words = Record<WordKey, string>;

/** The places each word must keep when an edition translates it. */
export const WORD_PLACES: Partial<Record<WordKey, string[]>> = {
  issue: ["year", "number"],
  total: ["total"],
  continued_on: ["page"],
  continued_from: ["page"],
  affiliation: ["name"],
  editor: ["name"],
  issue_total: ["issue", "total"],
  cover_alt: ["title"],
  cover_alt_photo: ["title", "caption"],
  figure_of: ["title"],
  published_on: ["day", "date"],
  source_note: ["source"],
  description: ["title", "sections"],
  a11y_summary: ["title", "issue", "pages"],
};

export const CHINESE_WORDS: Words = {
  contents: "目 录",
  contents_latin: "MULU",
  cover: "封面",
  inside_front_cover: "封二",
  inside_back_cover: "封三",
  back_cover: "封四",
  imprint: "版权页",
  title_page: "书名页",
  supervisor: "主管",
  sponsor: "主办",
  publisher: "出版",
  address: "地址",
  phone: "电话",
  postcode: "邮编",
  email: "投稿邮箱",
  price: "定价",
  publication_day: "出版日期",
  printer: "印刷装订",
  issn: "国际标准连续出版物号",
  cn: "国内统一连续出版物号",
  notes: "学习笔记",
  ad: "公益广告",
  photo: "图片",
  issue: "{year}年第{number}期",
  total: "总第{total}期",
  continued_on: "（下转第{page}页）",
  continued_from: "（上接第{page}页）",
  affiliation: "（作者单位：{name}）",
  editor: "［责任编辑：{name}］",
  figure: "图片",
  figure_captioned: "图片（说明见图注）",
  qr_code: "二维码",
  barcode: "条码",
  page: "页",
  issue_total: "{issue}（{total}）",
  cover_alt: "封面：{title}",
  cover_alt_photo: "封面：{title}；封面图片：{caption}",
  figure_of: "配图：{title}",
  figure_below: "图片（说明见下文）",
  published_on: "{day}（本期 {date}）",
  source_note: "（{source}）",
  landmarks: "导航",
  body_matter: "正文",
  page_list: "页码",
  description: "{title}。本期栏目：{sections}。",
  list_separator: "、",
  a11y_summary:
    "本电子书由《{title}》{issue}印刷版制作。提供目录和标题层级结构，阅读顺序与印刷版一致（书名页为电子版所加）；{pages}图片均有简短的替代文字，其说明见紧随其后的图注（不重复朗读）。不含闪烁、声音或动态内容。",
  a11y_pages: "书中标注了与印刷版对应的页码，可通过页码列表跳转；",
};

/** "（下转第{page}页）" + {page: 12} → "（下转第12页）". A place the word lacks a value for is a bug. */
export function fillWord(word: string, values: Record<string, string | number>): string {
  return word.replace(/\{([a-z]+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new InternalError(`no value for {${name}} in "${word}"`);
    return String(values[name]);
  });
}

/** The places of a word, e.g. ["page"] for "（下转第{page}页）". */
export function placesOf(word: string): string[] {
  return [...word.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]);
}
