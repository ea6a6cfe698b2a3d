/**
 * The layout is a function of the sources, whatever the caches hold: the second month of the
 * fixtures (2022-09) is built cold; an edited copy of it (the same issue id, a paragraph added to one
 * article) is built into other caches; then the original sources are built with those caches. The
 * print and screen PDFs must be byte-identical to the cold build's (cmp). With plans kept by issue
 * and article id (before src/flatplan/fit-keys.ts), the edited copy's fit was the warm build's start.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runFolio, type CliResult } from "./helpers.js";

const MONTHLY = path.resolve(import.meta.dirname, "../fixtures/monthly");
const ARTICLE = path.join("2022-09", "articles", "p006-ningxin-juli.md");

const copyMonth = () => {
  const root = mkdtempSync(path.join(tmpdir(), "folio-history-src-"));
  cpSync(MONTHLY, root, { recursive: true });
  return root;
};
/** Every cache in one fresh folder. */
const caches = (): NodeJS.ProcessEnv => {
  const dir = mkdtempSync(path.join(tmpdir(), "folio-history-cache-"));
  return { FOLIO_CACHE_DIR: dir, FOLIO_FIT_CACHE: path.join(dir, "flatplan") };
};
const pdfs = (out: string) =>
  ["print", "screen"].map((k) => readFileSync(path.join(out, "2022-09", `2022-09-${k}.pdf`)));

let cold: { run: CliResult; out: string };
let edited: { run: CliResult; out: string };
let warm: { run: CliResult; out: string };

async function build(root: string, env: NodeJS.ProcessEnv) {
  const out = mkdtempSync(path.join(tmpdir(), "folio-history-out-"));
  return { run: await runFolio(["build", path.join(root, "2022-09"), "--out", out, "--only", "screen-pdf"], env), out };
}

beforeAll(async () => {
  const original = copyMonth();
  cold = await build(original, caches());
  const copy = copyMonth();
  const file = path.join(copy, ARTICLE);
  const text = readFileSync(file, "utf8");
  const paragraph = text.split("\n\n").filter((p) => p.length > 80 && !p.startsWith("#") && !p.startsWith("!"))[1];
  writeFileSync(file, text.replace(paragraph, `${paragraph}\n\n${paragraph}`));
  const shared = caches();
  edited = await build(copy, shared);
  warm = await build(original, shared);
}, 900_000);

describe("builds with any cache history", () => {
  it("give the cold build's PDFs byte for byte after the caches held an edited copy of the issue", () => {
    for (const b of [cold, edited, warm]) expect(b.run.code, b.run.err).toBe(0);
    const [coldPrint, coldScreen] = pdfs(cold.out);
    const [editedPrint] = pdfs(edited.out);
    // The edit did change the layout: the caches really held another fit.
    expect(editedPrint.equals(coldPrint)).toBe(false);
    const [warmPrint, warmScreen] = pdfs(warm.out);
    expect(warmPrint.equals(coldPrint)).toBe(true);
    expect(warmScreen.equals(coldScreen)).toBe(true);
  });
});
