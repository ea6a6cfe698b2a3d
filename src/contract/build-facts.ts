/**
 * build.json's `facts`: what each stage records about its run, merged by the build in stage order.
 * Every key is optional: a stage that did not run (`--only`) leaves its keys out.
 */
import type { Copyfit } from "./copyfit.js";
import type { FitRow } from "./fit-report.js";
import type { Edition, ImageReport, ResolutionStatus } from "./image-report.js";
import type { TypeFacts } from "./type-report.js";

/** facts.images as the images stage writes them; the print stage adds the placed sizes' report. */
export interface ImagesFacts {
  count: number;
  ms: number;
  sharpPipelines: number;
  renditions: {
    src: string;
    edition: Edition;
    file: string;
    widthPx: number;
    heightPx: number;
    bytes: number;
    cached: boolean;
  }[];
  summary?: Record<ResolutionStatus, number> & { images: number };
  minPpi?: number | null;
  reports?: ImageReport[];
}

/** facts.flatplan: the fitter's passes, its report run by run, and the copyfit. */
export interface FlatplanFacts {
  passes: number;
  runs: FitRow[];
  copyfit: Copyfit[];
}

/** Layout passes made in the browser, and passes taken from the layout cache; runs laid out and taken from the run cache. */
export interface LayoutFacts {
  laidOut: number;
  fromCache: number;
  runs: { laidOut: number; fromCache: number };
}

/** What the print stage records (the page counts, the 目录's PDF pages, the layout's figures). */
export interface PrintFacts {
  pages: number;
  innerPages: number;
  padPages: number;
  /** 1-based PDF pages of the 目录. */
  tocPdfPages: number[];
  warnings: string[];
  flatplan?: FlatplanFacts;
  layout: LayoutFacts;
  /** The type report (absent for a vertical edition: it reads horizontal lines). */
  type?: TypeFacts;
  timingsMs: Record<string, number>;
}

/** A content document of the EPUB as build.json lists it (facts.epub.documents), for `folio publish`. */
export interface EpubDocument {
  href: string;
  title: string;
  kind: "cover" | "title" | "imprint" | "toc" | "article" | "cover-page";
  articleId?: string;
}

export interface EpubFacts {
  entries: number;
  images: number;
  pageList: number;
  fonts: { href: string; bytes: number; glyphs: number }[];
  documents: EpubDocument[];
  ms: number;
}

/** One EPUB check's line in facts.epubCheck (EPUBCheck, Ace, the store rules). */
export interface EpubCheckFacts {
  check: string;
  detail: string;
  warnings: number;
  ms: number;
  documents?: { checked: number; kept: number };
  kept?: boolean;
}

export interface PreflightFacts {
  failed: number;
  warned: number;
  mode: "press" | "draft";
  placeholders: number;
  seconds: number;
  timings: Record<string, number>;
  pagesRendered: Record<string, number>;
  figures: Record<string, number | string>;
}

/** The press PDF as the handoff made it: PDF/X flavour, press condition, colour and image conversion. */
export interface PressFacts {
  pdfx: string;
  /** A 草稿 · draft: the press file went out as <id>-press-草稿-DRAFT.pdf, marked and without PDF/X identity. */
  draft: boolean;
  condition: {
    identifier: string;
    registry: string;
    outputCondition: string;
    totalInkLimit: number;
    source: "built" | "cached" | "printer";
  };
  iccProfile: { path: string; description: string };
  gsMs: number;
  kept: boolean;
  /** Operators rewritten, per palette colour name. */
  colours: Record<string, number>;
  colourOperators: number;
  images: { converted: number; cached: number; left: string[]; ms: number };
  /** 1-based page → annotations removed there. */
  annotationsRemoved: Record<number, number>;
  toUnicode: { fonts: number; restored: number };
  boxesSet: number;
  flattenedPages: number[];
}

export interface ProofFacts {
  images: number;
  pagesMs: number;
  marksMs: number;
}

/** facts.proofRound: the proof round this build made (`folio proof`), and what changed since the last. */
export interface ProofRoundFacts {
  round: number;
  label: string;
  date: string;
  build: string;
  /** Pages changed since the last round (null for the first round). */
  changed: { page: string; kind: string; files: string[]; areas: number }[] | null;
}

export interface BuildFacts extends Partial<PrintFacts> {
  images?: ImagesFacts;
  epub?: EpubFacts;
  epubCheck?: EpubCheckFacts[];
  preflight?: PreflightFacts;
  press?: PressFacts;
  proof?: ProofFacts;
  proofRound?: ProofRoundFacts;
}
