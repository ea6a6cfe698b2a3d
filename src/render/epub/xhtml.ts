/** The XHTML content document around a body, as every EPUB page uses it. */
import { escapeHtml } from "../../text/escape.js";

/** Folder layout inside the container: every XHTML beside the package document. */
export const EPUB_DIR = "EPUB";
export const CSS_HREF = "css/epub.css";
export const IMAGE_DIR = "images";

export interface XhtmlPage {
  /** File name inside EPUB/, e.g. "p004-gaoduan-shilun.xhtml". */
  href: string;
  /** Manifest id. */
  id: string;
  /** <title> of the document. */
  title: string;
  xhtml: string;
  /** Manifest properties (e.g. "nav"). */
  properties?: string;
}

/** The language of a document and, when it is declared, the direction of its text. */
export interface DocumentLanguage {
  lang: string;
  dir?: "ltr" | "rtl";
}

export function xhtmlDocument(opts: DocumentLanguage & { title: string; body: string; bodyType?: string }): string {
  const lang = escapeHtml(opts.lang);
  const dir = opts.dir ? ` dir="${opts.dir}"` : "";
  const bodyType = opts.bodyType ? ` epub:type="${escapeHtml(opts.bodyType)}"` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}"${dir}>
<head>
<meta charset="UTF-8" />
<title>${escapeHtml(opts.title)}</title>
<link rel="stylesheet" type="text/css" href="${CSS_HREF}" />
</head>
<body${bodyType}>
${opts.body}
</body>
</html>
`;
}

/** Manifest id for a file name: XML names may not start with a digit. */
export function manifestId(href: string): string {
  return `x-${href.replace(/\.[a-z]+$/, "").replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
