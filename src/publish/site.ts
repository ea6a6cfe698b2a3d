/**
 * `folio publish`: the static site, planned as a list of files (pure but for reading the EPUBs'
 * images through sharp), then written to a temporary folder beside the target and swapped into place,
 * so a failed publish leaves the previous site as it was. Same dist/ → same bytes.
 */
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { FolioError } from "../contract/errors.js";
import { atomFeed, catalogueOf, opdsJson, opdsXml } from "./feeds.js";
import { editionGroups } from "./edition-links.js";
import { issuePage } from "./issue-page.js";
import { readLibrary, type PublishedIssue } from "./library.js";
import { COVER, READ, THUMB } from "./paths.js";
import { readerPages } from "./reader.js";
import { shelfPage } from "./shelf.js";

export const SITE_CSS = new URL("../../styles/site.css", import.meta.url);

export interface SiteFile {
  /** Path inside the site folder, "/"-separated. */
  path: string;
  data?: Buffer | string;
  /** Copy this file instead (large downloads). */
  from?: string;
}

export interface PublishOptions {
  distDir: string;
  outDir: string;
  /** issues/ folder, to name issues that are not built. */
  issuesDir?: string;
  log?: (m: string) => void;
}

export interface PublishResult {
  outDir: string;
  issues: string[];
  files: number;
  problems: string[];
}

async function issueFiles(issue: PublishedIssue, editions: PublishedIssue[]): Promise<SiteFile[]> {
  const dir = issue.id;
  const base = issue.pkg.opfPath.includes("/")
    ? issue.pkg.opfPath.slice(0, issue.pkg.opfPath.lastIndexOf("/") + 1)
    : "";
  const cover = issue.coverPath ? issue.pkg.entries.get(issue.coverPath) : undefined;
  if (!cover)
    throw new FolioError({
      file: issue.epubFile,
      message: 'the EPUB has no cover image (manifest item with properties="cover-image")',
    });
  const thumb = await sharp(cover).resize({ width: THUMB.width }).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  const pages = readerPages(issue, base);
  const used = new Set(pages.flatMap((p) => [...p.html.matchAll(/src="(images\/[^"]+)"/g)].map((m) => m[1])));
  const images = [...used].sort().map((href) => ({
    path: `${dir}/${READ}/${href}`,
    data: issue.pkg.entries.get(`${base}${href}`) ?? Buffer.alloc(0),
  }));
  return [
    { path: `${dir}/index.html`, data: issuePage(issue, editions) },
    { path: `${dir}/${COVER}`, data: cover },
    { path: `${dir}/${THUMB.file}`, data: thumb },
    { path: `${dir}/${path.basename(issue.epubFile)}`, from: issue.epubFile },
    { path: `${dir}/${path.basename(issue.pdfFile)}`, from: issue.pdfFile },
    ...pages.map((p) => ({ path: `${dir}/${READ}/${p.file}`, data: p.html })),
    ...images,
  ];
}

export async function planSite(issues: PublishedIssue[]): Promise<SiteFile[]> {
  const c = catalogueOf(issues, "folio");
  const groups = editionGroups(issues);
  const description = issues[0]
    ? `${c.title}：${groups.length} 期，最新为 ${issues[0].manifest.issue.date.slice(0, 7)}。`
    : "";
  const files: SiteFile[] = [
    { path: "index.html", data: shelfPage(issues, { title: c.title, lang: c.lang, description }) },
    { path: "site.css", data: await readFile(SITE_CSS) },
    { path: "feed.xml", data: atomFeed(issues, c) },
    { path: "opds/catalog.xml", data: opdsXml(issues, c) },
    { path: "opds/catalog.json", data: opdsJson(issues, c) },
  ];
  for (const group of groups) for (const issue of group) files.push(...(await issueFiles(issue, group)));
  return files;
}

export async function publishSite(opts: PublishOptions): Promise<PublishResult> {
  const log = opts.log ?? (() => {});
  const library = await readLibrary(opts.distDir, opts.issuesDir);
  for (const p of library.problems) log(`warning: ${p}`);
  if (!library.issues.length) {
    throw new FolioError({
      file: opts.distDir,
      message: `no built issue to publish (each needs <id>/build.json with an EPUB and a screen PDF): run folio build first`,
    });
  }
  const files = await planSite(library.issues);
  const out = path.resolve(opts.outDir);
  const temp = `${out}.folio-tmp-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  try {
    for (const f of files) {
      const target = path.join(temp, ...f.path.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      if (f.from) await copyFile(f.from, target);
      else await writeFile(target, f.data ?? "");
    }
    const old = `${out}.folio-old-${process.pid}`;
    if (existsSync(out)) await rename(out, old);
    await rename(temp, out);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  log(
    `published ${library.issues.length} issue(s): ${library.issues.map((i) => i.id).join(", ")} → ${out}/ (${files.length} files)`,
  );
  return { outDir: out, issues: library.issues.map((i) => i.id), files: files.length, problems: library.problems };
}
