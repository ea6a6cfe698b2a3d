/** The shapes the print templates render: the issue's view, its covers, articles, 目录 entries and fillers. */
import type { Article, CoverPage, ImageRef, Issue } from "../../model/types.js";
import type { Words } from "../../model/words.js";

export type BlocksRenderer = (article: Article, imageUrl: (image: ImageRef) => string) => string;

export interface PrintView {
  lang: string;
  /** The edition's direction: its pages' content is set this way (the document stays ltr for Paged.js). */
  dir: "ltr" | "rtl";
  /** The furniture's words in the edition's script (src/model/words.ts). */
  words: Words;
  edition: { tag: string; base: boolean; baseTitle: string };
  docTitle: string;
  meta: { author: string; subject: string; keywords: string };
  page: { width: string; height: string; markArea: string; bleed: string };
  fontFaces: string;
  stylesheets: string[];
  magazine: Issue["magazine"];
  issueLabel: string; // 2022·8
  totalLabel: string; // 总第313期
  yearLabel: string; // 2022年第8期
  cover: CoverView;
  insideFrontCover?: CoverView;
  insideBackCover?: CoverView;
  backCover?: CoverView;
  imprint: Issue["imprint"];
  frontArticles: ArticleView[]; // before the imprint and 目录 (卷首语)
  bodyArticles: ArticleView[];
  toc: { id: string; name: string; entries: TocEntryView[] }[];
  pads: number[];
  /** An article printed on 封二 or 封三 instead of a photo page (e.g. 党建书苑 on 封三). */
  insideFrontCoverArticle?: ArticleView;
  insideBackCoverArticle?: ArticleView;
  /** The flatplan fitter's per-article settings (empty when the layout is as designed). */
  fitCss: string;
}

/** One 目录 entry as the magazine prints it. */
export interface TocEntryView {
  id: string;
  /** The title as the 目录 prints it (toc_title, else the page's), and as phrase-broken HTML. */
  title: string;
  titleHtml: string;
  kicker?: string;
  subtitle?: string;
  authors: string;
  /** 封二, 封三 or 封四, printed where the page number stands, for an item on a cover. */
  place?: string;
}

/** A page placed after a run: an issue-data filler (advertisement, photo) or a 学习笔记 notes page. */
export interface FillerView {
  notes: boolean;
  url?: string;
  caption?: string;
  label?: string;
  kind?: string;
}

export interface CoverView extends CoverPage {
  url?: string;
  /** Link target of a cover page listed in the 目录. */
  anchor: string;
}

export interface ArticleView extends Article {
  anchor: string;
  sectionStart: boolean;
  innerStart?: boolean;
  /** Runs on after the previous article instead of starting a new page. */
  runOn?: boolean;
  columns: number;
  variant: string;
  bodyHtml: string;
  authorLine: string;
  /** 作者单位, source and 责任编辑 lines (src/render/html/end-notes.ts, shared with the EPUB). */
  endNotesHtml: string;
  /** Filler pages after this article, to keep the next one on its planned page. */
  fillers: FillerView[];
  /** The title as phrase-broken HTML (breaks only between phrases). */
  titleHtml: string;
  /** The wide photo that opens the article (set between head and text), if the flatplan chose one. */
  openerHtml: string;
  /** The continued part of an article printed on a later page (no head, no running head). */
  continuation?: { fromPage: number; toPage: number };
}
