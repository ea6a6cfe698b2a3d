/** The web pages' shell: one HTML5 document with the site's stylesheet, relative links only. */
import { escapeHtml } from "../text/escape.js";

export const e = escapeHtml;

/** The language of the site's own words (书架, 目录, 下载 …), whatever edition a page shows. */
export const SITE_LANG = "zh-CN";

export interface PageShell {
  title: string;
  lang: string;
  /** The page's direction (an edition's pages: ltr or rtl); unset on the shelf. */
  dir?: string;
  /** Path from this page to the site root, "" or "../" or "../../". */
  root: string;
  body: string;
  /** Optional <meta name="description">. */
  description?: string;
  /** Extra <link> elements (e.g. the feeds, on the shelf). */
  head?: string;
}

export function htmlPage(p: PageShell): string {
  return `<!DOCTYPE html>
<html lang="${e(p.lang)}"${p.dir ? ` dir="${e(p.dir)}"` : ""}>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${e(p.title)}</title>
${p.description ? `<meta name="description" content="${e(p.description)}" />\n` : ""}<link rel="stylesheet" href="${p.root}site.css" />
${p.head ?? ""}</head>
<body>
${p.body}
</body>
</html>
`;
}

/** "12.3 MB" / "845 KB" for download links. */
export function byteSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "2022年第8期（总第313期）" from build.json's issue. */
export function issueLabel(i: { date: string; number: number; totalNumber: number }): string {
  return `${i.date.slice(0, 4)}年第${i.number}期（总第${i.totalNumber}期）`;
}
