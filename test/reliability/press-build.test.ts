/**
 * Draft and press builds from the command line (mini issue, whose photos are flat placeholder
 * pictures): `folio build` makes a 草稿 · draft and exits 0; `folio build --press` fails with exit 1,
 * one line naming the placeholders and their pages, no stack trace, and no handoff zip.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { copyMini } from "../helpers/mini.js";
import { STACK, privateTmp, runFolio, tempDir, withoutFlatplan } from "./helpers.js";

describe("folio build --press", () => {
  it("builds a draft without --press and fails on the placeholders with it", async () => {
    const m = copyMini();
    withoutFlatplan(m);
    // A cover with pixels enough for press (the fixture's 40×30 px one fails the resolution check), but one flat tone.
    await sharp({ create: { width: 2600, height: 3500, channels: 3, background: "#a03030" } })
      .png()
      .toFile(path.join(m.issueDir, "images/cover.png"));
    const tmp = privateTmp();
    const draftOut = tempDir("folio-rel-draft-");
    const draft = await runFolio(["build", m.issueDir, "--out", draftOut], tmp.env);
    expect(draft.code, draft.err).toBe(0);
    expect(draft.out).toMatch(/草稿 · draft: \d+ placeholder/);
    const ticket = JSON.parse(readFileSync(path.join(draftOut, "2099-01", "job-ticket.json"), "utf8"));
    expect(ticket.status).toBe("draft");
    for (const f of ["2099-01-press-草稿-DRAFT.pdf", "2099-01-handoff-草稿-DRAFT.zip"])
      expect(existsSync(path.join(draftOut, "2099-01", f)), f).toBe(true);
    expect(existsSync(path.join(draftOut, "2099-01", "2099-01-press.pdf"))).toBe(false);

    const pressOut = tempDir("folio-rel-press-");
    const press = await runFolio(["build", m.issueDir, "--out", pressOut, "--press"], tmp.env);
    expect(press.code).toBe(1);
    expect(press.err).toMatch(/preflight: \d+ check\(s\) failed: placeholders 封一 \(PDF 1\): placeholder photo/);
    expect(press.err).not.toMatch(STACK);
    expect(existsSync(path.join(pressOut, "2099-01", "2099-01-handoff.zip"))).toBe(false);
    expect(existsSync(path.join(pressOut, "2099-01", "preflight.html"))).toBe(true);
  }, 900_000);
});
