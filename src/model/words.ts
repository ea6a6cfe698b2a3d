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
