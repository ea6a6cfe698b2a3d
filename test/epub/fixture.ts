/**
 * The EPUB test issue: test/epub/fixtures/issues (magazine.yaml + 2099-01) copied to a temporary
 * folder, with its images drawn here (a large photo with EXIF and an ICC profile, a transparent PNG).
 */
import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { loadIssue } from "../../src/check/load.js";
import { renderEpub } from "../../src/render/epub/index.js";
import type { Issue } from "../../src/model/types.js";
import type { StageContext } from "../../src/contract/stage.js";
import type { PageStart } from "../../src/contract/print-output.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/issues", import.meta.url));

function photo(width: number, height: number, hue: string): ReturnType<typeof sharp> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g">
<stop offset="0" stop-color="${hue}"/><stop offset="1" stop-color="#2a7de1"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/><circle cx="50%" cy="50%" r="20%" fill="#f5d142"/></svg>`;
  return sharp(Buffer.from(svg));
}

/** Copies the fixture issue to a fresh folder and draws its images; returns the issue folder. */
export async function makeFixtureIssueDir(): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), "folio-epub-"));
  cpSync(FIXTURES, root, { recursive: true });
  const dir = path.join(root, "2099-01");
  mkdirSync(path.join(dir, "images"), { recursive: true });
  mkdirSync(path.join(root, "images"), { recursive: true });
  await photo(2400, 3240, "#e03c31")
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: "fixture" } } })
    .toFile(path.join(dir, "images/cover.jpg"));
  await photo(3000, 2000, "#3ca03c")
    .jpeg()
    .withIccProfile("p3")
    .withMetadata({ exif: { IFD0: { Artist: "fixture" } } })
    .toFile(path.join(dir, "images/photo.jpg"));
  await photo(1800, 2400, "#8a5a2b").jpeg().toFile(path.join(dir, "images/fenger.jpg"));
  await photo(2400, 1800, "#c0762f").jpeg().toFile(path.join(dir, "images/fengdi.jpg"));
  await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } })
    .png()
    .toFile(path.join(dir, "images/sign.png"));
  await sharp({ create: { width: 240, height: 240, channels: 3, background: "#222222" } })
    .png()
    .toFile(path.join(root, "images/qr.png"));
  return dir;
}

export async function loadFixtureIssue(): Promise<Issue> {
  return loadIssue(await makeFixtureIssueDir());
}

export function testContext(outDir: string): StageContext & { logs: string[]; warnings: string[] } {
  const logs: string[] = [];
  const warnings: string[] = [];
  return { outDir, logs, warnings, log: (m) => logs.push(m), warn: (m) => warnings.push(m) };
}

/** A synthetic print page map for the fixture issue (8 inner pages), until the print stage supplies one. */
export const FIXTURE_PAGE_MAP = [
  { folio: 1, blockId: "p001-juanshouyu-1", charOffset: 0 },
  { folio: 2, blockId: "p001-juanshouyu-2", charOffset: 10 },
  { folio: 3, blockId: "p003-yaowen-one-1", charOffset: 0 },
  { folio: 4, blockId: "p003-yaowen-one-2", charOffset: 15 },
  { folio: 5, blockId: null, charOffset: 0 },
  { folio: 6, blockId: "p006-jiceng-1", charOffset: 0 },
  { folio: 7, blockId: "p006-jiceng-1", charOffset: 30 },
  { folio: 8, blockId: null, charOffset: 0 },
];

/** Builds the fixture EPUB into a fresh folder; returns its path and the issue. */
export async function buildFixtureEpub(
  opts: { pageMap?: boolean | PageStart[]; issue?: Issue; coverPng?: string } = {},
): Promise<{ file: string; issue: Issue; warnings: string[]; ms: number }> {
  const issue = opts.issue ?? (await loadFixtureIssue());
  const ctx = testContext(mkdtempSync(path.join(tmpdir(), "folio-epub-out-")));
  const started = performance.now();
  const result = await renderEpub(
    issue,
    {
      pageMap: opts.pageMap === false ? undefined : Array.isArray(opts.pageMap) ? opts.pageMap : FIXTURE_PAGE_MAP,
      coverPng: opts.coverPng,
    },
    ctx,
  );
  return { file: result.files[0].path, issue, warnings: ctx.warnings, ms: performance.now() - started };
}
