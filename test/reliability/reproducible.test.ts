/**
 * Reproducible outputs: the mini issue built twice — from two copies in different folders, into two
 * output folders, one with SOURCE_DATE_EPOCH unset and one with it set — gives byte-identical files
 * (SHA-256 of every file: screen, print and press PDFs, EPUB, handoff zip, preflight report,
 * thumbnails, print HTML) except build.json, whose only differences are timings and cache counters.
 * Dates come from the issue, not from the clock. A successful build leaves no Chromium, temporary
 * folder or lock behind.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as mupdf from "mupdf";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { copyMini } from "../helpers/mini.js";
import { hashTree, privateTmp, runFolio, survivors, tempDir, withoutFlatplan, type CliResult } from "./helpers.js";

interface Run {
  r: CliResult;
  out: string;
  tmp: ReturnType<typeof privateTmp>;
}

async function buildCopy(env: NodeJS.ProcessEnv): Promise<Run> {
  const m = copyMini();
  withoutFlatplan(m);
  // A cover with enough pixels for the preflight (the fixture's 40×30 px one fails it): a full handoff.
  await sharp({ create: { width: 2600, height: 3500, channels: 3, background: "#a03030" } })
    .png()
    .toFile(path.join(m.issueDir, "images/cover.png"));
  const out = tempDir("folio-rel-repro-");
  const tmp = privateTmp();
  const r = await runFolio(["build", m.issueDir, "--out", out], { ...tmp.env, ...env });
  return { r, out, tmp };
}

let a: Run;
let b: Run;

beforeAll(async () => {
  // Both at once: also shows that two builds into different output folders do not interfere.
  [a, b] = await Promise.all([
    buildCopy({ SOURCE_DATE_EPOCH: undefined }), // (undefined: not passed to the child)
    buildCopy({ SOURCE_DATE_EPOCH: "1234567890" }),
  ]);
});

const manifest = (run: Run) => JSON.parse(readFileSync(path.join(run.out, "2099-01", "build.json"), "utf8"));

describe("reproducible outputs (mini issue, full build twice)", () => {
  it("both builds succeed and leave no Chromium, temporary folder or lock", async () => {
    for (const run of [a, b]) {
      expect(run.r.code, run.r.err).toBe(0);
      expect(readdirSync(run.out)).toEqual(["2099-01"]);
      expect(await survivors(run.tmp)).toEqual([]);
      expect(run.tmp.profiles()).toEqual([]);
    }
  });

  it("every output file except build.json is byte-identical", () => {
    const ha = hashTree(path.join(a.out, "2099-01"));
    const hb = hashTree(path.join(b.out, "2099-01"));
    delete ha["build.json"];
    delete hb["build.json"];
    for (const f of [
      "2099-01-screen.pdf",
      "2099-01-print.pdf",
      "2099-01-press-草稿-DRAFT.pdf", // the mini issue's photos are placeholders: a draft
      "2099-01.epub",
      "2099-01-handoff-草稿-DRAFT.zip",
      "job-ticket.html",
      "preflight.json",
      "preflight.html",
      "job-ticket.json",
    ]) {
      expect(Object.keys(ha)).toContain(f);
    }
    expect(Object.keys(ha).some((f) => f.startsWith("thumbnails/"))).toBe(true);
    expect(hb).toEqual(ha);
  });

  it("build.json differs only in timings: same files (sha256), TOC, issue and warnings", () => {
    const ma = manifest(a);
    const mb = manifest(b);
    expect(mb.files).toEqual(ma.files);
    expect(mb.toc).toEqual(ma.toc);
    expect(mb.issue).toEqual(ma.issue);
    expect(mb.warnings).toEqual(ma.warnings);
  });

  it("dates come from the issue (2099-01-25), not from the clock or SOURCE_DATE_EPOCH", () => {
    const ticket = readFileSync(path.join(a.out, "2099-01", "job-ticket.json"), "utf8");
    const thisYear = String(new Date().getUTCFullYear());
    expect(ticket).not.toContain(`${thisYear}-`);
    expect(ticket).not.toContain("2009-02-13"); // SOURCE_DATE_EPOCH=1234567890
    for (const kind of ["screen", "print", "press-草稿-DRAFT"]) {
      const doc = mupdf.Document.openDocument(
        readFileSync(path.join(a.out, "2099-01", `2099-01-${kind}.pdf`)),
        "application/pdf",
      );
      // 2099-01-25 (00:00 in Beijing is 2099-01-24T16:00Z).
      for (const key of ["info:CreationDate", "info:ModDate"])
        expect(doc.getMetaData(key), `${kind} ${key}`).toMatch(/^D:2099012[45]/);
    }
  });
});
