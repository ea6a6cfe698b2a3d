/** What the preview's frame (frame.js) reports to its viewer (viewer.js), and what the viewer shows. */

/** A 目录 line as laid out in the frame. */
export interface FrameTocLine {
  id: string | null;
  title: string;
  section: string | null;
  /** 1-based page in the frame (0: not found). */
  page: number;
  /** Printed folio of that page (null on covers). */
  folio?: number | null;
}

/** A handler's warning and the pages it is about. */
export interface FrameWarning {
  text: string;
  pages: number[];
}

/** A run over or short of its place, on the page its first article starts (0: not laid out). */
export interface FrameCopyfit {
  text: string;
  status: string;
  page: number;
}

/** The frame's message once Paged.js has laid out the issue (or a patch of it). */
export interface FrameReport {
  type: "folio:rendered";
  pages: number;
  folios: (number | null)[];
  toc: FrameTocLine[];
  warnings: FrameWarning[];
  copyfit: FrameCopyfit[];
  padding: unknown;
}

/** The viewer's state (window.folioPreview), for tests and measurements. */
export interface PreviewState {
  shownVersion: number;
  renders: number;
  patches: number;
  /** Patches laid out in a frame that had laid out before (its fonts loaded). */
  warmPatches: number;
  /** Frames laid out ahead of the first edit: one blank page under the head of the issue on show. */
  warmedUp: number;
  lastPatch: { first: number; last: number } | null;
  pages: number;
  status: string;
  warnings: FrameWarning[];
  toc: FrameTocLine[];
  errors: string[];
  renderedAt: number;
  copyfit?: FrameCopyfit[];
  /** The last proof round and the PDF pages (1-based) marked as changed since it; null before the first round. */
  sinceRound?: { label: string; pages: number[] } | null;
}
