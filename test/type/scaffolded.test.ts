/**
 * An issue scaffolded by `folio new` from 2022-08's plan and filled with other text (paragraphs of the
 * printed issue in another order, subheads and two-phrase titles made from its sentences, some commas
 * and colons typed half-width), built to a screen PDF and EPUB: the type read back from the PDF has the
 * magazine's one size and one leading on every inner page, no paragraph ends on one or two characters,
 * no headline breaks inside a phrase, and no half-width punctuation sits between Chinese characters.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIssue } from "../../src/pipeline/build.js";
import type { Manifest } from "../../src/pipeline/manifest.js";
import { loadIssue } from "../../src/check/load.js";
import { planNewIssue } from "../../src/scaffold/plan.js";
import { applyScaffold } from "../../src/scaffold/apply.js";
import { HALF_WIDTH_BETWEEN_CJK } from "../../src/type/body.js";
import type { TypeReport } from "../../src/type/report.js";
import type { Copyfit } from "../../src/flatplan/copyfit.js";
import { ROOT } from "../helpers/sample-build.js";
import { readZip } from "../epub/unzip.js";
import { present } from "../helpers/present.js";

const seed = readFileSync(path.join(ROOT, "test/fixtures/seed-2022-08.txt"), "utf8");
/** Body paragraphs of the printed issue (long lines of Chinese text), past its 目录. */
const paragraphs = seed
  .slice(seed.indexOf("封面:"))
  .split(/\n+/)
  .map((l) => l.trim())
  .filter((l) => l.length >= 60 && /^[\p{Script=Han}“]/u.test(l) && !/[□[]/.test(l));
/** Short phrases (4–9 Chinese characters) for titles and subheads. */
const phrases = seed
  .split(/[，。、；：！？\n“”]/)
  .map((s) => s.trim())
  .filter((s) => /^\p{Script=Han}{4,9}$/u.test(s));

function body(from: number, chars: number, subheadEvery = 700): string {
  const out: string[] = [];
  let n = 0;
  for (let i = from; n < chars; i++) {
    const p = paragraphs[i % paragraphs.length];
    // Some commas and colons typed half-width, as sources often have them.
    out.push(i % 3 === 0 ? p.replace(/，/g, ",").replace(/：/g, ":") : p);
    n += p.length;
    if (n > 0 && Math.floor(n / subheadEvery) > Math.floor((n - p.length) / subheadEvery))
      out.push(`## ${phrases[(i * 7) % phrases.length]} ${phrases[(i * 11 + 3) % phrases.length]}`);
  }
  return out.join("\n\n");
}

let manifest: Manifest;
let outDir: string;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), "folio-scaffold-type-"));
  cpSync(path.join(ROOT, "issues", "magazine.yaml"), path.join(root, "magazine.yaml"));
  const previous = await loadIssue(path.join(ROOT, "issues", "2022-08"));
  const dir = path.join(root, "2022-09");
  applyScaffold(dir, planNewIssue("2022-09", previous));
  const issueYaml = path.join(dir, "issue.yaml");
  const plan = parse(readFileSync(issueYaml, "utf8")) as {
    pages: number;
    articles: { id: string; page?: number; place?: string }[];
  };
  // 2022-08 prints 党建书苑 on 封三 (no planned page): the scaffold lists it without a page; keep it there.
  for (const a of plan.articles) if (a.page === undefined) a.place = "inside-back-cover";
  const list = plan.articles
    .map((a) => `  - { id: ${a.id}${a.page ? `, page: ${a.page}` : `, place: ${a.place}`} }`)
    .join("\n");
  writeFileSync(issueYaml, readFileSync(issueYaml, "utf8").replace(/^articles:[\s\S]*$/m, `articles:\n${list}\n`));
  const planned = plan.articles.filter((a) => a.page !== undefined) as { id: string; page: number }[];
  plan.articles.forEach((a, k) => {
    const at = planned.findIndex((p) => p.id === a.id);
    const next = planned[at + 1]?.page ?? plan.pages + 1;
    // About 70% of what the slot holds (less 2 pages for the 版权页 and 目录 after the 卷首语); 封三: a page.
    const slot = a.page === undefined ? 1 : next - a.page - (a.page <= 3 && next > 3 ? 2 : 0);
    const file = path.join(dir, "articles", `${a.id}.md`);
    const fm = readFileSync(file, "utf8").split("---")[1];
    const title = `${phrases[(k * 13) % phrases.length]} ${phrases[(k * 17 + 5) % phrases.length]}`;
    const front = fm
      .replace(/^title: .*$/m, `title: "${title}"`)
      .replace(/^authors: .*$/m, `authors: [${phrases[k % phrases.length].slice(0, 3)}]`);
    // On 封三, as in 2022-08: not a 目录 entry of the inner pages.
    const placed = a.page === undefined && !/^toc:/m.test(front) ? "toc: false\n" : "";
    // The 卷首语 (p.1) is set on a 40-character measure under a large title: about 1,050 字 fill its
    // page (2022-08's has 1,048), so it gets 900.
    const chars = a.page === 1 ? 900 : Math.max(400, slot * 1300);
    writeFileSync(file, `---${front}${placed}---\n\n${body(k * 37, chars)}\n`);
  });
  const out = mkdtempSync(path.join(tmpdir(), "folio-scaffold-out-"));
  process.env.FOLIO_FIT_CACHE = mkdtempSync(path.join(tmpdir(), "folio-scaffold-fit-"));
  try {
    const built = await buildIssue(dir, {
      outRoot: out,
      only: ["screen-pdf", "epub"],
      log: (m) => process.stderr.write(`[scaffolded 2022-09] ${m}\n`),
    });
    manifest = built.manifest;
    outDir = built.outDir;
  } finally {
    delete process.env.FOLIO_FIT_CACHE;
  }
}, 1_500_000);

const file = (kind: string) =>
  path.join(
    outDir,
    present(
      manifest.files.find((f) => f.kind === kind),
      `a ${kind} file in build.json`,
    ).path,
  );

describe("a scaffolded issue filled with other text", () => {
  it("fits every run of its flatplan", () => {
    const fit = manifest.facts.flatplan as { copyfit: Copyfit[] };
    expect(fit.copyfit.length).toBeGreaterThan(10);
    expect(fit.copyfit.filter((c) => c.status === "over")).toEqual([]);
  });

  it("sets every inner page's body in the magazine's one size and one leading, read back from the PDF", () => {
    const type = manifest.facts.type as TypeReport;
    expect(type.pages.filter((p) => p.bodyPt !== undefined).length).toBeGreaterThan(30);
    expect(type.bodySizes).toHaveLength(1);
    expect(type.bodySizes[0]).toBeCloseTo(9.5, 1);
    expect(type.leadings).toEqual([15.75]);
    expect(type.checks.filter((c) => ["body size", "leading", "baseline grid"].includes(c.check))).toEqual([]);
  });

  it("ends no paragraph on one or two characters, and breaks no headline inside a phrase", () => {
    const type = manifest.facts.type as TypeReport;
    expect(type.runts).toEqual([]);
    expect(
      type.checks.filter((c) => c.check === "headline" || c.check === "line start" || c.check === "line end"),
    ).toEqual([]);
  });

  it("has no half-width punctuation between Chinese characters in the PDF or the EPUB", () => {
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file("screen-pdf"), "-"], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    expect(text.split("\n").filter((l) => HALF_WIDTH_BETWEEN_CJK.test(l))).toEqual([]);
    const bad: string[] = [];
    for (const item of readZip(readFileSync(file("epub")))) {
      if (!/\.(xhtml|opf)$/.test(item.name)) continue;
      const xml = item.data.toString("utf8");
      for (const t of [
        ...xml.replace(/<[^>]*>/g, "\n").split("\n"),
        ...[...xml.matchAll(/\b(?:alt|title|aria-label|content)="([^"]*)"/g)].map((m) => m[1]),
      ]) {
        if (HALF_WIDTH_BETWEEN_CJK.test(t)) bad.push(`${item.name}: ${t.trim().slice(0, 40)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
