/**
 * The catalogues: opds/catalog.xml (OPDS 1.2, an Atom acquisition feed), opds/catalog.json (OPDS 2.0)
 * and feed.xml (an Atom feed of the issues, for feed readers). Newest first; every link relative to the
 * document it is in; dates are the issues' publication dates, so the same dist/ gives the same bytes.
 * Each entry is one publication — an issue in one edition (汉文, ئۇيغۇرچە …): its own identifier (the
 * EPUB's urn:uuid), its language and its publication date; the magazine's ISSN names the serial it is
 * part of (dc:isPartOf), never the issue itself.
 */
import path from "node:path";
import { uuidV5 } from "../render/epub/identifier.js";
import { e, issueLabel } from "./html.js";
import type { PublishedIssue } from "./library.js";
import { COVER, THUMB } from "./paths.js";

export interface Catalogue {
  title: string;
  /** Stable id of the magazine's feeds (name-based UUID of the ISSN). */
  id: string;
  publisher: string;
  lang: string;
}

export function catalogueOf(issues: PublishedIssue[], fallbackTitle: string): Catalogue {
  // The magazine's catalogue is named as its Chinese edition is (an edition's series is its own title).
  const i = issues.find((x) => x.edition.base) ?? issues[0];
  const title = i?.series?.name || fallbackTitle;
  return {
    title,
    id: `urn:uuid:${uuidV5(`urn:issn:${i?.issn ?? title}:catalogue`)}`,
    publisher: i?.publisher ?? "",
    lang: i?.language ?? "zh-CN",
  };
}

const ACQ = "http://opds-spec.org/acquisition/open-access";
const at = (date: string) => `${date}T00:00:00Z`;
const updated = (issues: PublishedIssue[]) => at(issues[0]?.manifest.issue.date ?? "1970-01-01");

/** Relative paths from opds/ (catalogues) or from the root (feed.xml). */
function links(i: PublishedIssue, prefix: string) {
  return {
    page: `${prefix}${i.id}/index.html`,
    epub: `${prefix}${i.id}/${path.basename(i.epubFile)}`,
    pdf: `${prefix}${i.id}/${path.basename(i.pdfFile)}`,
    cover: `${prefix}${i.id}/${COVER}`,
    thumb: `${prefix}${i.id}/${THUMB.file}`,
  };
}

export function opdsXml(issues: PublishedIssue[], c: Catalogue): string {
  const type = "application/atom+xml;profile=opds-catalog;kind=acquisition";
  const entries = issues.map((i) => {
    const l = links(i, "../");
    return `<entry>
<title>${e(i.title)}</title>
<id>${e(i.identifier)}</id>
<updated>${at(i.manifest.issue.date)}</updated>
<published>${at(i.manifest.issue.date)}</published>
<author><name>${e(i.creator)}</name></author>
<dc:identifier>${e(i.identifier)}</dc:identifier>
<dc:language>${e(i.language)}</dc:language>
<dc:publisher>${e(i.publisher)}</dc:publisher>
<dc:issued>${e(i.manifest.issue.date)}</dc:issued>
${i.issn ? `<dc:isPartOf>urn:issn:${e(i.issn)}</dc:isPartOf>\n` : ""}<summary>${e(i.description)}</summary>
<link rel="http://opds-spec.org/image" href="${e(l.cover)}" type="image/jpeg" />
<link rel="http://opds-spec.org/image/thumbnail" href="${e(l.thumb)}" type="image/jpeg" />
<link rel="${ACQ}" href="${e(l.epub)}" type="application/epub+zip" />
<link rel="${ACQ}" href="${e(l.pdf)}" type="application/pdf" />
<link rel="alternate" href="${e(l.page)}" type="text/html" />
</entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/" xmlns:opds="http://opds-spec.org/2010/catalog" xml:lang="${e(c.lang)}">
<id>${e(c.id)}</id>
<title>${e(c.title)}</title>
<updated>${updated(issues)}</updated>
<author><name>${e(c.publisher)}</name></author>
<link rel="self" href="catalog.xml" type="${type}" />
<link rel="start" href="catalog.xml" type="${type}" />
<link rel="alternate" href="catalog.json" type="application/opds+json" />
<link rel="alternate" href="../index.html" type="text/html" />
${entries.join("\n")}
</feed>
`;
}

export function opdsJson(issues: PublishedIssue[], c: Catalogue): string {
  const publications = issues.map((i) => {
    const l = links(i, "../");
    const cover = i.pkg.images.find((img) => img.path === i.coverPath);
    const position = Number(i.series?.position);
    return {
      metadata: {
        "@type": "http://schema.org/PublicationIssue",
        title: i.title,
        identifier: i.identifier,
        language: i.language,
        published: i.manifest.issue.date,
        modified: at(i.manifest.issue.date),
        author: i.creator,
        publisher: i.publisher,
        description: i.description,
        ...(i.series
          ? { belongsTo: { series: { name: i.series.name, ...(Number.isFinite(position) ? { position } : {}) } } }
          : {}),
      },
      links: [
        { rel: ACQ, href: l.epub, type: "application/epub+zip" },
        { rel: ACQ, href: l.pdf, type: "application/pdf" },
        { rel: "alternate", href: l.page, type: "text/html" },
      ],
      images: [
        { href: l.cover, type: "image/jpeg", ...(cover ? { width: cover.width, height: cover.height } : {}) },
        { href: l.thumb, type: "image/jpeg", width: THUMB.width, height: THUMB.height(i) },
      ],
    };
  });
  const feed = {
    metadata: { title: c.title, modified: updated(issues), numberOfItems: issues.length },
    links: [
      { rel: "self", href: "catalog.json", type: "application/opds+json" },
      { rel: "alternate", href: "catalog.xml", type: "application/atom+xml;profile=opds-catalog;kind=acquisition" },
    ],
    publications,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export function atomFeed(issues: PublishedIssue[], c: Catalogue): string {
  const entries = issues.map((i) => {
    const l = links(i, "");
    return `<entry>
<title>${e(i.edition.base ? `${c.title} ${issueLabel(i.manifest.issue)}` : i.title)}</title>
<id>${e(i.identifier)}</id>
<updated>${at(i.manifest.issue.date)}</updated>
<published>${at(i.manifest.issue.date)}</published>
<link rel="alternate" type="text/html" href="${e(l.page)}" />
<link rel="enclosure" type="application/epub+zip" href="${e(l.epub)}" />
<summary>${e(i.description)}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(c.lang)}">
<id>urn:uuid:${uuidV5(`${c.id}:atom`)}</id>
<title>${e(c.title)}</title>
<updated>${updated(issues)}</updated>
<author><name>${e(c.publisher)}</name></author>
<link rel="self" type="application/atom+xml" href="feed.xml" />
<link rel="alternate" type="text/html" href="index.html" />
${entries.join("\n")}
</feed>
`;
}
