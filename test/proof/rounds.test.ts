/**
 * Proof rounds on the tiny fixture issue, built for real: round 1, then one paragraph edited (round
 * 2 lists and marks that page alone), a photo swapped (its pages), magazine.yaml's body size
 * changed (every page that looks different). The marks are read back from the proof PDF's pixels:
 * magenta appears on a changed page and on no other.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { copyMini } from "../helpers/mini.js";
import { runFolio, tempDir, type CliResult } from "../reliability/helpers.js";

let mini: ReturnType<typeof copyMini>;
let out: string;
let env: NodeJS.ProcessEnv;
const rounds: CliResult[] = [];
const handoffs: CliResult[] = [];
const roundJson = (n: number) =>
  JSON.parse(readFileSync(path.join(out, "2099-01", "proofs", String(n), "round.json"), "utf8"));

/** 1-based proof pages with magenta ink (the change marks), read from the PDF's pixels. */
async function markedPages(pdf: string): Promise<number[]> {
  const mupdf = await import("mupdf");
  const doc = mupdf.Document.openDocument(readFileSync(pdf), "application/pdf");
  const marked: number[] = [];
  for (let i = 0; i < doc.countPages(); i++) {
    const pix = doc.loadPage(i).toPixmap([0.5, 0, 0, 0.5, 0, 0], mupdf.ColorSpace.DeviceRGB, false);
    const px = pix.getPixels();
    for (let j = 0; j < px.length; j += 3)
      if (px[j] > 180 && px[j + 1] < 80 && px[j + 2] > 100) {
        marked.push(i + 1);
        break;
      }
  }
  return marked;
}

const proof = () => runFolio(["proof", mini.issueDir, "--out", out], env);

beforeAll(async () => {
  mini = copyMini();
  out = tempDir("folio-proof-");
  const cache = tempDir("folio-proof-cache-");
  env = { FOLIO_CACHE_DIR: cache, FOLIO_FIT_CACHE: path.join(cache, "flatplan") };
  rounds.push(await proof());
  mini.edit("2099-01/articles/p002-news.md", (s) => s.replace("新闻正文。", "新闻正文，增补一句。"));
  rounds.push(await proof());
  const cover = path.join(mini.issueDir, "images", "cover.png");
  const { width, height } = await sharp(cover).metadata();
  writeFileSync(
    cover,
    await sharp({ create: { width: width ?? 10, height: height ?? 10, channels: 3, background: "#2a6" } })
      .png()
      .toBuffer(),
  );
  rounds.push(await proof());
  mini.edit(
    "magazine.yaml",
    (s) =>
      `${s}\ntype: { body_pt: 10.5, leading_pt: 17.25, columns: 2, column_gap_mm: 6, margins_mm: { top: 20, bottom: 20, inner: 19, outer: 15 } }\n`,
  );
  rounds.push(await proof());
  // The handoff of the issue as round 4 proofed it, then after one more edit.
  handoffs.push(await runFolio(["build", mini.issueDir, "--out", out, "--only", "handoff"], env));
  mini.edit("2099-01/articles/p002-news.md", (s) => s.replace("增补一句", "再补一句"));
  handoffs.push(await runFolio(["build", mini.issueDir, "--out", out, "--only", "handoff"], env));
}, 600_000);

describe("folio proof", () => {
  it("makes round 1 (一校) with its slug and no change marks, and keeps it when round 2 is made", async () => {
    for (const r of rounds) expect(r.code, r.err).toBe(0);
    expect(rounds[0].out).toMatch(/proof: 一校: the first round, 8 pages/);
    const first = path.join(out, "2099-01", "proofs", "1", "2099-01-一校.pdf");
    expect(existsSync(first)).toBe(true);
    expect(await markedPages(first)).toEqual([]);
    expect(roundJson(1).label).toBe("一校");
  });

  it("lists and marks exactly the edited paragraph's page in round 2, outlining the change", async () => {
    const r = roundJson(2);
    expect(r.changes.map((c: { name: string; kind: string }) => [c.name, c.kind])).toEqual([
      ["p. 4 (PDF 6)", "edited"],
    ]);
    expect(r.changes[0].passages[0].after).toContain("增补一句");
    expect(r.changes[0].boxes.length).toBeGreaterThan(0);
    // One list page opens the proof: PDF page 6 is proof page 7; the list page itself names it in magenta-free ink.
    expect(await markedPages(path.join(out, "2099-01", "proofs", "2", "2099-01-二校.pdf"))).toEqual([7]);
  });

  it("marks the pages of a swapped photo in round 3", async () => {
    const r = roundJson(3);
    expect(r.changes.map((c: { name: string; kind: string }) => [c.name, c.kind])).toEqual([
      ["封一 (PDF 1)", "edited"],
      ["p. 4 (PDF 6)", "edited"],
    ]);
    expect(await markedPages(path.join(out, "2099-01", "proofs", "3", "2099-01-三校.pdf"))).toEqual([2, 7]);
  });

  it("lists every page that looks different after magazine.yaml's body size changed, as re-set", async () => {
    const r = roundJson(4);
    expect(r.label).toBe("第4校");
    const kinds = new Set(r.changes.map((c: { kind: string }) => c.kind));
    expect([...kinds]).toEqual(["re-set"]);
    // The pages with body text: the 卷首语 and the news page.
    const names = r.changes.map((c: { name: string }) => c.name);
    expect(names).toContain("p. 1 (PDF 3)");
    expect(names).toContain("p. 4 (PDF 6)");
    expect(r.changes[0].files).toContain(path.relative(process.cwd(), path.join(mini.root, "magazine.yaml")));
  });
});

describe("the proof round approved for press", () => {
  it("is named in the job ticket with no page changed since, then with the page edited after it", () => {
    expect(handoffs[0].code, handoffs[0].err).toBe(0);
    const ticket = () => JSON.parse(readFileSync(path.join(out, "2099-01", "job-ticket.json"), "utf8"));
    // The first handoff (the issue as round 4 proofed it) warned of nothing; the second names the edited page.
    expect(handoffs[0].out).not.toMatch(/changed since the proof round/);
    expect(handoffs[1].code, handoffs[1].err).toBe(0);
    expect(ticket().approvedProof).toMatchObject({ round: 4, label: "第4校", changedPages: ["p. 4 (PDF 6)"] });
    expect(handoffs[1].out).toMatch(/1 page\(s\) changed since the proof round 第4校: p\. 4 \(PDF 6\)/);
    // Both builds carried the rounds over.
    expect(existsSync(path.join(out, "2099-01", "proofs", "1", "round.json"))).toBe(true);
  });
});
