/** A file's digest is read once while the file is unchanged, and again after any change. */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

const fsReads = vi.hoisted(() => ({ n: 0 }));
vi.mock("node:fs", async (orig) => {
  const fs = await orig<typeof import("node:fs")>();
  return {
    ...fs,
    readFileSync: (...a: Parameters<typeof fs.readFileSync>) => {
      fsReads.n++;
      return fs.readFileSync(...a);
    },
  };
});
const { fileDigest, fileDigestSync } = await import("../../src/util/file-digest.js");

const dir = mkdtempSync(path.join(tmpdir(), "folio-digest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const past = (file: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, t, t);
};

describe("file digest", () => {
  it("is the SHA-256 and size of the content, sync and async alike", async () => {
    const f = path.join(dir, "a.md");
    writeFileSync(f, "正文");
    expect(fileDigestSync(f)).toEqual({ sha256: sha("正文"), bytes: 6 });
    expect(await fileDigest(f)).toEqual({ sha256: sha("正文"), bytes: 6 });
  });
  it("reads an old, unchanged file once, and a file written since again", () => {
    const f = path.join(dir, "b.md");
    writeFileSync(f, "一");
    past(f, 60);
    fileDigestSync(f);
    const n = fsReads.n;
    expect(fileDigestSync(f).sha256).toBe(sha("一"));
    expect(fsReads.n).toBe(n); // remembered
    writeFileSync(f, "二"); // same size, new time
    past(f, 30);
    expect(fileDigestSync(f).sha256).toBe(sha("二"));
    expect(fsReads.n).toBe(n + 1);
  });
  it("reads again a file modified within two seconds of its reading: a second save may keep size and time", () => {
    const f = path.join(dir, "c.md");
    const t = new Date();
    writeFileSync(f, "甲");
    utimesSync(f, t, t);
    expect(fileDigestSync(f).sha256).toBe(sha("甲"));
    writeFileSync(f, "乙"); // same size, and the same time, as a file system of whole seconds would keep it
    utimesSync(f, t, t);
    expect(fileDigestSync(f).sha256).toBe(sha("乙"));
  });
  it("a missing file throws as reading it would", async () => {
    expect(() => fileDigestSync(path.join(dir, "none"))).toThrow(/ENOENT/);
    await expect(fileDigest(path.join(dir, "none"))).rejects.toThrow(/ENOENT/);
  });
});
