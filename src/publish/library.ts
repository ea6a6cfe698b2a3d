/**
 * What `folio publish` reads: every issue and edition built in dist/ (dist/<id>/build.json,
 * dist/<id>-<tag>/build.json, and the files each lists: the EPUB, the screen PDF), each EPUB opened
 * and read as a reader would (package metadata, navigation, content documents, images). An issue or
 * edition folder under issues/ with no build in dist/, or a build without an EPUB or screen PDF, is
 * named in a problem line and left off the site.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { editionFolders } from "../model/edition-files.js";
import { ISSUE_ID } from "../model/issue-id.js";
import type { Manifest, ManifestEdition } from "../pipeline/manifest.js";
import { readEpubPackage, type EpubPackage } from "../render/epub/check/package.js";
import type { EpubDocument } from "../contract/build-facts.js";
import { byDateThenEdition, editionOf, isBuildId } from "./editions.js";
import { readNav, type NavSection, type PageTarget } from "./nav.js";

export interface PublishedIssue {
  /** The build's id, its folder in dist/ and on the site: 2022-08, 2022-08-ug. */
  id: string;
  manifest: Manifest;
  /** Which edition of which Chinese issue it is. */
  edition: ManifestEdition;
  epubFile: string;
  pdfFile: string;
  pdfPages?: number;
  pkg: EpubPackage;
  /** Package metadata. */
  title: string;
  identifier: string;
  language: string;
  creator: string;
  publisher: string;
  description: string;
  issn?: string;
  series?: { name: string; position: string };
  /** Content documents in spine order, with their kind (build.json facts.epub.documents). */
  documents: EpubDocument[];
  sections: NavSection[];
  pages: PageTarget[];
  coverPath?: string;
}

export interface Library {
  issues: PublishedIssue[];
  /** One line per issue left off, naming it and what to do. */
  problems: string[];
}

/** The ids of the issues under issues/ and of their editions (issues/<id>/editions/<tag>/: <id>-<tag>). */
function sourceIds(issuesDir: string | undefined): string[] {
  if (!issuesDir || !existsSync(issuesDir)) return [];
  const ids = readdirSync(issuesDir).filter((n) => ISSUE_ID.test(n));
  return ids
    .flatMap((id) => [id, ...editionFolders(path.join(issuesDir, id)).map((d) => `${id}-${path.basename(d)}`)])
    .sort();
}

export async function readLibrary(distDir: string, issuesDir?: string): Promise<Library> {
  const problems: string[] = [];
  const built = existsSync(distDir)
    ? readdirSync(distDir)
        .filter((n) => isBuildId(n) && statSync(path.join(distDir, n)).isDirectory())
        .sort()
    : [];
  const sources = sourceIds(issuesDir);
  for (const id of sources) {
    if (!existsSync(path.join(distDir, id, "build.json")))
      problems.push(
        `${id}: not built (no ${path.join(distDir, id, "build.json")}): run folio build ${id}; left off the site`,
      );
  }
  const issues: PublishedIssue[] = [];
  for (const id of built) {
    const dir = path.join(distDir, id);
    const manifestFile = path.join(dir, "build.json");
    if (!existsSync(manifestFile)) {
      if (!sources.includes(id))
        problems.push(
          `${id}: ${dir} has no build.json (an unfinished build?): run folio build ${id}; left off the site`,
        );
      continue;
    }
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
    const file = (kind: string) => manifest.files.find((f) => f.kind === kind);
    const epub = file("epub");
    const pdf = file("screen-pdf");
    const missing = [!epub && "EPUB", !pdf && "screen PDF"].filter(Boolean);
    const gone = [epub, pdf].filter((f) => f && !existsSync(path.join(dir, f.path))).map((f) => f?.path);
    // Not both listed (what missing names) or not both on disk.
    if (!epub || !pdf || gone.length) {
      problems.push(
        `${id}: ${[...missing.map((m) => `no ${m} in ${manifestFile}`), ...gone.map((g) => `${path.join(dir, g ?? "")} is missing`)].join("; ")}: run folio build ${id} (all outputs); left off the site`,
      );
      continue;
    }
    issues.push(await readIssue(id, manifest, path.join(dir, epub.path), path.join(dir, pdf.path), pdf.pages));
  }
  // Newest first: by publication date, then issue; each issue's editions together, the Chinese first.
  issues.sort(byDateThenEdition);
  return { issues, problems };
}

/** For a build.json written before it listed the EPUB's documents: the kind from folio's file names. */
function spineDocument(
  item: { href: string; path: string; properties: string[] } | undefined,
  pkg: EpubPackage,
): EpubDocument {
  const href = item?.href ?? "";
  const title = /<title>([^<]*)<\/title>/.exec(pkg.entries.get(item?.path ?? "")?.toString("utf8") ?? "")?.[1] ?? href;
  const named: Record<string, EpubDocument["kind"]> = {
    "cover.xhtml": "cover",
    "title.xhtml": "title",
    "imprint.xhtml": "imprint",
  };
  const kind = item?.properties.includes("nav")
    ? "toc"
    : (named[href] ?? (/cover\.xhtml$/.test(href) ? "cover-page" : "article"));
  return { href, title, kind };
}

async function readIssue(
  id: string,
  manifest: Manifest,
  epubFile: string,
  pdfFile: string,
  pdfPages?: number,
): Promise<PublishedIssue> {
  const pkg = await readEpubPackage(readFileSync(epubFile));
  const dc = (k: string) => pkg.dc.get(k) ?? [];
  const identifiers = dc("identifier");
  const collection = pkg.meta.find((m) => m.property === "belongs-to-collection");
  const position = collection?.id
    ? pkg.meta.find((m) => m.property === "group-position" && m.refines === `#${collection.id}`)?.content
    : undefined;
  const byHref = new Map(pkg.manifest.map((m) => [m.id, m]));
  const documents = manifest.facts.epub?.documents ?? pkg.spine.map((idref) => spineDocument(byHref.get(idref), pkg));
  const navItem = pkg.manifest.find((m) => m.properties.includes("nav"));
  const nav = navItem ? readNav(pkg.entries.get(navItem.path)?.toString("utf8") ?? "") : { sections: [], pages: [] };
  const language = dc("language")[0] ?? "zh-CN";
  return {
    id,
    manifest,
    edition: editionOf(id, manifest, language),
    epubFile,
    pdfFile,
    pdfPages,
    pkg,
    title: dc("title")[0] ?? manifest.issue.title,
    identifier: identifiers.find((i) => i.startsWith("urn:uuid:")) ?? identifiers[0] ?? `urn:folio:${id}`,
    issn: identifiers.find((i) => i.startsWith("urn:issn:"))?.slice("urn:issn:".length),
    language,
    creator: dc("creator")[0] ?? "",
    publisher: dc("publisher")[0] ?? "",
    description: dc("description")[0] ?? "",
    series: collection ? { name: collection.content, position: position ?? "" } : undefined,
    documents,
    sections: nav.sections,
    pages: nav.pages,
    coverPath: pkg.manifest.find((m) => m.properties.includes("cover-image"))?.path,
  };
}
